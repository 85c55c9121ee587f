package io.github.smm.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What a block's task returns: its final objects (merged groups that no other block can
 * reach) and its open tile predictions (the groups that reach the halo), unmerged, for the
 * seam merge.
 */
public final class BlockResult implements Serializable
{
	private static final long serialVersionUID = 1L;

	final int image, block, tiles;
	final long inputs;
	final double seconds;
	final List<ObjectRecord> closed, open;

	BlockResult(final Block b, final int tiles, final long inputs, final double seconds, final List<ObjectRecord> closed, final List<ObjectRecord> open)
	{
		this.image = b.image;
		this.block = b.index;
		this.tiles = tiles;
		this.inputs = inputs;
		this.seconds = seconds;
		this.closed = closed;
		this.open = open;
	}

	/** The open tile predictions (to the seam merge). */
	public List<ObjectRecord> open()
	{
		return open;
	}

	/** The block's final objects. */
	public List<ObjectRecord> closed()
	{
		return closed;
	}
}
