package io.github.smm.io.coco;

import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * The vertical runs of a mask in column-major order, the order COCO counts are written in:
 * run {@code k} covers rows {@code [bounds[2k], bounds[2k+1])} of column {@code cols[k]}.
 * Runs of one column are sorted and disjoint. Conversions to and from {@link RleMask} row runs
 * sweep one axis with {@link IntervalXor}, so they cost time in the number of runs and memory
 * in the mask's box side, never its area.
 */
final class ColumnRuns
{
	final int[] cols;
	final int[] bounds;

	private ColumnRuns(final int[] cols, final int[] bounds)
	{
		this.cols = cols;
		this.bounds = bounds;
	}

	int size()
	{
		return cols.length;
	}

	/** The column runs of a mask lying in the non-negative quadrant below {@code 2^31}. */
	static ColumnRuns of(final RleMask mask)
	{
		final int x0 = (int) mask.minX(), y0 = (int) mask.minY();
		final int width = mask.width(), height = mask.height();
		final int[] rowStart = new int[height + 1];
		final int[] runs = new int[2 * mask.runCount()];
		final int[] n = { 0 };
		mask.forEachRun((y, s, e) -> {
			rowStart[(int) (y - y0) + 1] = n[0] + 1;
			runs[2 * n[0]] = (int) (s - x0);
			runs[2 * n[0] + 1] = (int) (e - x0);
			n[0]++;
		});
		for (int r = 1; r <= height; r++)
			rowStart[r] = Math.max(rowStart[r], rowStart[r - 1]);
		final int[] open = new int[width];
		final IntList segCol = new IntList(), segBounds = new IntList();
		for (int r = 0; r <= height; r++)
		{
			final int row = r;
			final int prevLo = r == 0 ? 0 : rowStart[r - 1], prevHi = r == 0 ? 0 : rowStart[r];
			final int curLo = r == height ? 0 : rowStart[r], curHi = r == height ? 0 : rowStart[r + 1];
			IntervalXor.walk(runs, prevLo, prevHi, runs, curLo, curHi, (s, e, endsHere) -> {
				for (int c = s; c < e; c++)
					if (endsHere)
					{
						segCol.add(c);
						segBounds.add(y0 + open[c]);
						segBounds.add(y0 + row);
					}
					else
						open[c] = row;
			});
		}
		return sortedByColumn(segCol, segBounds, x0, width);
	}

	/** Stable counting sort by column; runs of a column were emitted top to bottom. */
	private static ColumnRuns sortedByColumn(final IntList segCol, final IntList segBounds, final int x0, final int width)
	{
		final int n = segCol.size();
		final int[] first = new int[width + 1];
		for (int k = 0; k < n; k++)
			first[segCol.get(k) + 1]++;
		for (int c = 0; c < width; c++)
			first[c + 1] += first[c];
		final int[] cols = new int[n], bounds = new int[2 * n];
		for (int k = 0; k < n; k++)
		{
			final int at = first[segCol.get(k)]++;
			cols[at] = x0 + segCol.get(k);
			bounds[2 * at] = segBounds.get(2 * k);
			bounds[2 * at + 1] = segBounds.get(2 * k + 1);
		}
		return new ColumnRuns(cols, bounds);
	}

	/**
	 * The column runs of valid counts (non-negative, summing to {@code height × width}) of an
	 * image {@code height} pixels tall; runs that touch within a column are joined.
	 */
	static ColumnRuns ofCounts(final long[] counts, final int height)
	{
		final IntList cols = new IntList(), bounds = new IntList();
		long pos = 0;
		for (int i = 0; i < counts.length; i++)
		{
			if (i % 2 == 1)
				addRun(pos, counts[i], height, cols, bounds);
			pos += counts[i];
		}
		return new ColumnRuns(cols.toArray(), bounds.toArray());
	}

	private static void addRun(final long start, final long length, final int height, final IntList cols, final IntList bounds)
	{
		long p = start;
		final long end = start + length;
		while (p < end)
		{
			final int col = (int) (p / height), row = (int) (p % height);
			final int stop = (int) Math.min(height, row + end - p);
			final int last = cols.size() - 1;
			if (last >= 0 && cols.get(last) == col && bounds.get(2 * last + 1) == row)
				bounds.set(2 * last + 1, stop);
			else
			{
				cols.add(col);
				bounds.add(row);
				bounds.add(stop);
			}
			p += stop - row;
		}
	}

	/** The same pixels as row runs. */
	RleMask toMask()
	{
		final int n = size();
		if (n == 0)
			return RleMask.EMPTY;
		int minRow = Integer.MAX_VALUE, maxRow = 0;
		for (int k = 0; k < n; k++)
		{
			minRow = Math.min(minRow, bounds[2 * k]);
			maxRow = Math.max(maxRow, bounds[2 * k + 1]);
		}
		final RowSweep sweep = new RowSweep(minRow, maxRow);
		int prevLo = 0, prevHi = 0, prevCol = -1;
		for (int k = 0; k < n;)
		{
			final int col = cols[k];
			int hi = k;
			while (hi < n && cols[hi] == col)
				hi++;
			if (prevHi > prevLo && col > prevCol + 1)
			{
				// an empty column in between closes every open row run
				sweep.column(prevCol + 1, prevLo, prevHi, k, k);
				prevLo = prevHi = k;
			}
			sweep.column(col, prevLo, prevHi, k, hi);
			prevLo = k;
			prevHi = hi;
			prevCol = col;
			k = hi;
		}
		sweep.column(prevCol + 1, prevLo, prevHi, n, n);
		return sweep.builder.build();
	}

	/** Turns the column-to-column changes into row runs. */
	private final class RowSweep
	{
		final RleMaskBuilder builder = RleMask.builder();
		final int top;
		final int[] open;

		RowSweep(final int minRow, final int maxRow)
		{
			top = minRow;
			open = new int[maxRow - minRow];
		}

		/** Column {@code col} holds runs {@code [lo, hi)}; the previous one held {@code [prevLo, prevHi)}. */
		void column(final int col, final int prevLo, final int prevHi, final int lo, final int hi)
		{
			IntervalXor.walk(bounds, prevLo, prevHi, bounds, lo, hi, (s, e, endsHere) -> {
				for (int y = s; y < e; y++)
					if (endsHere)
						builder.addRun(y, open[y - top], col);
					else
						open[y - top] = col;
			});
		}
	}

	/** Column-major COCO counts on a {@code height × width} image, starting with background. */
	long[] toCounts(final int height, final int width)
	{
		final LongList counts = new LongList();
		long pos = 0;
		for (int k = 0; k < size(); k++)
		{
			final long start = (long) cols[k] * height + bounds[2 * k];
			final long length = bounds[2 * k + 1] - bounds[2 * k];
			if (start == pos && counts.size() > 0)
				counts.set(counts.size() - 1, counts.get(counts.size() - 1) + length);
			else
			{
				counts.add(start - pos);
				counts.add(length);
			}
			pos = start + length;
		}
		final long total = (long) height * width;
		if (pos < total || counts.size() == 0)
			counts.add(total - pos);
		return counts.toArray();
	}
}
