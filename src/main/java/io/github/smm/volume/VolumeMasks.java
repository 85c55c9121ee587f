package io.github.smm.volume;

import java.util.Collection;

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
				sum += rowIntersection(a, a.row(y, z), b, b.row(y, z), clip.minX, clip.maxX);
		return sum;
	}

	private static long rowIntersection(final VolumeMask a, final int ra, final VolumeMask b, final int rb, final long minX, final long maxX)
	{
		int i = a.rowOffsets[ra], j = b.rowOffsets[rb];
		final int iEnd = a.rowOffsets[ra + 1], jEnd = b.rowOffsets[rb + 1];
		long sum = 0;
		while (i < iEnd && j < jEnd)
		{
			final long as = a.x0 + a.runs[2 * i], ae = a.x0 + a.runs[2 * i + 1];
			final long bs = b.x0 + b.runs[2 * j], be = b.x0 + b.runs[2 * j + 1];
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
				for (int k = m.rowOffsets[r]; k < m.rowOffsets[r + 1]; k++)
				{
					final long s = Math.max(m.x0 + m.runs[2 * k], clip.minX), e = Math.min(m.x0 + m.runs[2 * k + 1], clip.maxX);
					if (e > s)
						sum += e - s;
				}
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
		long[] starts = new long[16], ends = new long[16];
		// row by row, the rows' runs sorted by start: the builder receives them in order and never sorts
		for (long z = box.minZ; z < box.maxZ; z++)
			for (long y = box.minY; y < box.maxY; y++)
			{
				int n = 0;
				for (final VolumeMask x : m)
				{
					final int r = x.row(y, z);
					if (r < 0)
						continue;
					for (int k = x.rowOffsets[r]; k < x.rowOffsets[r + 1]; k++)
					{
						if (n == starts.length)
						{
							starts = java.util.Arrays.copyOf(starts, 2 * n);
							ends = java.util.Arrays.copyOf(ends, 2 * n);
						}
						final long s = x.x0 + x.runs[2 * k], e = x.x0 + x.runs[2 * k + 1];
						int at = n++;
						while (at > 0 && starts[at - 1] > s)
						{
							starts[at] = starts[at - 1];
							ends[at] = ends[at - 1];
							at--;
						}
						starts[at] = s;
						ends[at] = e;
					}
				}
				for (int k = 0; k < n; k++)
					b.addRun(z, y, starts[k], ends[k]);
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
				int i = a.rowOffsets[ra], j = b.rowOffsets[rb];
				while (i < a.rowOffsets[ra + 1] && j < b.rowOffsets[rb + 1])
				{
					final long ae = a.x0 + a.runs[2 * i + 1], be = b.x0 + b.runs[2 * j + 1];
					out.addRun(z, y, Math.max(a.x0 + a.runs[2 * i], b.x0 + b.runs[2 * j]), Math.min(ae, be));
					if (ae < be)
						i++;
					else
						j++;
				}
			}
		return out.build();
	}

	/** The voxels of {@code a} that are not in {@code b}. */
	public static VolumeMask subtract(final VolumeMask a, final VolumeMask b)
	{
		if (!a.box().intersects(b.box()))
			return a;
		final VolumeMaskBuilder out = new VolumeMaskBuilder(a.runCount());
		a.forEachRun((z, y, s0, e) -> {
			final int rb = b.row(y, z);
			long s = s0;
			if (rb >= 0)
				for (int j = b.rowOffsets[rb]; j < b.rowOffsets[rb + 1] && s < e; j++)
				{
					final long bs = b.x0 + b.runs[2 * j], be = b.x0 + b.runs[2 * j + 1];
					if (be <= s)
						continue;
					if (bs >= e)
						break;
					out.addRun(z, y, s, bs);
					s = Math.max(s, be);
				}
			out.addRun(z, y, s, e);
		});
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
