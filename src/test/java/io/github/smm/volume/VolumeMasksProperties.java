package io.github.smm.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The 3D mask algebra against a dense boolean-array reference, on random small volumes. */
class VolumeMasksProperties
{
	/** A dense random volume of up to 6 × 5 × 4 voxels at an offset in [-4, 4]³. */
	static final class Dense
	{
		final int w, h, d;
		final long x0, y0, z0;
		final boolean[] bits;

		Dense(final int w, final int h, final int d, final long x0, final long y0, final long z0, final boolean[] bits)
		{
			this.w = w;
			this.h = h;
			this.d = d;
			this.x0 = x0;
			this.y0 = y0;
			this.z0 = z0;
			this.bits = bits;
		}

		boolean get(final long x, final long y, final long z)
		{
			final long i = x - x0, j = y - y0, k = z - z0;
			return i >= 0 && i < w && j >= 0 && j < h && k >= 0 && k < d && bits[(int) ((k * h + j) * w + i)];
		}

		VolumeMask toMask()
		{
			final VolumeMaskBuilder b = new VolumeMaskBuilder();
			// added in reverse order, one voxel at a time: the builder sorts and merges
			for (int k = d - 1; k >= 0; k--)
				for (int j = h - 1; j >= 0; j--)
					for (int i = w - 1; i >= 0; i--)
						if (bits[(k * h + j) * w + i])
							b.addRun(z0 + k, y0 + j, x0 + i, x0 + i + 1);
			return b.build();
		}

		@Override
		public String toString()
		{
			return "Dense " + w + "x" + h + "x" + d + " at " + x0 + "," + y0 + "," + z0;
		}
	}

	@Provide
	Arbitrary<Dense> volumes()
	{
		return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 4),
				Arbitraries.longs().between(-4, 4), Arbitraries.longs().between(-4, 4), Arbitraries.longs().between(-4, 4), Arbitraries.of(true, false, false).array(boolean[].class).ofSize(120))
				.as((w, h, d, x, y, z, bits) -> new Dense(w, h, d, x, y, z, bits));
	}

	@Provide
	Arbitrary<VoxelSize> voxels()
	{
		return Arbitraries.of(VoxelSize.ISOTROPIC, new VoxelSize(2, 0.5, 0.5), new VoxelSize(1, 1.5, 1), new VoxelSize(0.7, 1, 1));
	}

	@Property(tries = 400)
	void volumeBoxCentroidAndContainsMatchDense(@ForAll("volumes") final Dense a)
	{
		final VolumeMask m = a.toMask();
		long n = 0, minX = Long.MAX_VALUE, minY = Long.MAX_VALUE, minZ = Long.MAX_VALUE, maxX = Long.MIN_VALUE, maxY = Long.MIN_VALUE, maxZ = Long.MIN_VALUE;
		final double[] sum = new double[3];
		for (long z = -6; z < 10; z++)
			for (long y = -6; y < 10; y++)
				for (long x = -6; x < 12; x++)
				{
					assertEquals(a.get(x, y, z), m.contains(x, y, z));
					if (!a.get(x, y, z))
						continue;
					n++;
					sum[0] += x;
					sum[1] += y;
					sum[2] += z;
					minX = Math.min(minX, x);
					minY = Math.min(minY, y);
					minZ = Math.min(minZ, z);
					maxX = Math.max(maxX, x + 1);
					maxY = Math.max(maxY, y + 1);
					maxZ = Math.max(maxZ, z + 1);
				}
		assertEquals(n, m.volume());
		if (n > 0)
		{
			assertEquals(new Box3(minX, minY, minZ, maxX, maxY, maxZ), m.box());
			assertArrayEquals(new double[] { sum[0] / n, sum[1] / n, sum[2] / n }, VolumeMasks.centroid(m), 1e-9);
		}
	}

	@Property(tries = 400)
	void binaryOperationsMatchDense(@ForAll("volumes") final Dense a, @ForAll("volumes") final Dense b, @ForAll("volumes") final Dense windowShape)
	{
		final VolumeMask ma = a.toMask(), mb = b.toMask();
		final Box3 window = Box3.ofSize(windowShape.x0, windowShape.y0, windowShape.z0, windowShape.w, windowShape.h, windowShape.d);
		final VolumeMask union = VolumeMasks.union(List.of(ma, mb)), inter = VolumeMasks.intersection(ma, mb), diff = VolumeMasks.subtract(ma, mb), clip = VolumeMasks.clip(ma, window);
		long in = 0, un = 0, inW = 0, aW = 0;
		for (long z = -6; z < 10; z++)
			for (long y = -6; y < 10; y++)
				for (long x = -6; x < 12; x++)
				{
					final boolean pa = a.get(x, y, z), pb = b.get(x, y, z), w = window.contains(x, y, z);
					in += pa && pb ? 1 : 0;
					un += pa || pb ? 1 : 0;
					inW += pa && pb && w ? 1 : 0;
					aW += pa && w ? 1 : 0;
					assertEquals(pa || pb, union.contains(x, y, z));
					assertEquals(pa && pb, inter.contains(x, y, z));
					assertEquals(pa && !pb, diff.contains(x, y, z));
					assertEquals(pa && w, clip.contains(x, y, z));
				}
		assertEquals(in, VolumeMasks.intersectionVolume(ma, mb));
		assertEquals(inW, VolumeMasks.intersectionVolume(ma, mb, window));
		assertEquals(aW, VolumeMasks.volume(ma, window));
		assertEquals(un, union.volume());
		assertEquals(un == 0 ? 0 : (double) in / un, VolumeMasks.iou(ma, mb), 1e-12);
		final long small = Math.min(ma.volume(), mb.volume());
		assertEquals(small == 0 ? 0 : (double) in / small, VolumeMasks.ios(ma, mb), 1e-12);
	}

	@Property(tries = 400)
	void distanceMatchesAllVoxelPairs(@ForAll("volumes") final Dense a, @ForAll("volumes") final Dense b, @ForAll("voxels") final VoxelSize voxel)
	{
		final VolumeMask ma = a.toMask(), mb = b.toMask();
		double best = Double.POSITIVE_INFINITY;
		for (long z = -4; z < 8; z++)
			for (long y = -4; y < 9; y++)
				for (long x = -4; x < 10; x++)
					if (a.get(x, y, z))
						best = Math.min(best, nearest(b, x, y, z, voxel));
		for (final double bound : new double[] { 1e9, 3, 1.5 })
		{
			final double expected = best > bound ? Double.POSITIVE_INFINITY : best;
			assertEquals(expected, VolumeMasks.distance(ma, mb, bound, voxel), 1e-9, "bound " + bound);
			if (VolumeMasks.intersectionVolume(ma, mb) == 0)
				assertEquals(expected, VolumeMasks.disjointDistance(ma, mb, bound, voxel), 1e-9, "disjoint, bound " + bound);
		}
	}

	private static double nearest(final Dense b, final long x, final long y, final long z, final VoxelSize v)
	{
		double best = Double.POSITIVE_INFINITY;
		for (long k = -4; k < 8; k++)
			for (long j = -4; j < 9; j++)
				for (long i = -4; i < 10; i++)
					if (b.get(i, j, k))
					{
						final double dx = (i - x) * v.scaleX(), dy = (j - y) * v.scaleY(), dz = (k - z) * v.scaleZ();
						best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz));
					}
		return best;
	}
}
