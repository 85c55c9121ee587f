package io.github.smm.bench;

import java.util.BitSet;
import java.util.Collections;
import java.util.List;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * Simulated tile predictions with their provenance: the tile windows, and for each prediction
 * the truth object it was made from.
 */
public final class Predictions
{
	private final List<Box> tiles;
	private final List<Instance> instances;
	private final int[] truthOf;

	Predictions(final List<Box> tiles, final List<Instance> instances, final int[] truthOf)
	{
		if (truthOf.length != instances.size())
			throw new IllegalArgumentException(truthOf.length + " truth indices for " + instances.size() + " predictions");
		this.tiles = Collections.unmodifiableList(tiles);
		this.instances = Collections.unmodifiableList(instances);
		this.truthOf = truthOf;
	}

	/** The tile windows; an instance's {@link Instance#tile() tile} indexes this list. */
	public List<Box> tiles()
	{
		return tiles;
	}

	/** The predictions, in tile order then truth order. */
	public List<Instance> instances()
	{
		return instances;
	}

	/** Number of distinct truth objects with at least one prediction. */
	public int predictedTruthObjects()
	{
		final BitSet seen = new BitSet();
		for (final int k : truthOf)
			seen.set(k);
		return seen.cardinality();
	}

	/** The index of the truth object prediction {@code i} was made from. */
	public int truthOf(final int i)
	{
		return truthOf[i];
	}
}
