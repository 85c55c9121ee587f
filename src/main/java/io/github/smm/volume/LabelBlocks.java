package io.github.smm.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dense label blocks (one int per voxel, 0 = background, x fastest, then y, then z) to sparse
 * voxel masks and back.
 */
public final class LabelBlocks
{
	private LabelBlocks()
	{}

	/** One label of a block and its voxels, in global coordinates. */
	public static final class Piece
	{
		public final int label;
		public final VolumeMask mask;

		Piece(final int label, final VolumeMask mask)
		{
			this.label = label;
			this.mask = mask;
		}
	}

	/**
	 * The non-zero labels of {@code labels}, a block placed at {@code block}'s corner, with their
	 * masks, in increasing label order.
	 *
	 * @throws IllegalArgumentException when the array does not hold the block's voxel count
	 */
	public static List<Piece> pieces(final int[] labels, final Box3 block)
	{
		final int w = (int) block.width(), h = (int) block.height(), d = (int) block.depth();
		if (labels.length < (long) w * h * d)
			throw new IllegalArgumentException("label block holds " + labels.length + " voxels, block " + block + " needs " + (long) w * h * d);
		final Map<Integer, VolumeMaskBuilder> builders = new TreeMap<>();
		VolumeMaskBuilder last = null;
		int lastLabel = 0;
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
			{
				final int row = (z * h + y) * w;
				int x = 0;
				while (x < w)
				{
					final int v = labels[row + x];
					final int s = x;
					while (x < w && labels[row + x] == v)
						x++;
					if (v == 0)
						continue;
					if (last == null || v != lastLabel)
					{
						last = builders.computeIfAbsent(v, k -> new VolumeMaskBuilder());
						lastLabel = v;
					}
					last.addRun(block.minZ + z, block.minY + y, block.minX + s, block.minX + x);
				}
			}
		final List<Piece> out = new ArrayList<>(builders.size());
		for (final Map.Entry<Integer, VolumeMaskBuilder> e : builders.entrySet())
			out.add(new Piece(e.getKey(), e.getValue().build()));
		return out;
	}

	/**
	 * Paints the masks into a dense label block at {@code block}'s corner: mask {@code i} gets label
	 * {@code i + 1}; voxels outside the block are skipped; a later mask overwrites an earlier one.
	 */
	public static int[] paint(final List<VolumeMask> masks, final Box3 block)
	{
		final long n = block.volume();
		if (n > Integer.MAX_VALUE - 8)
			throw new IllegalArgumentException("block " + block + " has more than 2^31 voxels");
		final int[] out = new int[(int) n];
		final int w = (int) block.width(), h = (int) block.height();
		for (int i = 0; i < masks.size(); i++)
		{
			final int label = i + 1;
			masks.get(i).forEachRun((z, y, s, e) -> {
				if (z < block.minZ || z >= block.maxZ || y < block.minY || y >= block.maxY)
					return;
				final long row = ((z - block.minZ) * h + (y - block.minY)) * w;
				for (long x = Math.max(s, block.minX); x < Math.min(e, block.maxX); x++)
					out[(int) (row + x - block.minX)] = label;
			});
		}
		return out;
	}
}
