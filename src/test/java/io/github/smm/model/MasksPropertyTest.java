package io.github.smm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Every mask operation against a brute-force bitmap on thousands of random masks. */
class MasksPropertyTest
{
	private static final int CASES = 4000;

	private static long[] range(final Bitmap a, final Bitmap b)
	{
		return new long[] { Math.min(a.x0, b.x0) - 2, Math.min(a.y0, b.y0) - 2, Math.max(a.x0 + a.w, b.x0 + b.w) + 2, Math.max(a.y0 + a.h, b.y0 + b.h) + 2 };
	}

	@Test
	void areaBoxAndContainsMatchBitmap()
	{
		final Random rnd = new Random(1);
		for (int c = 0; c < CASES; c++)
		{
			final Bitmap a = Bitmap.random(rnd, c % 2 == 0 ? 0 : 5_000_000_000L);
			final RleMask m = a.toMask();
			assertEquals(a.area(), m.area());
			long minX = Long.MAX_VALUE, minY = Long.MAX_VALUE, maxX = Long.MIN_VALUE, maxY = Long.MIN_VALUE;
			for (long y = a.y0 - 1; y <= a.y0 + a.h; y++)
				for (long x = a.x0 - 1; x <= a.x0 + a.w; x++)
				{
					assertEquals(a.get(x, y), m.contains(x, y));
					if (a.get(x, y))
					{
						minX = Math.min(minX, x);
						minY = Math.min(minY, y);
						maxX = Math.max(maxX, x + 1);
						maxY = Math.max(maxY, y + 1);
					}
				}
			if (a.area() > 0)
				assertEquals(new Box(minX, minY, maxX, maxY), m.box());
			else
				assertTrue(m.isEmpty());
		}
	}

	@Test
	void binaryOperationsMatchBitmap()
	{
		final Random rnd = new Random(2);
		for (int c = 0; c < CASES; c++)
		{
			final long base = c % 3 == 0 ? -3_000_000_000L : 0;
			final Bitmap a = Bitmap.random(rnd, base), b = Bitmap.random(rnd, base);
			final RleMask ma = a.toMask(), mb = b.toMask();
			final long[] r = range(a, b);
			final Box window = new Box(r[0] + rnd.nextInt(8), r[1] + rnd.nextInt(8), r[2] - rnd.nextInt(8), r[3] - rnd.nextInt(8));
			long inter = 0, uni = 0, interW = 0, uniW = 0, areaAW = 0;
			final RleMask union = Masks.union(ma, mb), intersection = Masks.intersection(ma, mb), diff = Masks.subtract(ma, mb), clip = Masks.clip(ma, window);
			for (long y = r[1]; y < r[3]; y++)
				for (long x = r[0]; x < r[2]; x++)
				{
					final boolean pa = a.get(x, y), pb = b.get(x, y), inW = window.contains(x, y);
					inter += pa && pb ? 1 : 0;
					uni += pa || pb ? 1 : 0;
					interW += pa && pb && inW ? 1 : 0;
					uniW += (pa || pb) && inW ? 1 : 0;
					areaAW += pa && inW ? 1 : 0;
					assertEquals(pa || pb, union.contains(x, y));
					assertEquals(pa && pb, intersection.contains(x, y));
					assertEquals(pa && !pb, diff.contains(x, y));
					assertEquals(pa && inW, clip.contains(x, y));
				}
			assertEquals(inter, Masks.intersectionArea(ma, mb));
			assertEquals(interW, Masks.intersectionArea(ma, mb, window));
			assertEquals(areaAW, Masks.area(ma, window));
			assertEquals(uni == 0 ? 0 : (double) inter / uni, Masks.iou(ma, mb), 1e-12);
			assertEquals(uniW == 0 ? 0 : (double) interW / uniW, Masks.iou(ma, mb, window), 1e-12);
			final long small = Math.min(a.area(), b.area());
			assertEquals(small == 0 ? 0 : (double) inter / small, Masks.ios(ma, mb), 1e-12);
			assertEquals(union.area(), uni);
			assertEquals(Masks.union(List.of(ma, mb)), union);
		}
	}

	@Test
	void distanceMatchesBruteForceWithBound()
	{
		final Random rnd = new Random(3);
		int finite = 0;
		for (int c = 0; c < CASES; c++)
		{
			final Bitmap a = Bitmap.random(rnd, 0), b = Bitmap.random(rnd, rnd.nextInt(20));
			final List<long[]> pa = pixels(a), pb = pixels(b);
			double best = Double.POSITIVE_INFINITY;
			for (final long[] p : pa)
				for (final long[] q : pb)
					best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1]));
			final double bound = rnd.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : rnd.nextDouble() * 20;
			final double d = Masks.distance(a.toMask(), b.toMask(), bound);
			if (Masks.intersectionArea(a.toMask(), b.toMask()) == 0)
				assertEquals(d, Masks.disjointDistance(a.toMask(), b.toMask(), bound), 0, "case " + c + ": the disjoint search agrees");
			if (best <= bound)
			{
				assertEquals(best, d, 1e-12, "case " + c);
				finite++;
			}
			else
				assertEquals(Double.POSITIVE_INFINITY, d, "case " + c + " should exceed bound " + bound);
		}
		assertTrue(finite > CASES / 4, "too few cases within the bound: " + finite);
	}

	@Test
	void builderMergesRunsInAnyOrder()
	{
		final Random rnd = new Random(4);
		for (int c = 0; c < 500; c++)
		{
			final Bitmap a = Bitmap.random(rnd, 0);
			final List<long[]> runs = new ArrayList<>();
			for (final long[] p : pixels(a))
				runs.add(new long[] { p[1], p[0], p[0] + 1 + rnd.nextInt(2) });
			java.util.Collections.shuffle(runs, rnd);
			final RleMaskBuilder b = RleMask.builder();
			final Bitmap expected = new Bitmap(a.x0, a.y0, a.w + 2, a.h);
			for (final long[] r : runs)
			{
				b.addRun(r[0], r[1], r[2]);
				for (long x = r[1]; x < r[2]; x++)
					expected.bits[(int) ((r[0] - a.y0) * expected.w + x - a.x0)] = true;
			}
			assertEquals(expected.toMask(), b.build());
		}
	}

	@Test
	void translateMovesEveryPixel()
	{
		final Random rnd = new Random(5);
		for (int c = 0; c < 200; c++)
		{
			final Bitmap a = Bitmap.random(rnd, 0);
			final RleMask m = a.toMask().translate(7_000_000_000L, -3);
			for (final long[] p : pixels(a))
				assertTrue(m.contains(p[0] + 7_000_000_000L, p[1] - 3));
			assertEquals(a.area(), m.area());
		}
	}

	private static List<long[]> pixels(final Bitmap a)
	{
		final List<long[]> out = new ArrayList<>();
		for (int y = 0; y < a.h; y++)
			for (int x = 0; x < a.w; x++)
				if (a.bits[y * a.w + x])
					out.add(new long[] { a.x0 + x, a.y0 + y });
		return out;
	}
}
