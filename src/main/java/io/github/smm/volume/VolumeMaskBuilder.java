package io.github.smm.volume;

import java.util.Arrays;

import io.github.smm.model.Runs;

/**
 * Collects runs along x in any order (overlapping and adjacent runs of a row are merged) and
 * builds a {@link VolumeMask} with a tight bounding box.
 */
public final class VolumeMaskBuilder
{
	private long[] zs, ys, starts, ends;
	private int n;
	private boolean sorted = true;

	/** A builder with room for 16 runs (it grows as needed). */
	public VolumeMaskBuilder()
	{
		this(16);
	}

	/** A builder with room for {@code runs} runs before it grows. */
	public VolumeMaskBuilder(final int runs)
	{
		final int capacity = Math.max(1, runs);
		zs = new long[capacity];
		ys = new long[capacity];
		starts = new long[capacity];
		ends = new long[capacity];
	}

	/** Adds columns {@code [xStart, xEnd)} of row {@code y} of slice {@code z}; an empty run is ignored. */
	public VolumeMaskBuilder addRun(final long z, final long y, final long xStart, final long xEnd)
	{
		if (xEnd <= xStart)
			return this;
		if (n == zs.length)
		{
			zs = Arrays.copyOf(zs, 2 * n);
			ys = Arrays.copyOf(ys, 2 * n);
			starts = Arrays.copyOf(starts, 2 * n);
			ends = Arrays.copyOf(ends, 2 * n);
		}
		if (n > 0 && compare(z, y, xStart, n - 1) < 0)
			sorted = false;
		zs[n] = z;
		ys[n] = y;
		starts[n] = xStart;
		ends[n] = xEnd;
		n++;
		return this;
	}

	private int compare(final long z, final long y, final long x, final int i)
	{
		if (z != zs[i])
			return Long.compare(z, zs[i]);
		return y != ys[i] ? Long.compare(y, ys[i]) : Long.compare(x, starts[i]);
	}

	/** Adds every run of {@code mask}. */
	public VolumeMaskBuilder add(final VolumeMask mask)
	{
		mask.forEachRun(this::addRun);
		return this;
	}

	public VolumeMask build()
	{
		if (n == 0)
			return VolumeMask.EMPTY;
		if (!sorted)
			sort();
		long minX = Long.MAX_VALUE, maxX = Long.MIN_VALUE, minY = Long.MAX_VALUE, maxY = Long.MIN_VALUE;
		for (int i = 0; i < n; i++)
		{
			minX = Math.min(minX, starts[i]);
			maxX = Math.max(maxX, ends[i]);
			minY = Math.min(minY, ys[i]);
			maxY = Math.max(maxY, ys[i]);
		}
		final long z0 = zs[0];
		final long w = maxX - minX, h = maxY - minY + 1, d = zs[n - 1] - z0 + 1;
		if (w > Integer.MAX_VALUE || h * d > Integer.MAX_VALUE - 1)
			throw new IllegalArgumentException("mask too large for one volume mask: " + w + " x " + h + " x " + d + " voxels");
		final int rows = (int) (h * d);
		final int[] rowOffsets = new int[rows + 1];
		final int[] runs = new int[2 * n];
		final long y0 = minY;
		final long[] rowZs = zs, rowYs = ys;
		final long volume = Runs.pack(n, i -> (int) ((rowZs[i] - z0) * h + rowYs[i] - y0), starts, ends, minX, rowOffsets, runs);
		final int k = rowOffsets[rows];
		return new VolumeMask(minX, minY, z0, (int) w, (int) h, rowOffsets, k == n ? runs : Arrays.copyOf(runs, 2 * k), volume);
	}

	private void sort()
	{
		final Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++)
			order[i] = i;
		Arrays.sort(order, (a, b) -> zs[a] != zs[b] ? Long.compare(zs[a], zs[b]) : ys[a] != ys[b] ? Long.compare(ys[a], ys[b]) : Long.compare(starts[a], starts[b]));
		final long[] z = new long[n], y = new long[n], s = new long[n], e = new long[n];
		for (int i = 0; i < n; i++)
		{
			z[i] = zs[order[i]];
			y[i] = ys[order[i]];
			s[i] = starts[order[i]];
			e[i] = ends[order[i]];
		}
		zs = z;
		ys = y;
		starts = s;
		ends = e;
		sorted = true;
	}
}
