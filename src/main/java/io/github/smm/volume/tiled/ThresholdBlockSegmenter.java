package io.github.smm.volume.tiled;

import java.util.Arrays;

import io.github.smm.baseline.UnionFind;
import io.github.smm.volume.Box3;

/**
 * The classical 3D segmenter: voxels brighter than a fixed level (or darker, for dark objects) are
 * foreground, and every 6-connected component of the foreground (voxels sharing a face) with at
 * least {@code minVolume} voxels is one object. The level is given, not computed per block (e.g.
 * Otsu's level of a subsample of the whole volume), so that two blocks agree on every voxel they
 * share.
 * <p>
 * Components are found on runs: the foreground runs of each row (y, z) are joined with the runs
 * they share an x with in the row above (y − 1, z) and in the slice before (y, z − 1); labels
 * 1, 2, … follow each component's first voxel in x-fastest order.
 * </p>
 *
 * <pre>
 *  z=0      z=1        labels (z=0 | z=1)
 *  ##..#    .....      11..2 | .....
 *  .#..#    .#...      .1..2 | .1...    (the 1s of z=1 touch z=0 by a face)
 * </pre>
 */
public final class ThresholdBlockSegmenter implements BlockSegmenter
{
	private final double level;
	private final boolean dark;
	private final long minVolume;

	/**
	 * @param level foreground is above it ({@code dark}: below it)
	 * @param minVolume the smallest object kept, in voxels (≥ 0)
	 */
	public ThresholdBlockSegmenter(final double level, final boolean dark, final long minVolume)
	{
		if (Double.isNaN(level))
			throw new IllegalArgumentException("threshold level must be a number");
		if (minVolume < 0)
			throw new IllegalArgumentException("min_volume must be >= 0, got " + minVolume);
		this.level = level;
		this.dark = dark;
		this.minVolume = minVolume;
	}

	@Override
	public int[] labels(final Box3 block, final float[] voxels)
	{
		final int w = (int) block.width(), h = (int) block.height(), d = (int) block.depth();
		if (voxels.length != (long) w * h * d)
			throw new IllegalArgumentException("block " + block + " needs " + (long) w * h * d + " voxels, got " + voxels.length);
		final Runs runs = foregroundRuns(voxels, w, h * d);
		final UnionFind sets = new UnionFind(runs.count);
		for (int row = 0; row < h * d; row++)
		{
			if (row % h > 0)
				join(runs, row, row - 1, sets);
			if (row >= h)
				join(runs, row, row - h, sets);
		}
		return paint(runs, sets, w, voxels.length);
	}

	private boolean foreground(final float v)
	{
		return dark ? v < level : v > level;
	}

	/** The foreground runs of every row (row = z · height + y). */
	private Runs foregroundRuns(final float[] voxels, final int w, final int rows)
	{
		final Runs r = new Runs(rows);
		for (int row = 0; row < rows; row++)
		{
			r.rowStart[row] = r.count;
			final int base = row * w;
			for (int x = 0; x < w; x++)
				if (foreground(voxels[base + x]))
				{
					final int s = x;
					while (x < w && foreground(voxels[base + x]))
						x++;
					r.add(s, x);
				}
		}
		r.rowStart[rows] = r.count;
		return r;
	}

	/** Unites the runs of {@code row} with those of {@code other} that share an x with them. */
	private static void join(final Runs r, final int row, final int other, final UnionFind sets)
	{
		int j = r.rowStart[other];
		final int jEnd = r.rowStart[other + 1];
		for (int i = r.rowStart[row]; i < r.rowStart[row + 1] && j < jEnd; i++)
		{
			while (j < jEnd && r.end[j] <= r.start[i])
				j++;
			for (int k = j; k < jEnd && r.start[k] < r.end[i]; k++)
				sets.union(i, k);
		}
	}

	private int[] paint(final Runs r, final UnionFind sets, final int w, final int voxels)
	{
		final long[] volume = new long[r.count];
		for (int i = 0; i < r.count; i++)
			volume[sets.find(i)] += r.end[i] - r.start[i];
		final int[] label = new int[r.count];
		int next = 0;
		for (int i = 0; i < r.count; i++)
		{
			final int root = sets.find(i);
			if (volume[root] >= minVolume && label[root] == 0)
				label[root] = ++next;
		}
		final int[] out = new int[voxels];
		for (int row = 0; row + 1 < r.rowStart.length; row++)
			for (int i = r.rowStart[row]; i < r.rowStart[row + 1]; i++)
				Arrays.fill(out, row * w + r.start[i], row * w + r.end[i], label[sets.find(i)]);
		return out;
	}

	/** Growable runs (x start, x end) grouped by row. */
	private static final class Runs
	{
		final int[] rowStart;
		int[] start = new int[1024], end = new int[1024];
		int count;

		Runs(final int rows)
		{
			rowStart = new int[rows + 1];
		}

		void add(final int s, final int e)
		{
			if (count == start.length)
			{
				start = Arrays.copyOf(start, 2 * count);
				end = Arrays.copyOf(end, 2 * count);
			}
			start[count] = s;
			end[count++] = e;
		}
	}
}
