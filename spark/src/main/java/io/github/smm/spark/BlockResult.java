package io.github.smm.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What a block's task returns: its final objects (merged groups that no other block can
 * reach) and its open tile predictions (the groups that reach the halo), unmerged, for the
 * seam merge. Or, when the image is bad, the error that stopped the block.
 */
public final class BlockResult implements Serializable
{
	private static final long serialVersionUID = 1L;

	final int image, block, tiles;
	final long inputs;
	final double seconds;
	final List<ObjectRecord> closed, open;
	/** Why the block failed (naming the image file), or {@code null}. */
	final String error;

	BlockResult(final Block b, final int tiles, final long inputs, final double seconds, final List<ObjectRecord> closed, final List<ObjectRecord> open)
	{
		this(b, tiles, inputs, seconds, closed, open, null);
	}

	private BlockResult(final Block b, final int tiles, final long inputs, final double seconds, final List<ObjectRecord> closed, final List<ObjectRecord> open,
			final String error)
	{
		this.error = error;
		this.image = b.image;
		this.block = b.index;
		this.tiles = tiles;
		this.inputs = inputs;
		this.seconds = seconds;
		this.closed = closed;
		this.open = open;
	}

	/** A block whose task stopped on a bad image: no objects, the error. */
	static BlockResult failed(final Block b, final String error)
	{
		return new BlockResult(b, 0, 0, 0, List.of(), List.of(), error);
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
