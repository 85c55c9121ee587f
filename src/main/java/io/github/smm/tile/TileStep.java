package io.github.smm.tile;

import io.github.smm.model.Box;

/**
 * Step {@code k} of a {@link TilePlan}'s schedule: tile {@code k} is read, processed and
 * released (the instance runner reduces it to sparse instances, the blender adds it into its
 * strip), and at the end of a band a region of the output becomes final.
 */
public final class TileStep
{
	private final Tile tile;
	private final Box finalRegion;

	TileStep(final Tile tile, final Box finalRegion)
	{
		this.tile = tile;
		this.finalRegion = finalRegion;
	}

	/** The tile read at this step. */
	public Tile loaded()
	{
		return tile;
	}

	/** The tiles whose pixels are released at the end of this step: always the one just read. */
	public Tile released()
	{
		return tile;
	}

	/** True when this step completes a band. */
	public boolean endsBand()
	{
		return !finalRegion.isEmpty();
	}

	/**
	 * The pixels that no later tile touches, newly so after this step; empty unless the step
	 * {@link #endsBand() ends a band}. Instances become final by
	 * {@link TilePlan#isFinalAfterBand(Box, int, double)}, which also allows for the merge
	 * radius.
	 */
	public Box finalRegion()
	{
		return finalRegion;
	}

	@Override
	public String toString()
	{
		return "read " + tile + ", release it" + (endsBand() ? "; final: " + finalRegion : "");
	}
}
