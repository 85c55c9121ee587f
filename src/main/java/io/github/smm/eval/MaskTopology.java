package io.github.smm.eval;

import java.util.Arrays;

import io.github.smm.model.RleMask;

/**
 * Connected pieces and holes of a mask, computed on its runs: two runs of neighbouring rows are
 * connected when their columns overlap (after widening by one for the connectivities that join
 * diagonal neighbours); no pixel or voxel array is allocated. One algorithm for images (rows y)
 * and volumes (rows (y, z)).
 */
public final class MaskTopology
{
	/** Runs {@code [start, end)} of rows (z, y), added in (z, y, start) order; an image has z = 0. */
	public static final class Rows
	{
		long[] z = new long[16], y = new long[16], start = new long[16], end = new long[16];
		int n;

		/** Adds a run; runs come in (z, y, start) order. */
		public void add(final long slice, final long row, final long s, final long e)
		{
			if (n == y.length)
			{
				z = Arrays.copyOf(z, 2 * n);
				y = Arrays.copyOf(y, 2 * n);
				start = Arrays.copyOf(start, 2 * n);
				end = Arrays.copyOf(end, 2 * n);
			}
			z[n] = slice;
			y[n] = row;
			start[n] = s;
			end[n] = e;
			n++;
		}

		private int compareRow(final int k, final long slice, final long row)
		{
			return z[k] != slice ? Long.compare(z[k], slice) : Long.compare(y[k], row);
		}
	}

	/** Holes of a mask: how many, and how many pixels (voxels) in all. */
	public static final class Holes
	{
		public final int count;
		public final long size;

		Holes(final int count, final long size)
		{
			this.count = count;
			this.size = size;
		}
	}

	private MaskTopology()
	{}

	/** Number of connected pieces of an image mask. */
	static int pieces(final RleMask mask, final Connectivity c)
	{
		return pieces(rows(mask), c);
	}

	/** The holes of an image mask: see {@link #holes(Rows, long, long, long, long, long, long, Connectivity)}. */
	static Holes holes(final RleMask mask, final Connectivity c)
	{
		return holes(rows(mask), mask.minX(), mask.minX() + mask.width(), mask.minY(), mask.minY() + mask.height(), 0, 1, c);
	}

	/** Number of connected pieces of the runs. */
	public static int pieces(final Rows runs, final Connectivity c)
	{
		final UnionFind sets = components(runs, c);
		int count = 0;
		for (int k = 0; k < runs.n; k++)
			if (sets.find(k) == k)
				count++;
		return count;
	}

	/**
	 * The holes of a mask (its runs and bounding box) whose pieces use connectivity {@code c}:
	 * connected regions of background (with the {@link Connectivity#complement() complementary}
	 * connectivity) inside the bounding box padded by one pixel (voxel; in z too for a volume
	 * connectivity) that do not touch the padded box's border.
	 */
	public static Holes holes(final Rows mask, final long minX, final long maxX, final long minY, final long maxY, final long minZ, final long maxZ, final Connectivity c)
	{
		final long pad = c.isVolume() ? 1 : 0;
		final Rows bg = background(mask, minX, maxX, minY, maxY, minZ - pad, maxZ + pad);
		final UnionFind sets = components(bg, c.complement());
		final boolean[] outside = new boolean[bg.n];
		for (int k = 0; k < bg.n; k++)
			if (bg.y[k] == minY - 1 || bg.y[k] == maxY || bg.start[k] == minX - 1 || bg.end[k] == maxX + 1 || pad == 1 && (bg.z[k] == minZ - 1 || bg.z[k] == maxZ))
				outside[sets.find(k)] = true;
		final boolean[] counted = new boolean[bg.n];
		int count = 0;
		long size = 0;
		for (int k = 0; k < bg.n; k++)
		{
			final int root = sets.find(k);
			if (outside[root])
				continue;
			size += bg.end[k] - bg.start[k];
			if (!counted[root])
			{
				counted[root] = true;
				count++;
			}
		}
		return new Holes(count, size);
	}

	private static Rows rows(final RleMask mask)
	{
		final Rows r = new Rows();
		mask.forEachRun((y, s, e) -> r.add(0, y, s, e));
		return r;
	}

	/** The background runs of the box {@code [minX − 1, maxX + 1) × [minY − 1, maxY + 1) × [fromZ, toZ)}. */
	private static Rows background(final Rows fg, final long minX, final long maxX, final long minY, final long maxY, final long fromZ, final long toZ)
	{
		final long left = minX - 1, right = maxX + 1;
		final Rows bg = new Rows();
		int k = 0;
		for (long z = fromZ; z < toZ; z++)
			for (long y = minY - 1; y <= maxY; y++)
			{
				long x = left;
				for (; k < fg.n && fg.z[k] == z && fg.y[k] == y; k++)
				{
					bg.add(z, y, x, fg.start[k]);
					x = fg.end[k];
				}
				bg.add(z, y, x, right);
			}
		return bg;
	}

	/** Joins the runs of neighbouring rows that are connected. */
	private static UnionFind components(final Rows r, final Connectivity c)
	{
		final UnionFind sets = new UnionFind(r.n);
		final int[][] reachable = c.forwardRows();
		int rowStart = 0;
		while (rowStart < r.n)
		{
			int rowEnd = rowStart;
			while (rowEnd < r.n && r.compareRow(rowEnd, r.z[rowStart], r.y[rowStart]) == 0)
				rowEnd++;
			for (final int[] o : reachable)
			{
				final int from = firstOfRow(r, rowEnd, r.z[rowStart] + o[1], r.y[rowStart] + o[0]);
				int to = from;
				while (to < r.n && r.compareRow(to, r.z[rowStart] + o[1], r.y[rowStart] + o[0]) == 0)
					to++;
				join(r, rowStart, rowEnd, from, to, o[2], sets);
			}
			rowStart = rowEnd;
		}
		return sets;
	}

	/** The first run at or after {@code from} of row (z, y), or where it would be. */
	private static int firstOfRow(final Rows r, final int from, final long z, final long y)
	{
		int lo = from, hi = r.n;
		while (lo < hi)
		{
			final int mid = (lo + hi) >>> 1;
			if (r.compareRow(mid, z, y) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		return lo;
	}

	/** Joins the runs of two rows whose columns overlap after widening by {@code reach}. */
	private static void join(final Rows r, final int aFrom, final int aTo, final int bFrom, final int bTo, final long reach, final UnionFind sets)
	{
		int i = aFrom, j = bFrom;
		while (i < aTo && j < bTo)
		{
			if (r.start[i] < r.end[j] + reach && r.start[j] < r.end[i] + reach)
				sets.union(i, j);
			if (r.end[i] <= r.end[j])
				i++;
			else
				j++;
		}
	}
}
