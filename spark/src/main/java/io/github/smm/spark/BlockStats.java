package io.github.smm.spark;

import java.io.Serializable;

/** Counts of an image's blocks, summed: blocks, tiles, tile predictions, predictions at seams, task seconds. */
final class BlockStats implements Serializable
{
	private static final long serialVersionUID = 1L;

	final int blocks, tiles;
	final long inputs, seamInputs;
	final double seconds;

	BlockStats(final int blocks, final int tiles, final long inputs, final long seamInputs, final double seconds)
	{
		this.blocks = blocks;
		this.tiles = tiles;
		this.inputs = inputs;
		this.seamInputs = seamInputs;
		this.seconds = seconds;
	}

	static BlockStats of(final BlockResult r)
	{
		return new BlockStats(1, r.tiles, r.inputs, r.open.size(), r.seconds);
	}

	BlockStats plus(final BlockStats o)
	{
		return new BlockStats(blocks + o.blocks, tiles + o.tiles, inputs + o.inputs, seamInputs + o.seamInputs, seconds + o.seconds);
	}
}
