package io.github.smm.volume;

import io.github.smm.model.Runs;

/** The exact minimum voxel-centre distance of two {@link VolumeMask}s, on runs. */
final class VolumeDistance
{
	private VolumeDistance()
	{}

	static double of(final VolumeMask a, final VolumeMask b, final double bound, final VoxelSize voxel, final boolean disjoint)
	{
		if (a.isEmpty() || b.isEmpty() || a.box().gap(b.box(), voxel) > bound)
			return Double.POSITIVE_INFINITY;
		final double sy = voxel.scaleY(), sz = voxel.scaleZ();
		final double boundSq = bound * bound;
		// the least possible squared distance: stop as soon as it is reached
		final double floor = disjoint ? Math.min(1, Math.min(sy * sy, sz * sz)) : 0;
		final long reachY = reach(bound, sy), reachZ = reach(bound, sz);
		final Box3 ba = a.box(), bb = b.box();
		final long zFrom = Math.max(ba.minZ, bb.minZ - reachZ), zTo = Math.min(ba.maxZ, bb.maxZ + reachZ);
		final long yFrom = Math.max(ba.minY, bb.minY - reachY), yTo = Math.min(ba.maxY, bb.maxY + reachY);
		if (sliceBound(a, b, sy, sz, boundSq) > boundSq)
			return Double.POSITIVE_INFINITY;
		// face neighbours first: most disjoint pairs in dense tissue touch, and then the search ends here
		double best = disjoint ? faceNeighbours(a, b, sy, sz) : Double.POSITIVE_INFINITY;
		for (long z = zFrom; z < zTo && best > floor; z++)
			for (long y = yFrom; y < yTo && best > floor; y++)
			{
				final int ra = a.row(y, z);
				if (a.rowOffsets[ra] != a.rowOffsets[ra + 1])
					best = nearestRow(a, ra, y, z, b, best, sy, sz, boundSq);
			}
		return best > boundSq ? Double.POSITIVE_INFINITY : Math.sqrt(best);
	}

	/** A lower bound of the squared distance: the least over slice pairs of the gap of their voxel extents. */
	private static double sliceBound(final VolumeMask a, final VolumeMask b, final double sy, final double sz, final double boundSq)
	{
		final long[] sa = a.sliceBoxes(), sb = b.sliceBoxes();
		final long za0 = a.box().minZ, zb0 = b.box().minZ;
		double best = Double.POSITIVE_INFINITY;
		for (int i = 0; i < sa.length / 4; i++)
		{
			if (sa[4 * i] > sa[4 * i + 1])
				continue;
			for (int j = 0; j < sb.length / 4; j++)
			{
				if (sb[4 * j] > sb[4 * j + 1])
					continue;
				final double dz = (za0 + i - zb0 - j) * sz;
				if (dz * dz > boundSq)
					continue;
				final double dx = Box3.axisGap(sa[4 * i], sa[4 * i + 1] + 1, sb[4 * j], sb[4 * j + 1] + 1);
				final double dy = Box3.axisGap(sa[4 * i + 2], sa[4 * i + 3] + 1, sb[4 * j + 2], sb[4 * j + 3] + 1) * sy;
				best = Math.min(best, dx * dx + dy * dy + dz * dz);
			}
		}
		return best;
	}

	/**
	 * The least squared distance between face-adjacent voxels of a and b (one step along x, y or
	 * z), infinite when none touch that way.
	 */
	private static double faceNeighbours(final VolumeMask a, final VolumeMask b, final double sy, final double sz)
	{
		final Box3 ba = a.box(), bb = b.box();
		final double floor = Math.min(1, Math.min(sy * sy, sz * sz));
		double best = Double.POSITIVE_INFINITY;
		final long z0 = Math.max(ba.minZ, bb.minZ - 1), z1 = Math.min(ba.maxZ, bb.maxZ + 1);
		final long y0 = Math.max(ba.minY, bb.minY - 1), y1 = Math.min(ba.maxY, bb.maxY + 1);
		for (long z = z0; z < z1 && best > floor; z++)
			for (long y = y0; y < y1 && best > floor; y++)
			{
				final int ra = a.row(y, z);
				if (a.rowOffsets[ra] == a.rowOffsets[ra + 1])
					continue;
				if (rowGap(a, ra, b, b.row(y, z)) == 1)
					best = Math.min(best, 1);
				if (rowGap(a, ra, b, b.row(y - 1, z)) == 0 || rowGap(a, ra, b, b.row(y + 1, z)) == 0)
					best = Math.min(best, sy * sy);
				if (rowGap(a, ra, b, b.row(y, z - 1)) == 0 || rowGap(a, ra, b, b.row(y, z + 1)) == 0)
					best = Math.min(best, sz * sz);
			}
		return best;
	}

	private static long reach(final double bound, final double scale)
	{
		final double r = Math.floor(bound / scale);
		return r >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (long) r;
	}

	/** The best squared distance from row (y, z) of a to the rows of b, in order of growing |dz| then |dy|. */
	private static double nearestRow(final VolumeMask a, final int ra, final long y, final long z, final VolumeMask b, final double bestSoFar, final double sy, final double sz,
			final double boundSq)
	{
		double best = bestSoFar;
		final Box3 bb = b.box();
		for (long dz = 0;; dz++)
		{
			final double dzSq = dz * sz * dz * sz;
			if (dzSq >= best || dzSq > boundSq || z - dz < bb.minZ && z + dz >= bb.maxZ)
				break;
			for (int side = 0; side < (dz == 0 ? 1 : 2); side++)
			{
				final long zb = side == 0 ? z - dz : z + dz;
				if (zb < bb.minZ || zb >= bb.maxZ)
					continue;
				for (long dy = 0;; dy++)
				{
					final double dSq = dzSq + dy * sy * dy * sy;
					if (dSq >= best || dSq > boundSq || y - dy < bb.minY && y + dy >= bb.maxY)
						break;
					best = Math.min(best, dSq + square(rowGap(a, ra, b, b.row(y - dy, zb))));
					if (dy > 0)
						best = Math.min(best, dSq + square(rowGap(a, ra, b, b.row(y + dy, zb))));
				}
			}
		}
		return best;
	}

	private static double square(final long v)
	{
		return v == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : (double) v * v;
	}

	/** Smallest column distance between a run of row {@code ra} of a and one of row {@code rb} of b (-1: no row). */
	private static long rowGap(final VolumeMask a, final int ra, final VolumeMask b, final int rb)
	{
		if (rb < 0)
			return Long.MAX_VALUE;
		return Runs.gap(a.runs, a.x0, a.rowOffsets[ra], a.rowOffsets[ra + 1], b.runs, b.x0, b.rowOffsets[rb], b.rowOffsets[rb + 1]);
	}
}
