package io.github.smm.volume;

import java.util.Collection;

import io.github.smm.model.Runs;

/**
 * Algebra on {@link VolumeMask}s, computed on runs and touching only the rows where the operands'
 * bounding boxes meet: the 3D counterpart of {@link io.github.smm.model.Masks}.
 */
public final class VolumeMasks
{
	private VolumeMasks()
	{}

	/** Number of voxels in both masks. */
	public static long intersectionVolume(final VolumeMask a, final VolumeMask b)
	{
		return intersectionVolume(a, b, null);
	}

	/** Number of voxels in both masks and inside {@code window} ({@code null}: no window). */
	public static long intersectionVolume(final VolumeMask a, final VolumeMask b, final Box3 window)
	{
		Box3 clip = a.box().intersect(b.box());
		if (window != null)
			clip = clip.intersect(window);
		if (clip.isEmpty())
			return 0;
		long sum = 0;
		for (long z = clip.minZ; z < clip.maxZ; z++)
			for (long y = clip.minY; y < clip.maxY; y++)
			{
				final int ra = a.row(y, z), rb = b.row(y, z);
				sum += Runs.intersection(a.runs, a.x0, a.rowOffsets[ra], a.rowOffsets[ra + 1], b.runs, b.x0, b.rowOffsets[rb], b.rowOffsets[rb + 1], clip.minX, clip.maxX);
			}
		return sum;
	}

	/** Number of voxels of {@code m} inside {@code window}. */
	public static long volume(final VolumeMask m, final Box3 window)
	{
		final Box3 clip = m.box().intersect(window);
		if (clip.isEmpty())
			return 0;
		if (window.contains(m.box()))
			return m.volume();
		long sum = 0;
		for (long z = clip.minZ; z < clip.maxZ; z++)
			for (long y = clip.minY; y < clip.maxY; y++)
			{
				final int r = m.row(y, z);
				sum += Runs.length(m.runs, m.x0, m.rowOffsets[r], m.rowOffsets[r + 1], clip.minX, clip.maxX);
			}
		return sum;
	}

	/** Intersection over union; 0 when both are empty. */
	public static double iou(final VolumeMask a, final VolumeMask b)
	{
		final long inter = intersectionVolume(a, b);
		final long union = a.volume() + b.volume() - inter;
		return union == 0 ? 0 : (double) inter / union;
	}

	/** Intersection over the smaller mask's volume; 0 when either is empty. */
	public static double ios(final VolumeMask a, final VolumeMask b)
	{
		final long small = Math.min(a.volume(), b.volume());
		return small == 0 ? 0 : (double) intersectionVolume(a, b) / small;
	}

	/** The voxels of any of the masks. */
	public static VolumeMask union(final Collection<VolumeMask> masks)
	{
		final VolumeMask[] m = masks.stream().filter(x -> !x.isEmpty()).toArray(VolumeMask[]::new);
		if (m.length == 0)
			return VolumeMask.EMPTY;
		if (m.length == 1)
			return m[0];
		Box3 box = m[0].box();
		int runs = 0;
		for (final VolumeMask x : m)
		{
			box = box.union(x.box());
			runs += x.runCount();
		}
		final VolumeMaskBuilder b = new VolumeMaskBuilder(runs);
		final int[][] rowRuns = new int[m.length][];
		final long[] x0 = new long[m.length];
		for (int k = 0; k < m.length; k++)
		{
			rowRuns[k] = m[k].runs;
			x0[k] = m[k].x0;
		}
		final int[] at = new int[m.length], end = new int[m.length];
		// row by row, the masks' runs merged by start: the builder receives them in order and never sorts
		for (long z = box.minZ; z < box.maxZ; z++)
			for (long y = box.minY; y < box.maxY; y++)
			{
				for (int k = 0; k < m.length; k++)
				{
					final int r = m[k].row(y, z);
					at[k] = r < 0 ? 0 : m[k].rowOffsets[r];
					end[k] = r < 0 ? 0 : m[k].rowOffsets[r + 1];
				}
				final long slice = z, row = y;
				Runs.mergeByStart(rowRuns, x0, at, end, (s, e) -> b.addRun(slice, row, s, e));
			}
		return b.build();
	}

	/** The voxels in both masks. */
	public static VolumeMask intersection(final VolumeMask a, final VolumeMask b)
	{
		final VolumeMaskBuilder out = new VolumeMaskBuilder();
		final Box3 clip = a.box().intersect(b.box());
		if (clip.isEmpty())
			return VolumeMask.EMPTY;
		for (long z = clip.minZ; z < clip.maxZ; z++)
			for (long y = clip.minY; y < clip.maxY; y++)
			{
				final int ra = a.row(y, z), rb = b.row(y, z);
				final long slice = z, row = y;
				Runs.intersect(a.runs, a.x0, a.rowOffsets[ra], a.rowOffsets[ra + 1], b.runs, b.x0, b.rowOffsets[rb], b.rowOffsets[rb + 1], (s, e) -> out.addRun(slice, row, s, e));
			}
		return out.build();
	}

	/** The voxels of {@code a} that are not in {@code b}. */
	public static VolumeMask subtract(final VolumeMask a, final VolumeMask b)
	{
		if (!a.box().intersects(b.box()))
			return a;
		final VolumeMaskBuilder out = new VolumeMaskBuilder(a.runCount());
		final Box3 box = a.box();
		for (long z = box.minZ; z < box.maxZ; z++)
			for (long y = box.minY; y < box.maxY; y++)
			{
				final int ra = a.row(y, z), rb = b.row(y, z);
				final int j = rb < 0 ? 0 : b.rowOffsets[rb], jEnd = rb < 0 ? 0 : b.rowOffsets[rb + 1];
				final long slice = z, row = y;
				Runs.subtract(a.runs, a.x0, a.rowOffsets[ra], a.rowOffsets[ra + 1], b.runs, b.x0, j, jEnd, (s, e) -> out.addRun(slice, row, s, e));
			}
		return out.build();
	}

	/** The voxels of {@code m} inside {@code window}. */
	public static VolumeMask clip(final VolumeMask m, final Box3 window)
	{
		if (window.contains(m.box()))
			return m;
		final VolumeMaskBuilder out = new VolumeMaskBuilder();
		m.forEachRun((z, y, s, e) -> {
			if (z >= window.minZ && z < window.maxZ && y >= window.minY && y < window.maxY)
				out.addRun(z, y, Math.max(s, window.minX), Math.min(e, window.maxX));
		});
		return out.build();
	}

	/**
	 * Exact minimum distance between the centres of a voxel of {@code a} and a voxel of {@code b},
	 * in x pixels with the steps of {@code voxel}: 0 when the masks overlap. Returns
	 * {@link Double#POSITIVE_INFINITY} as soon as it is known to exceed {@code bound} (and when a
	 * mask is empty).
	 */
	public static double distance(final VolumeMask a, final VolumeMask b, final double bound, final VoxelSize voxel)
	{
		return VolumeDistance.of(a, b, bound, voxel, false);
	}

	/**
	 * {@link #distance} of two masks that share no voxel (the caller knows): the same value, found
	 * sooner, since the search stops at the least possible non-zero distance.
	 */
	public static double disjointDistance(final VolumeMask a, final VolumeMask b, final double bound, final VoxelSize voxel)
	{
		return VolumeDistance.of(a, b, bound, voxel, true);
	}

	/**
	 * The centroid {@code {x, y, z}} of the voxel centres (voxel {@code (x, y, z)} has its centre
	 * at {@code (x, y, z)}); {@code NaN}s for the empty mask.
	 */
	public static double[] centroid(final VolumeMask m)
	{
		final double[] sum = new double[3];
		m.forEachRun((z, y, s, e) -> {
			final long n = e - s;
			// Σ x over [s, e) = n (s + e − 1) / 2
			sum[0] += n * (s + e - 1) / 2.0;
			sum[1] += (double) n * y;
			sum[2] += (double) n * z;
		});
		final double v = m.volume();
		return new double[] { sum[0] / v, sum[1] / v, sum[2] / v };
	}
}
