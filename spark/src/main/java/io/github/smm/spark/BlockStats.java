package io.github.smm.spark;

import java.io.Serializable;

/** Counts of an image's blocks, summed: blocks, tiles, tile predictions, predictions at seams, task seconds; the first error. */
final class BlockStats implements Serializable
{
	private static final long serialVersionUID = 1L;

	final int blocks, tiles;
	final long inputs, seamInputs;
	final double seconds;
	/** The error of the image's first failed block (by block index), or {@code null}. */
	final String error;
	private final int errorBlock;

	BlockStats(final int blocks, final int tiles, final long inputs, final long seamInputs, final double seconds, final String error, final int errorBlock)
	{
		this.error = error;
		this.errorBlock = errorBlock;
		this.blocks = blocks;
		this.tiles = tiles;
		this.inputs = inputs;
		this.seamInputs = seamInputs;
		this.seconds = seconds;
	}

	static BlockStats of(final BlockResult r)
	{
		return new BlockStats(1, r.tiles, r.inputs, r.open.size(), r.seconds, r.error, r.error == null ? Integer.MAX_VALUE : r.block);
	}

	BlockStats plus(final BlockStats o)
	{
		final BlockStats first = errorBlock <= o.errorBlock ? this : o;
		return new BlockStats(blocks + o.blocks, tiles + o.tiles, inputs + o.inputs, seamInputs + o.seamInputs, seconds + o.seconds, first.error, first.errorBlock);
	}
}
