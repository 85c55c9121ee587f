package io.github.smm.model;

/**
 * Algebra on one row of runs, shared by the 2D {@link RleMask} (a row per y) and the 3D volume
 * masks (a row per (y, z)): both store a row as runs {@code from .. to − 1} of an {@code int[]} of
 * {@code [start, end)} pairs relative to an x offset, sorted, disjoint and non-adjacent.
 * <p>
 * A row is given as {@code (runs, x0, from, to)}: run {@code k} covers columns
 * {@code x0 + runs[2k] .. x0 + runs[2k+1] − 1}.
 * </p>
 */
public final class Runs
{
	private Runs()
	{}

	/** Receives the runs of a result row, in increasing x. */
	@FunctionalInterface
	public interface Sink
	{
		/** Columns {@code [start, end)}; {@code start ≥ end} is an empty run. */
		void add(long start, long end);
	}

	/** Number of columns in both rows and inside {@code [minX, maxX)}. */
	public static long intersection(final int[] a, final long ax, final int aFrom, final int aTo, final int[] b, final long bx, final int bFrom, final int bTo, final long minX,
			final long maxX)
	{
		int i = aFrom, j = bFrom;
		long sum = 0;
		while (i < aTo && j < bTo)
		{
			final long as = ax + a[2 * i], ae = ax + a[2 * i + 1];
			final long bs = bx + b[2 * j], be = bx + b[2 * j + 1];
			final long s = Math.max(Math.max(as, bs), minX), e = Math.min(Math.min(ae, be), maxX);
			if (e > s)
				sum += e - s;
			if (ae < be)
				i++;
			else
				j++;
		}
		return sum;
	}

	/** Number of columns of the row inside {@code [minX, maxX)}. */
	public static long length(final int[] runs, final long x0, final int from, final int to, final long minX, final long maxX)
	{
		long sum = 0;
		for (int k = from; k < to; k++)
		{
			final long s = Math.max(x0 + runs[2 * k], minX), e = Math.min(x0 + runs[2 * k + 1], maxX);
			if (e > s)
				sum += e - s;
		}
		return sum;
	}

	/** The columns in both rows. */
	public static void intersect(final int[] a, final long ax, final int aFrom, final int aTo, final int[] b, final long bx, final int bFrom, final int bTo, final Sink out)
	{
		int i = aFrom, j = bFrom;
		while (i < aTo && j < bTo)
		{
			final long ae = ax + a[2 * i + 1], be = bx + b[2 * j + 1];
			out.add(Math.max(ax + a[2 * i], bx + b[2 * j]), Math.min(ae, be));
			if (ae < be)
				i++;
			else
				j++;
		}
	}

	/** The columns of row a that are not in row b (an empty b row: {@code bFrom == bTo}). */
	public static void subtract(final int[] a, final long ax, final int aFrom, final int aTo, final int[] b, final long bx, final int bFrom, final int bTo, final Sink out)
	{
		int j = bFrom;
		for (int i = aFrom; i < aTo; i++)
		{
			long s = ax + a[2 * i];
			final long e = ax + a[2 * i + 1];
			while (j < bTo && bx + b[2 * j + 1] <= s)
				j++;
			int jj = j;
			while (jj < bTo && bx + b[2 * jj] < e)
			{
				out.add(s, bx + b[2 * jj]);
				s = Math.max(s, bx + b[2 * jj + 1]);
				jj++;
			}
			out.add(s, e);
		}
	}

	/**
	 * The smallest column distance between a run of row a and one of row b: 0 when they share a
	 * column, 1 when they touch, {@link Long#MAX_VALUE} when either row is empty.
	 */
	public static long gap(final int[] a, final long ax, final int aFrom, final int aTo, final int[] b, final long bx, final int bFrom, final int bTo)
	{
		int i = aFrom, j = bFrom;
		long best = Long.MAX_VALUE;
		while (i < aTo && j < bTo)
		{
			final long as = ax + a[2 * i], ae = ax + a[2 * i + 1] - 1;
			final long bs = bx + b[2 * j], be = bx + b[2 * j + 1] - 1;
			if (ae < bs)
			{
				best = Math.min(best, bs - ae);
				i++;
			}
			else if (be < as)
			{
				best = Math.min(best, as - be);
				j++;
			}
			else
				return 0;
		}
		return best;
	}

	/**
	 * The runs of several rows merged by start (overlapping and touching runs are left for the
	 * receiving builder to join): row {@code k} is {@code runs[k]}, offset {@code x0[k]}, runs
	 * {@code at[k] .. end[k] − 1}. Consumes the cursors {@code at}.
	 */
	public static void mergeByStart(final int[][] runs, final long[] x0, final int[] at, final int[] end, final Sink out)
	{
		final int n = runs.length;
		while (true)
		{
			int pick = -1;
			long start = Long.MAX_VALUE;
			for (int k = 0; k < n; k++)
				if (at[k] < end[k] && x0[k] + runs[k][2 * at[k]] < start)
				{
					start = x0[k] + runs[k][2 * at[k]];
					pick = k;
				}
			if (pick < 0)
				return;
			out.add(start, x0[pick] + runs[pick][2 * at[pick] + 1]);
			at[pick]++;
		}
	}

	/** The row of the {@code i}-th run given to {@link #pack}. */
	@FunctionalInterface
	public interface RowOf
	{
		int row(int i);
	}

	/**
	 * Packs {@code n} runs, sorted by row then start, into {@code rowOffsets} (one more entry than
	 * rows) and {@code runs} (relative to {@code minX}), joining runs of a row that overlap or
	 * touch; the number of runs written ends up in the last entry of {@code rowOffsets}.
	 *
	 * @return the number of columns covered
	 */
	public static long pack(final int n, final RowOf rowOf, final long[] starts, final long[] ends, final long minX, final int[] rowOffsets, final int[] runs)
	{
		final int rows = rowOffsets.length - 1;
		int k = 0, row = 0;
		long covered = 0;
		for (int i = 0; i < n; i++)
		{
			final int r = rowOf.row(i);
			while (row < r)
				rowOffsets[++row] = k;
			final int s = (int) (starts[i] - minX), e = (int) (ends[i] - minX);
			if (k > rowOffsets[row] && s <= runs[2 * k - 1])
			{
				// overlaps or touches the previous run of this row: extend it
				if (e > runs[2 * k - 1])
				{
					covered += e - runs[2 * k - 1];
					runs[2 * k - 1] = e;
				}
				continue;
			}
			runs[2 * k] = s;
			runs[2 * k + 1] = e;
			covered += e - s;
			k++;
		}
		while (row < rows)
			rowOffsets[++row] = k;
		return covered;
	}
}
