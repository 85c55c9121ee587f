package io.github.smm.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What a block's task returns: its final objects (merged components of the key graph that no
 * other block can reach) and its open tile predictions (the components that reach the halo),
 * unmerged, with the component of each, for the seam merge. Or, when the image is bad, the error that stopped the block.
 */
public final class BlockResult implements Serializable
{
	private static final long serialVersionUID = 1L;

	final int image, block, tiles;
	final long inputs;
	final double seconds;
	final List<ObjectRecord> closed, open;
	/** The component of the block's own key graph ({@link KeyGraph}) of each open prediction, aligned with {@link #open}. */
	final int[] groups;
	/** Why the block failed (naming the image file), or {@code null}. */
	final String error;

	BlockResult(final Block b, final int tiles, final long inputs, final double seconds, final List<ObjectRecord> closed, final List<ObjectRecord> open,
			final int[] groups)
	{
		this(b, tiles, inputs, seconds, closed, open, groups, null);
	}

	private BlockResult(final Block b, final int tiles, final long inputs, final double seconds, final List<ObjectRecord> closed, final List<ObjectRecord> open,
			final int[] groups, final String error)
	{
		if (groups.length != open.size())
			throw new IllegalArgumentException(open.size() + " open predictions but " + groups.length + " groups");
		this.groups = groups;
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
		return new BlockResult(b, 0, 0, 0, List.of(), List.of(), new int[0], error);
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
