package io.github.smm.model;

import java.util.Arrays;

/**
 * Collects runs in any order (overlapping and adjacent runs are merged) and builds an
 * {@link RleMask} with a tight bounding box.
 */
public final class RleMaskBuilder
{
	private long[] ys, starts, ends;
	private int n;
	private boolean sorted = true;

	/** A builder with room for 16 runs (it grows as needed). */
	public RleMaskBuilder()
	{
		this(16);
	}

	/** A builder with room for {@code runs} runs before it grows. */
	public RleMaskBuilder(final int runs)
	{
		final int capacity = Math.max(1, runs);
		ys = new long[capacity];
		starts = new long[capacity];
		ends = new long[capacity];
	}

	/** Adds columns {@code [xStart, xEnd)} of row {@code y}; an empty run is ignored. */
	public RleMaskBuilder addRun(final long y, final long xStart, final long xEnd)
	{
		if (xEnd <= xStart)
			return this;
		if (n == ys.length)
		{
			ys = Arrays.copyOf(ys, 2 * n);
			starts = Arrays.copyOf(starts, 2 * n);
			ends = Arrays.copyOf(ends, 2 * n);
		}
		if (n > 0 && (y < ys[n - 1] || y == ys[n - 1] && xStart < starts[n - 1]))
			sorted = false;
		ys[n] = y;
		starts[n] = xStart;
		ends[n] = xEnd;
		n++;
		return this;
	}

	/** Adds every run of {@code mask}. */
	public RleMaskBuilder add(final RleMask mask)
	{
		mask.forEachRun(this::addRun);
		return this;
	}

	public RleMask build()
	{
		if (n == 0)
			return RleMask.EMPTY;
		if (!sorted)
			sort();
		long minX = Long.MAX_VALUE, maxX = Long.MIN_VALUE;
		for (int i = 0; i < n; i++)
		{
			minX = Math.min(minX, starts[i]);
			maxX = Math.max(maxX, ends[i]);
		}
		if (maxX - minX > Integer.MAX_VALUE)
			throw new IllegalArgumentException("mask wider than " + Integer.MAX_VALUE + " pixels");
		final long y0 = ys[0];
		final long h = ys[n - 1] - y0 + 1;
		if (h > Integer.MAX_VALUE - 1)
			throw new IllegalArgumentException("mask taller than " + (Integer.MAX_VALUE - 1) + " pixels");
		final int[] rowOffsets = new int[(int) h + 1];
		final int[] runs = new int[2 * n];
		final long[] rowYs = ys;
		final long area = Runs.pack(n, i -> (int) (rowYs[i] - y0), starts, ends, minX, rowOffsets, runs);
		final int k = rowOffsets[(int) h];
		return new RleMask(minX, y0, (int) (maxX - minX), rowOffsets, k == n ? runs : Arrays.copyOf(runs, 2 * k), area);
	}

	private void sort()
	{
		final Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++)
			order[i] = i;
		Arrays.sort(order, (a, b) -> ys[a] != ys[b] ? Long.compare(ys[a], ys[b]) : Long.compare(starts[a], starts[b]));
		final long[] y = new long[n], s = new long[n], e = new long[n];
		for (int i = 0; i < n; i++)
		{
			y[i] = ys[order[i]];
			s[i] = starts[order[i]];
			e[i] = ends[order[i]];
		}
		ys = y;
		starts = s;
		ends = e;
		sorted = true;
	}
}
