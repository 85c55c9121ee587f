package io.github.smm.tile;

import java.util.List;

import io.github.smm.model.Instance;

/**
 * Told the instances of every tile as the runner numbered them, before merging: for a
 * "before" overlay, a raw-prediction export, or a check against a non-streaming merge.
 */
@FunctionalInterface
public interface TileListener
{
	/** The instances of {@code tile}, with the ids, windows and tile index the merge sees. */
	void tileSegmented(Tile tile, List<Instance> instances);

	/** A listener that does nothing. */
	TileListener NONE = (tile, instances) -> {};
}
