package io.github.smm.eval;

import java.util.Arrays;

import io.github.smm.model.RleMask;

/**
 * Connected pieces and holes of an {@link RleMask}, computed on its row runs (two runs of
 * consecutive rows are connected when their columns overlap, or for 8-connectivity also
 * touch at a corner); no pixel array is allocated.
 */
final class MaskTopology
{
	/** Rows of runs {@code [start, end)} in row-major order; run k lies in row {@code y[k]}. */
	private static final class Runs
	{
		long[] y = new long[16], start = new long[16], end = new long[16];
		int n;

		void add(final long row, final long s, final long e)
		{
			if (n == y.length)
			{
				y = Arrays.copyOf(y, 2 * n);
				start = Arrays.copyOf(start, 2 * n);
				end = Arrays.copyOf(end, 2 * n);
			}
			y[n] = row;
			start[n] = s;
			end[n] = e;
			n++;
		}
	}

	/** Holes of a mask: how many and how many pixels in all. */
	static final class Holes
	{
		final int count;
		final long area;

		Holes(final int count, final long area)
		{
			this.count = count;
			this.area = area;
		}
	}

	private MaskTopology()
	{}

	/** Number of connected pieces of the mask. */
	static int pieces(final RleMask mask, final Connectivity c)
	{
		final Runs runs = new Runs();
		mask.forEachRun(runs::add);
		final UnionFind sets = components(runs, c);
		int count = 0;
		for (int k = 0; k < runs.n; k++)
			if (sets.find(k) == k)
				count++;
		return count;
	}

	/**
	 * The holes of a mask whose pieces use connectivity {@code c}: connected regions of
	 * background (with the {@link Connectivity#complement() complementary} connectivity) inside
	 * the bounding box padded by one pixel that do not touch the padded box's border.
	 */
	static Holes holes(final RleMask mask, final Connectivity c)
	{
		final Runs bg = background(mask);
		final UnionFind sets = components(bg, c.complement());
		final long top = mask.minY() - 1, bottom = mask.minY() + mask.height();
		final long left = mask.minX() - 1, right = mask.minX() + mask.width() + 1;
		final boolean[] outside = new boolean[bg.n];
		for (int k = 0; k < bg.n; k++)
			if (bg.y[k] == top || bg.y[k] == bottom || bg.start[k] == left || bg.end[k] == right)
				outside[sets.find(k)] = true;
		final boolean[] counted = new boolean[bg.n];
		int count = 0;
		long area = 0;
		for (int k = 0; k < bg.n; k++)
		{
			final int root = sets.find(k);
			if (outside[root])
				continue;
			area += bg.end[k] - bg.start[k];
			if (!counted[root])
			{
				counted[root] = true;
				count++;
			}
		}
		return new Holes(count, area);
	}

	/** The background runs of the bounding box padded by one pixel on every side. */
	private static Runs background(final RleMask mask)
	{
		final Runs fg = new Runs();
		mask.forEachRun(fg::add);
		final long left = mask.minX() - 1, right = mask.minX() + mask.width() + 1;
		final Runs bg = new Runs();
		bg.add(mask.minY() - 1, left, right);
		int k = 0;
		for (long y = mask.minY(); y < mask.minY() + mask.height(); y++)
		{
			long x = left;
			for (; k < fg.n && fg.y[k] == y; k++)
			{
				bg.add(y, x, fg.start[k]);
				x = fg.end[k];
			}
			bg.add(y, x, right);
		}
		bg.add(mask.minY() + mask.height(), left, right);
		return bg;
	}

	/** Joins the runs of consecutive rows that are connected. */
	private static UnionFind components(final Runs r, final Connectivity c)
	{
		final UnionFind sets = new UnionFind(r.n);
		final long reach = c == Connectivity.EIGHT ? 1 : 0;
		int rowStart = 0;
		while (rowStart < r.n)
		{
			int rowEnd = rowStart;
			while (rowEnd < r.n && r.y[rowEnd] == r.y[rowStart])
				rowEnd++;
			int nextEnd = rowEnd;
			while (nextEnd < r.n && r.y[nextEnd] == r.y[rowStart] + 1)
				nextEnd++;
			int i = rowStart, j = rowEnd;
			while (i < rowEnd && j < nextEnd)
			{
				if (r.start[i] < r.end[j] + reach && r.start[j] < r.end[i] + reach)
					sets.union(i, j);
				if (r.end[i] <= r.end[j])
					i++;
				else
					j++;
			}
			rowStart = rowEnd;
		}
		return sets;
	}
}
