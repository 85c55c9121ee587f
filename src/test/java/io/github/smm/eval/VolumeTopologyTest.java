package io.github.smm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** 3D pieces and holes on runs against flood fill on a voxel array, on random volumes and a hand-drawn hollow cube. */
class VolumeTopologyTest
{
	private static final Connectivity[] VOLUME = { Connectivity.SIX, Connectivity.EIGHTEEN, Connectivity.TWENTY_SIX };

	@Test
	void hollowCubeHasOneCavity()
	{
		// a 5³ cube with its 3³ centre removed: one piece, one hole of 27 voxels (for every connectivity)
		final int n = 5;
		final boolean[] v = new boolean[n * n * n];
		for (int z = 0; z < n; z++)
			for (int y = 0; y < n; y++)
				for (int x = 0; x < n; x++)
					v[(z * n + y) * n + x] = !(x > 0 && x < 4 && y > 0 && y < 4 && z > 0 && z < 4);
		for (final Connectivity c : VOLUME)
		{
			assertEquals(1, MaskTopology.pieces(rows(v, n, n, n), c));
			// rows() places voxel (x, y, z) at (x + 2, y − 3, z + 10)
			final MaskTopology.Holes h = MaskTopology.holes(rows(v, n, n, n), 2, n + 2, -3, n - 3, 10, n + 10, c);
			assertEquals(1, h.count, c.token());
			assertEquals(27, h.size, c.token());
		}
		// two voxels touching at a corner only: 2 pieces at 6 and 18, 1 at 26
		final boolean[] corner = new boolean[8];
		corner[0] = true;
		corner[7] = true;
		assertEquals(2, MaskTopology.pieces(rows(corner, 2, 2, 2), Connectivity.SIX));
		assertEquals(2, MaskTopology.pieces(rows(corner, 2, 2, 2), Connectivity.EIGHTEEN));
		assertEquals(1, MaskTopology.pieces(rows(corner, 2, 2, 2), Connectivity.TWENTY_SIX));
	}

	@Test
	void agreesWithFloodFill()
	{
		final Random rnd = new Random(5);
		for (int round = 0; round < 300; round++)
		{
			final int w = 1 + rnd.nextInt(6), h = 1 + rnd.nextInt(6), d = 1 + rnd.nextInt(6);
			final double density = 0.3 + 0.6 * rnd.nextDouble();
			final boolean[] v = new boolean[w * h * d];
			for (int i = 0; i < v.length; i++)
				v[i] = rnd.nextDouble() < density;
			// tight box of the voxels (the padded box is what the holes are measured in)
			final int[] box = tightBox(v, w, h, d);
			if (box == null)
				continue;
			for (final Connectivity c : VOLUME)
			{
				final String where = "round " + round + " " + c;
				assertEquals(flood(v, w, h, d, true, c)[0], MaskTopology.pieces(rows(v, w, h, d), c), where);
				final long[] holes = holes(v, w, h, d, box, c.complement());
				final MaskTopology.Holes got = MaskTopology.holes(rows(v, w, h, d), box[0], box[1], box[2], box[3], box[4], box[5], c);
				assertEquals(holes[0], got.count, where);
				assertEquals(holes[1], got.size, where);
			}
		}
	}

	private static MaskTopology.Rows rows(final boolean[] v, final int w, final int h, final int d)
	{
		final MaskTopology.Rows rows = new MaskTopology.Rows();
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					if (v[(z * h + y) * w + x] && (x == 0 || !v[(z * h + y) * w + x - 1]))
					{
						int e = x;
						while (e < w && v[(z * h + y) * w + e])
							e++;
						rows.add(z + 10, y - 3, x + 2, e + 2);
					}
		return rows;
	}

	/** {minX, maxX, minY, maxY, minZ, maxZ} in the coordinates of {@link #rows} (exclusive maxima), null when empty. */
	private static int[] tightBox(final boolean[] v, final int w, final int h, final int d)
	{
		int[] b = null;
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					if (v[(z * h + y) * w + x])
					{
						if (b == null)
							b = new int[] { x + 2, x + 3, y - 3, y - 2, z + 10, z + 11 };
						b[0] = Math.min(b[0], x + 2);
						b[1] = Math.max(b[1], x + 3);
						b[2] = Math.min(b[2], y - 3);
						b[3] = Math.max(b[3], y - 2);
						b[4] = Math.min(b[4], z + 10);
						b[5] = Math.max(b[5], z + 11);
					}
		return b;
	}

	/** Count and size of background regions of the padded tight box that do not reach its border. */
	private static long[] holes(final boolean[] v, final int w, final int h, final int d, final int[] box, final Connectivity bg)
	{
		final int pw = box[1] - box[0] + 2, ph = box[3] - box[2] + 2, pd = box[5] - box[4] + 2;
		final boolean[] padded = new boolean[pw * ph * pd];
		for (int z = 0; z < pd; z++)
			for (int y = 0; y < ph; y++)
				for (int x = 0; x < pw; x++)
				{
					final int vx = x + box[0] - 1 - 2, vy = y + box[2] - 1 + 3, vz = z + box[4] - 1 - 10;
					padded[(z * ph + y) * pw + x] = vx >= 0 && vx < w && vy >= 0 && vy < h && vz >= 0 && vz < d && v[(vz * h + vy) * w + vx];
				}
		final long[] r = flood(padded, pw, ph, pd, false, bg);
		return new long[] { r[1], r[2] };
	}

	/** Flood fill of the voxels equal to {@code value}: {regions, regions not touching the array's border, their size}. */
	private static long[] flood(final boolean[] v, final int w, final int h, final int d, final boolean value, final Connectivity c)
	{
		final int[] label = new int[v.length];
		long regions = 0, inner = 0, innerSize = 0;
		for (int i = 0; i < v.length; i++)
		{
			if (v[i] != value || label[i] != 0)
				continue;
			regions++;
			final ArrayDeque<Integer> todo = new ArrayDeque<>();
			label[i] = 1;
			todo.add(i);
			long size = 0;
			boolean border = false;
			while (!todo.isEmpty())
			{
				final int p = todo.poll();
				size++;
				final int x = p % w, y = p / w % h, z = p / (w * h);
				border |= x == 0 || y == 0 || z == 0 || x == w - 1 || y == h - 1 || z == d - 1;
				for (int dz = -1; dz <= 1; dz++)
					for (int dy = -1; dy <= 1; dy++)
						for (int dx = -1; dx <= 1; dx++)
						{
							final int axes = Math.abs(dx) + Math.abs(dy) + Math.abs(dz);
							if (axes == 0 || c == Connectivity.SIX && axes > 1 || c == Connectivity.EIGHTEEN && axes > 2)
								continue;
							final int nx = x + dx, ny = y + dy, nz = z + dz;
							if (nx < 0 || ny < 0 || nz < 0 || nx >= w || ny >= h || nz >= d)
								continue;
							final int q = (nz * h + ny) * w + nx;
							if (v[q] == value && label[q] == 0)
							{
								label[q] = 1;
								todo.add(q);
							}
						}
			}
			if (!border)
			{
				inner++;
				innerSize += size;
			}
		}
		return new long[] { regions, inner, innerSize };
	}
}
