package io.github.smm.spark;

import java.io.Serializable;

/** What one task of the seam stage merged: its key (the blocks its components touch) and the number of open predictions. */
public final class SeamGroup implements Serializable, Comparable<SeamGroup>
{
	private static final long serialVersionUID = 1L;

	private final SeamKey key;
	private final int predictions;

	SeamGroup(final SeamKey key, final int predictions)
	{
		this.key = key;
		this.predictions = predictions;
	}

	/** The blocks whose open predictions the task merged, in increasing order. */
	public int[] blocks()
	{
		return key.blocks();
	}

	/** Open predictions merged by the task. */
	public int predictions()
	{
		return predictions;
	}

	@Override
	public int compareTo(final SeamGroup o)
	{
		return key.compareTo(o.key);
	}

	@Override
	public String toString()
	{
		return key + ": " + predictions + " predictions";
	}
}
