package io.github.smm.io.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.io.FormatException;
import io.github.smm.model.Box;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/** Polygon rasterisation, polygon merging, and exact pixel outlines. */
class CocoPolygonsTest
{
	@Test
	void rectangleAlongPixelEdgesCoversExactlyItsPixels()
	{
		final double[] xy = { 1, 0, 3, 0, 3, 2, 1, 2 };
		assertEquals(RleMask.rectangle(new Box(1, 0, 3, 2)), CocoPolygons.rasterize(Collections.singletonList(xy), 4, 4));
	}

	@Test
	void polygonsOutsideTheImageAreClipped()
	{
		final double[] xy = { -3, -3, 2, -3, 2, 2, -3, 2 };
		assertEquals(RleMask.rectangle(new Box(0, 0, 2, 2)), CocoPolygons.rasterize(Collections.singletonList(xy), 4, 4));
		final double[] far = { 10, 10, 12, 10, 12, 12 };
		assertEquals(RleMask.EMPTY, CocoPolygons.rasterize(Collections.singletonList(far), 4, 4));
	}

	@Test
	void mergeIsTheUnionInCanonicalCounts()
	{
		final Random rnd = new Random(3);
		for (int trial = 0; trial < 200; trial++)
		{
			final int h = 5 + rnd.nextInt(30), w = 5 + rnd.nextInt(30);
			final double[] a = randomPolygon(rnd, h, w), b = randomPolygon(rnd, h, w), c = randomPolygon(rnd, h, w);
			final RleMask ma = CocoPolygons.rasterize(Collections.singletonList(a), h, w);
			final RleMask mb = CocoPolygons.rasterize(Collections.singletonList(b), h, w);
			final RleMask mc = CocoPolygons.rasterize(Collections.singletonList(c), h, w);
			final RleMask union = Masks.union(Arrays.asList(ma, mb, mc));
			final List<double[]> all = Arrays.asList(a, b, c);
			assertArrayEquals(CocoRle.counts(union, h, w), CocoPolygons.counts(all, h, w), "trial " + trial);
			assertEquals(union, CocoPolygons.rasterize(all, h, w));
		}
	}

	private static double[] randomPolygon(final Random rnd, final int h, final int w)
	{
		final int n = 3 + rnd.nextInt(5);
		final double[] xy = new double[2 * n];
		for (int i = 0; i < n; i++)
		{
			xy[2 * i] = rnd.nextDouble() * (w + 4) - 2;
			xy[2 * i + 1] = rnd.nextDouble() * (h + 4) - 2;
		}
		return xy;
	}

	@Test
	void exactOutlinesRasteriseBackToTheSamePixels()
	{
		final Random rnd = new Random(11);
		int withHoles = 0;
		for (int trial = 0; trial < 200; trial++)
		{
			final int h = 1 + rnd.nextInt(16), w = 1 + rnd.nextInt(16);
			final RleMask mask = RleMask.fromBitmap(CocoRleTest.randomBits(rnd, h, w, rnd.nextDouble()), w, h, 0, 0);
			if (mask.isEmpty())
				continue;
			final org.locationtech.jts.geom.Geometry outline = MaskOutlines.simplify(MaskOutlines.geometry(mask), 0);
			assertEquals(mask.area(), outline.getArea(), 1e-9, "trial " + trial);
			final RleMask back = CocoPolygons.rasterize(MaskOutlines.cocoPolygons(outline), h, w);
			if (MaskOutlines.hasHoles(outline))
			{
				withHoles++;
				assertEquals(mask, Masks.intersection(back, mask), "holes are filled, nothing is lost");
				assertTrue(back.area() > mask.area());
			}
			else
				assertEquals(mask, back, "trial " + trial);
		}
		assertTrue(withHoles > 10, "the random masks exercise holes");
	}

	@Test
	void straightEdgesKeepOnlyCorners()
	{
		final List<double[]> p = MaskOutlines.cocoPolygons(RleMask.rectangle(new Box(2, 3, 7, 5)), 0);
		assertEquals(1, p.size());
		assertEquals(8, p.get(0).length);
		assertFalse(MaskOutlines.hasHoles(MaskOutlines.geometry(RleMask.rectangle(new Box(0, 0, 3, 3)))));
	}

	@Test
	void diagonalNeighboursBecomeSeparatePolygons()
	{
		final RleMask m = RleMask.builder().addRun(0, 0, 1).addRun(1, 1, 2).build();
		final List<double[]> p = MaskOutlines.cocoPolygons(m, 0);
		assertEquals(2, p.size());
		assertEquals(m, CocoPolygons.rasterize(p, 2, 2));
	}

	@Test
	void invalidPolygonsAreRejected()
	{
		assertThrows(FormatException.class, () -> CocoPolygons.counts(new double[] { 0, 0, 1, 1 }, 4, 4));
		assertThrows(FormatException.class, () -> CocoPolygons.counts(new double[] { 0, 0, 1, 1, 2 }, 4, 4));
		assertThrows(FormatException.class, () -> CocoPolygons.counts(new double[] { 0, 0, 1, Double.NaN, 2, 2 }, 4, 4));
		final FormatException e = assertThrows(FormatException.class,
				() -> CocoPolygons.counts(Arrays.asList(new double[] { 0, 0, 1, 0, 1, 1 }, new double[] { 0, 0 }), 4, 4));
		assertTrue(e.getMessage().startsWith("polygon 1:"), e.getMessage());
		assertThrows(FormatException.class, () -> CocoPolygons.counts(Collections.emptyList(), 4, 4));
	}
}
