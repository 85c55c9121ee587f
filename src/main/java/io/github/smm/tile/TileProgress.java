package io.github.smm.tile;

/** Told after every tile how far a run is. */
@FunctionalInterface
public interface TileProgress
{
	/** {@code done} of {@code total} tiles are processed. */
	void tilesDone(int done, int total);

	/** Progress that tells no one. */
	TileProgress NONE = (done, total) -> {};
}
