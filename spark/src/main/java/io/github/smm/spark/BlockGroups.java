package io.github.smm.spark;

import java.io.Serializable;

/**
 * The ids of one block's open predictions and the component of the block's key graph of each, in
 * the order of the block's open list: what the key stage needs of a block (12 bytes per
 * prediction instead of its mask).
 */
final class BlockGroups implements Serializable
{
	private static final long serialVersionUID = 1L;

	final int block;
	final long[] ids;
	final int[] groups;

	private BlockGroups(final int block, final long[] ids, final int[] groups)
	{
		this.block = block;
		this.ids = ids;
		this.groups = groups;
	}

	static BlockGroups of(final BlockResult r)
	{
		final long[] ids = new long[r.open.size()];
		for (int i = 0; i < ids.length; i++)
			ids[i] = r.open.get(i).id();
		return new BlockGroups(r.block, ids, r.groups.clone());
	}

	int size()
	{
		return ids.length;
	}
}
