package io.github.smm.volume;

import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * The three orthogonal sections of a {@link VolumeMask} through one voxel plane, as 2D masks:
 * <ul>
 * <li>{@link #xy} at slice z: pixel (x, y) — the same as {@link VolumeMask#slice(long)};</li>
 * <li>{@link #xz} at row y: pixel (x, z), z going down;</li>
 * <li>{@link #yz} at column x: pixel (z, y), z going right — ImageJ's orthogonal views.</li>
 * </ul>
 * Each z step may be drawn {@code zStretch} pixels tall (wide), for anisotropic voxels. Computed on
 * runs: only the rows of the plane are read.
 */
public final class Sections
{
	private Sections()
	{}

	public static RleMask xy(final VolumeMask m, final long z)
	{
		return m.slice(z);
	}

	/** The voxels of row {@code y}: pixel (x, z·zStretch … z·zStretch + zStretch − 1). */
	public static RleMask xz(final VolumeMask m, final long y, final int zStretch)
	{
		requireStretch(zStretch);
		final Box3 b = m.box();
		if (y < b.minY || y >= b.maxY)
			return RleMask.EMPTY;
		final RleMaskBuilder out = RleMask.builder();
		for (long z = b.minZ; z < b.maxZ; z++)
		{
			final int r = m.row(y, z);
			for (int k = m.rowOffsets[r]; k < m.rowOffsets[r + 1]; k++)
				for (int s = 0; s < zStretch; s++)
					out.addRun(z * zStretch + s, m.x0 + m.runs[2 * k], m.x0 + m.runs[2 * k + 1]);
		}
		return out.build();
	}

	/** The voxels of column {@code x}: pixel (z·zStretch … z·zStretch + zStretch − 1, y). */
	public static RleMask yz(final VolumeMask m, final long x, final int zStretch)
	{
		requireStretch(zStretch);
		final Box3 b = m.box();
		if (x < b.minX || x >= b.maxX)
			return RleMask.EMPTY;
		final RleMaskBuilder out = RleMask.builder();
		for (long y = b.minY; y < b.maxY; y++)
			for (long z = b.minZ; z < b.maxZ; z++)
				if (m.contains(x, y, z))
					out.addRun(y, z * zStretch, z * zStretch + zStretch);
		return out.build();
	}

	private static void requireStretch(final int zStretch)
	{
		if (zStretch < 1)
			throw new IllegalArgumentException("z stretch " + zStretch + " must be at least 1");
	}
}
