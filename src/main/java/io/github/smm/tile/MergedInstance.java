package io.github.smm.tile;

import java.util.Arrays;

import io.github.smm.model.Instance;

/**
 * One final output of a {@link TiledMerge}: the fused instance and the ids of the tile
 * instances it fuses. Its id is the id of its first member in
 * {@link io.github.smm.model.Instances#CANONICAL canonical order}, so it depends only on the
 * inputs, never on when it was emitted.
 */
public final class MergedInstance
{
	private final Instance instance;
	private final long[] memberIds;
	private final int band;

	MergedInstance(final Instance instance, final long[] memberIds, final int band)
	{
		this.instance = instance;
		this.memberIds = memberIds;
		this.band = band;
	}

	public Instance instance()
	{
		return instance;
	}

	/** The ids of the fused tile instances, ascending. */
	public long[] memberIds()
	{
		return memberIds.clone();
	}

	/** The band after which the output became final and was emitted. */
	public int band()
	{
		return band;
	}

	@Override
	public String toString()
	{
		return instance + " members=" + Arrays.toString(memberIds) + " band=" + band;
	}
}
