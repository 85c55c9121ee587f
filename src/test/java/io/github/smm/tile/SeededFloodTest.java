package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The n-dimensional distance transform against brute force, and the two orderings of the flood against each other. */
class SeededFloodTest
{
	/** A padded random 3D mask: a layer of background on every face. */
	private static boolean[] randomMask(final Random r, final int w, final int h, final int d, final double fill)
	{
		final boolean[] in = new boolean[w * h * d];
		for (int z = 1; z < d - 1; z++)
			for (int y = 1; y < h - 1; y++)
				for (int x = 1; x < w - 1; x++)
					in[(z * h + y) * w + x] = r.nextDouble() < fill;
		return in;
	}

	@Test
	void squaredDistanceIsTheBruteForceMinimumWithAnisotropicSpacing()
	{
		final Random r = new Random(3);
		for (final double[] spacing : new double[][] { { 1, 1, 1 }, { 1, 1, 3 }, { 0.5, 0.5, 2.25 }, { 1, 2, 1 } })
		{
			final int w = 9 + r.nextInt(5), h = 7 + r.nextInt(5), d = 6 + r.nextInt(4);
			final boolean[] in = randomMask(r, w, h, d, 0.9);
			final double[] d2 = SeededFlood.squaredDistance(in, new int[] { w, h, d }, spacing);
			for (int i = 0; i < in.length; i++)
			{
				double best = in[i] ? Double.POSITIVE_INFINITY : 0;
				for (int j = 0; j < in.length && in[i]; j++)
					if (!in[j])
					{
						final double dx = (i % w - j % w) * spacing[0], dy = (i / w % h - j / w % h) * spacing[1], dz = (i / (w * h) - j / (w * h)) * spacing[2];
						best = Math.min(best, dx * dx + dy * dy + dz * dz);
					}
				assertEquals(best, d2[i], 1e-9 * (1 + best), "voxel " + i + " at spacing " + java.util.Arrays.toString(spacing));
			}
		}
	}

	/**
	 * With whole-number spacing the lower envelopes are taken one run of foreground at a time
	 * (each with its bounding background elements): the result must be the brute-force minimum
	 * to the last bit, also for masks without padding (runs reaching the ends of their lines),
	 * sparse or dense, in 2D and 3D.
	 */
	@Test
	void wholeNumberSpacingGivesTheExactBruteForceMinimum()
	{
		final Random r = new Random(11);
		for (int trial = 0; trial < 60; trial++)
		{
			final double[] spacing = { 1 + r.nextInt(3), 1 + r.nextInt(3), 1 + r.nextInt(3) };
			final int w = 1 + r.nextInt(12), h = 1 + r.nextInt(10), d = trial % 3 == 0 ? 1 : 1 + r.nextInt(7);
			final double fill = new double[] { 0.3, 0.7, 0.95, 1 }[trial % 4];
			final boolean[] in = new boolean[w * h * d];
			for (int i = 0; i < in.length; i++)
				in[i] = r.nextDouble() < fill;
			final int[] dims = d == 1 ? new int[] { w, h } : new int[] { w, h, d };
			final double[] d2 = SeededFlood.squaredDistance(in, dims, d == 1 ? new double[] { spacing[0], spacing[1] } : spacing);
			double extent = w * spacing[0] + h * spacing[1] + (d == 1 ? 0 : d * spacing[2]);
			boolean anyOut = false;
			for (final boolean b : in)
				anyOut |= !b;
			for (int i = 0; i < in.length; i++)
			{
				double best = in[i] ? Double.POSITIVE_INFINITY : 0;
				for (int j = 0; j < in.length && in[i]; j++)
					if (!in[j])
					{
						final double dx = (i % w - j % w) * spacing[0], dy = (i / w % h - j / w % h) * spacing[1], dz = (i / (w * h) - j / (w * h)) * spacing[2];
						best = Math.min(best, dx * dx + dy * dy + dz * dz);
					}
				if (!anyOut)
					best = extent * extent;
				assertEquals(best, d2[i], 0, "element " + i + " of trial " + trial + " (" + w + "x" + h + "x" + d + ", spacing " + java.util.Arrays.toString(spacing) + ")");
			}
		}
	}

	@Test
	void countingAndRankOrderAgreeOnWholeNumbers()
	{
		final Random r = new Random(8);
		final boolean[] in = randomMask(r, 20, 17, 9, 0.95);
		final double[] d2 = SeededFlood.squaredDistance(in, new int[] { 20, 17, 9 }, new double[] { 1, 1, 2 });
		final int[] counted = SeededFlood.order(in, d2);
		// the same heights plus a tiny fraction that keeps their order: whole numbers no longer, so ranks are used
		final double[] shifted = d2.clone();
		for (int i = 0; i < shifted.length; i++)
			shifted[i] += 1.0 / 1024;
		assertArrayEquals(counted, SeededFlood.order(in, shifted));
		for (int k = 1; k < counted.length; k++)
		{
			final int a = counted[k - 1], b = counted[k];
			assertEquals(true, d2[a] > d2[b] || d2[a] == d2[b] && a < b, "decreasing height, ties by index at " + k);
		}
	}

	@Test
	void aThickOneSliceVolumeFloodsLikeTheTwoDimensionalSplit()
	{
		final int w = 40, h = 30, n = w * h;
		final boolean[] in = new boolean[n];
		for (final int[] c : new int[][] { { 12, 15, 9 }, { 26, 15, 8 } })
			for (int y = 1; y < h - 1; y++)
				for (int x = 1; x < w - 1; x++)
					in[y * w + x] |= (x - c[0]) * (x - c[0]) + (y - c[1]) * (y - c[1]) <= c[2] * c[2];
		final double[] flat = SeededFlood.squaredDistance(in, new int[] { w, h }, new double[] { 1, 1 });
		final int[] flatParts = SeededFlood.parts(in, flat, new int[] { -1, 1, -w, w }, 1);
		// the same slice between two background slices, a z step far longer than the discs
		final boolean[] volume = new boolean[3 * n];
		System.arraycopy(in, 0, volume, n, n);
		final double[] deep = SeededFlood.squaredDistance(volume, new int[] { w, h, 3 }, new double[] { 1, 1, 1000 });
		final int[] deepParts = SeededFlood.parts(volume, deep, new int[] { -1, 1, -w, w, -n, n }, 1);
		for (int i = 0; i < n; i++)
		{
			assertEquals(flat[i], deep[n + i], "distance at pixel " + i);
			assertEquals(flatParts[i], deepParts[n + i], "part at pixel " + i);
		}
		int parts = 0;
		for (final int p : flatParts)
			parts = Math.max(parts, p + 1);
		assertEquals(2, parts, "two touching discs, two parts");
	}
}
