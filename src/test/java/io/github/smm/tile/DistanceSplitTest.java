package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/** The seeded watershed on the distance transform, on hand-drawn discs. */
class DistanceSplitTest
{
	/** Discs of radius {@code r} around the centres, in a 60 × 40 bitmap placed at (100, 200). */
	private static Instance discs(final double r, final int... centres)
	{
		final boolean[] bits = new boolean[60 * 40];
		for (int y = 0; y < 40; y++)
			for (int x = 0; x < 60; x++)
				for (int k = 0; k < centres.length; k += 2)
					bits[y * 60 + x] |= (x - centres[k]) * (x - centres[k]) + (y - centres[k + 1]) * (y - centres[k + 1]) <= r * r;
		return new Instance(7, RleMask.fromBitmap(bits, 60, 40, 100, 200), 0.8, 2, new Box(90, 190, 170, 250), 3);
	}

	@Test
	void twoTouchingDiscsBecomeTwoParts()
	{
		final Instance two = discs(8, 15, 20, 29, 20);
		final List<Instance> parts = new DistanceSplit(2).split(two);
		assertEquals(2, parts.size());
		assertEquals(two.area(), parts.get(0).area() + parts.get(1).area(), "every pixel in one part");
		assertEquals(0, io.github.smm.model.Masks.intersectionArea(parts.get(0).mask(), parts.get(1).mask()));
		assertTrue(parts.get(0).mask().contains(115, 220) != parts.get(1).mask().contains(115, 220));
		assertTrue(parts.get(0).mask().contains(129, 220) != parts.get(1).mask().contains(129, 220));
		assertTrue(parts.get(0).mask().contains(115, 220) != parts.get(0).mask().contains(129, 220), "the centres in different parts");
		for (final Instance p : parts)
		{
			assertTrue(Math.abs(p.area() - two.area() / 2.0) <= 8, p.area() + " of " + two.area());
			assertEquals(0.8, p.score());
			assertEquals(2, p.classId());
			assertEquals(3, p.tile());
			assertEquals(two.window(), p.window());
		}
	}

	@Test
	void oneDiscAndAShallowNeckStayWhole()
	{
		assertEquals(1, new DistanceSplit(2).split(discs(8, 20, 20)).size());
		// centres 6 px apart: the saddle between the maxima is less than 2 px below them
		final Instance close = discs(8, 20, 20, 26, 20);
		assertEquals(List.of(close), new DistanceSplit(2).split(close));
		assertEquals(2, new DistanceSplit(0.25).split(discs(8, 20, 20, 32, 20)).size(), "a small depth splits a wider neck too");
	}

	@Test
	void threeDiscsInARowBecomeThreeParts()
	{
		final Instance three = discs(7, 10, 20, 22, 20, 34, 20);
		final List<Instance> parts = new DistanceSplit(2).split(three);
		assertEquals(3, parts.size());
		assertEquals(three.area(), parts.stream().mapToLong(Instance::area).sum());
	}

	@Test
	void partsDependOnTheMaskAloneNotOnItsPosition()
	{
		final Instance a = discs(8, 15, 20, 29, 20);
		final Instance moved = new Instance(1, a.mask().translate(-57, 31), 0.5);
		final List<Instance> pa = new DistanceSplit(2).split(a), pm = new DistanceSplit(2).split(moved);
		assertEquals(pa.size(), pm.size());
		for (int k = 0; k < pa.size(); k++)
			assertEquals(pa.get(k).mask().translate(-57, 31), pm.get(k).mask());
	}

	@Test
	void distanceIsTheExactEuclideanDistanceToTheNearestOutsidePixel()
	{
		final Random r = new Random(3);
		final int w = 23, h = 17;
		final boolean[] in = new boolean[w * h];
		for (int y = 1; y < h - 1; y++)
			for (int x = 1; x < w - 1; x++)
				in[y * w + x] = r.nextDouble() < 0.8;
		final double[] d = DistanceSplit.distance(in, w, h);
		for (int i = 0; i < in.length; i++)
		{
			double best = Double.POSITIVE_INFINITY;
			for (int j = 0; j < in.length; j++)
				if (!in[j])
					best = Math.min(best, Math.hypot(i % w - j % w, i / w - j / w));
			assertEquals(in[i] ? best : 0, d[i], 1e-9, "pixel " + i);
		}
	}

	@Test
	void splittingRenumbersAndFiltersByArea()
	{
		final List<Instance> out = DistanceSplit.splitAll(List.of(discs(8, 15, 20, 29, 20), discs(2, 40, 20)), new DistanceSplit(2), 15);
		assertEquals(2, out.size(), "the small disc (13 px) is dropped, the pair split");
		assertEquals(1, out.get(0).id());
		assertEquals(2, out.get(1).id());
		assertThrows(IllegalArgumentException.class, () -> new DistanceSplit(0));
	}

	/** Random clumps of discs and noisy blobs: the optimised split gives exactly the parts of the plain reference implementation. */
	@Test
	void samePartsAsThePlainReferenceOnRandomClumps()
	{
		final Random r = new Random(11);
		int split = 0;
		for (int trial = 0; trial < 300; trial++)
		{
			final int w = 8 + r.nextInt(70), h = 8 + r.nextInt(70);
			final boolean[] bits = new boolean[w * h];
			final int discs = 1 + r.nextInt(5);
			for (int k = 0; k < discs; k++)
			{
				final double cx = r.nextDouble() * w, cy = r.nextDouble() * h, rad = 2 + r.nextDouble() * 12;
				for (int y = 0; y < h; y++)
					for (int x = 0; x < w; x++)
						bits[y * w + x] |= (x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad;
			}
			for (int i = 0; i < bits.length; i++)
				if (r.nextDouble() < 0.03)
					bits[i] = !bits[i];
			final RleMask mask = RleMask.fromBitmap(bits, w, h, r.nextInt(1000) - 500, r.nextInt(1000) - 500);
			if (mask.area() == 0)
				continue;
			final Instance o = new Instance(5, mask, 0.7, 1, new Box(-600, -600, 600, 600), 4);
			final double depth = new double[] { 0.25, 0.5, 1, 2, 3.5 }[trial % 5];
			final List<Instance> expected = new ReferenceDistanceSplit(depth).split(o), actual = new DistanceSplit(depth).split(o);
			assertEquals(expected.size(), actual.size(), "trial " + trial + ", depth " + depth);
			for (int k = 0; k < expected.size(); k++)
			{
				final Instance e = expected.get(k), a = actual.get(k);
				assertEquals(e.mask(), a.mask(), "trial " + trial + ", part " + k);
				assertEquals(List.of(e.id(), e.score(), e.classId(), e.window(), e.tile()), List.of(a.id(), a.score(), a.classId(), a.window(), a.tile()));
			}
			if (actual.size() > 1)
				split++;
		}
		assertTrue(split > 50, "the clumps exercise splitting: " + split + " of 300 split");
	}

	@Test
	void squaredDistanceIsTheSquareOfTheDistance()
	{
		final Random r = new Random(5);
		final int w = 31, h = 19;
		final boolean[] in = new boolean[w * h];
		for (int y = 1; y < h - 1; y++)
			for (int x = 1; x < w - 1; x++)
				in[y * w + x] = r.nextDouble() < 0.85;
		final double[] d = ReferenceDistanceSplit.distance(in, w, h), d2 = DistanceSplit.squaredDistance(in, w, h);
		for (int i = 0; i < in.length; i++)
		{
			assertEquals(Math.rint(d2[i]), d2[i], "whole number at pixel " + i);
			assertEquals(d[i], Math.sqrt(d2[i]), "pixel " + i);
		}
	}
}
