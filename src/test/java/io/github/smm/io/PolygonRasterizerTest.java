package io.github.smm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

class PolygonRasterizerTest
{
	@Test
	void pixelEdgeRectangleCoversExactlyItsPixels()
	{
		assertEquals(RleMask.rectangle(new Box(2, 3, 6, 5)), PolygonRasterizer.fill(new double[] { 2, 3, 6, 3, 6, 5, 2, 5 }));
	}

	@Test
	void centreOnLeftAndTopEdgeIsInsideOnRightAndBottomOutside()
	{
		// vertices through pixel centres: columns 0.5..3.5 hold the centres of pixels 0, 1, 2 (3 is on the right edge)
		assertEquals(RleMask.rectangle(new Box(0, 1, 3, 3)), PolygonRasterizer.fill(new double[] { 0.5, 1.5, 3.5, 1.5, 3.5, 3.5, 0.5, 3.5 }));
	}

	@Test
	void neighboursSharingAnEdgeShareNoPixelAndLeaveNoGap()
	{
		final RleMask left = PolygonRasterizer.fill(new double[] { 0, 0, 2.5, 0, 4.5, 6, 0, 6 });
		final RleMask right = PolygonRasterizer.fill(new double[] { 2.5, 0, 8, 0, 8, 6, 4.5, 6 });
		assertEquals(0, Masks.intersectionArea(left, right));
		assertEquals(RleMask.rectangle(new Box(0, 0, 8, 6)), Masks.union(left, right));
	}

	@Test
	void ringsTogetherMakeAHoleWhileTheUnionDoesNot()
	{
		final double[] outer = { 0, 0, 6, 0, 6, 6, 0, 6 }, inner = { 2, 2, 4, 2, 4, 4, 2, 4 };
		final RleMask withHole = PolygonRasterizer.fillAll(List.of(outer, inner));
		assertEquals(32, withHole.area());
		assertFalse(withHole.contains(2, 2));
		assertEquals(RleMask.rectangle(new Box(0, 0, 6, 6)), PolygonRasterizer.union(List.of(outer, inner)));
	}

	@Test
	void selfIntersectingBowTieFollowsEvenOdd()
	{
		final RleMask m = PolygonRasterizer.fill(new double[] { 0, 0, 10, 10, 10, 0, 0, 10 });
		assertEquals(bruteForce(List.of(new double[] { 0, 0, 10, 10, 10, 0, 0, 10 }), new Box(-1, -1, 12, 12)), m);
		assertTrue(m.contains(1, 5) && !m.contains(5, 1));
	}

	@Test
	void randomPolygonsMatchBruteForcePixelCentreTest()
	{
		final Random rnd = new Random(3);
		for (int trial = 0; trial < 200; trial++)
		{
			final int rings = 1 + rnd.nextInt(2), kind = trial % 3;
			final List<double[]> polys = new ArrayList<>();
			for (int r = 0; r < rings; r++)
			{
				final int n = 3 + rnd.nextInt(7);
				final double[] xy = new double[2 * n];
				for (int i = 0; i < xy.length; i++)
				{
					final double v = rnd.nextDouble() * 16 - 3;
					xy[i] = kind == 0 ? Math.rint(v) : kind == 1 ? Math.rint(2 * v) / 2 : v;
				}
				polys.add(xy);
			}
			final Box search = new Box(-4, -4, 14, 14);
			assertEquals(bruteForce(polys, search), PolygonRasterizer.fillAll(polys), "trial " + trial);
			final List<RleMask> each = new ArrayList<>();
			for (final double[] p : polys)
				each.add(bruteForce(List.of(p), search));
			assertEquals(Masks.union(each), PolygonRasterizer.union(polys), "union, trial " + trial);
		}
	}

	@Test
	void nearlyDegenerateCrossingsAreDecidedExactly()
	{
		// an edge passing within 1e-17 of pixel centre (2.5, 0.5): just left of it, the centre is inside
		final double eps = Math.ulp(2.5);
		final double[] xy = { 2.5 - eps, -10, 2.5 - eps, 10, 9, 10, 9, -10 };
		final RleMask m = PolygonRasterizer.fill(xy);
		assertTrue(m.contains(2, 0));
		// edges whose crossing lies within 1e-16 of a pixel centre, where the plain double formula
		// evaluates to exactly 0 and would put the centre on the wrong side
		final double[] a = { 7.0, 4.142857142857143, 36.0, 0.0, 50, 0, 50, 4.142857142857143 };
		final RleMask ma = PolygonRasterizer.fill(a);
		assertEquals(bruteForce(List.of(a), new Box(0, -1, 52, 6)), ma);
		assertFalse(ma.contains(32, 0), "centre (32.5, 0.5) is just left of the edge, outside");
		final double[] b = { 27.1, 11.142857142857142, 51.1, 9.0, 60, 9, 60, 11.142857142857142 };
		final RleMask mb = PolygonRasterizer.fill(b);
		assertEquals(bruteForce(List.of(b), new Box(20, 8, 62, 13)), mb);
		assertFalse(mb.contains(45, 9), "centre (45.5, 9.5) is just left of the edge, outside");
	}

	@Test
	void malformedPolygonsAreNamed()
	{
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolygonRasterizer.fill(new double[] { 0, 0, 1, 1 }));
		assertTrue(e.getMessage().contains("2 points"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> PolygonRasterizer.union(List.of(new double[] { 0, 0, 1, 0, 1, 1 }, new double[] { 0, 0, 1, Double.NaN, 1, 1 })));
		assertTrue(e.getMessage().contains("polygon 1, point 1"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> PolygonRasterizer.fill(new double[] { 0, 0, 1, 0, 1 }));
	}

	@Test
	void zeroAreaPolygonIsEmpty()
	{
		assertTrue(PolygonRasterizer.fill(new double[] { 0, 0, 5, 5, 10, 10 }).isEmpty());
	}

	/** Every pixel of {@code search} tested on its own: centre inside by even-odd, exact arithmetic. */
	static RleMask bruteForce(final List<double[]> rings, final Box search)
	{
		final List<BigDecimal[]> edges = new ArrayList<>();
		for (final double[] xy : rings)
		{
			final int n = xy.length / 2;
			for (int i = 0; i < n; i++)
			{
				final int j = (i + 1) % n;
				edges.add(new BigDecimal[] { new BigDecimal(xy[2 * i]), new BigDecimal(xy[2 * i + 1]), new BigDecimal(xy[2 * j]), new BigDecimal(xy[2 * j + 1]) });
			}
		}
		final boolean[] bits = new boolean[(int) search.area()];
		final int w = (int) search.width();
		for (long y = search.minY; y < search.maxY; y++)
			for (long x = search.minX; x < search.maxX; x++)
			{
				final BigDecimal cx = BigDecimal.valueOf(2 * x + 1).multiply(HALF), cy = BigDecimal.valueOf(2 * y + 1).multiply(HALF);
				int count = 0;
				for (final BigDecimal[] e : edges)
				{
					final BigDecimal x1 = e[0], y1 = e[1], x2 = e[2], y2 = e[3];
					if (y1.min(y2).compareTo(cy) > 0 || cy.compareTo(y1.max(y2)) >= 0)
						continue;
					// crossing x <= cx  <=>  (cx - x1)(y2 - y1) - (cy - y1)(x2 - x1) has the sign of (y2 - y1) or is 0
					final BigDecimal d = cx.subtract(x1).multiply(y2.subtract(y1)).subtract(cy.subtract(y1).multiply(x2.subtract(x1)));
					if (d.signum() == 0 || d.signum() == y2.subtract(y1).signum())
						count++;
				}
				bits[(int) ((y - search.minY) * w + (x - search.minX))] = count % 2 == 1;
			}
		return RleMask.fromBitmap(bits, w, (int) search.height(), search.minX, search.minY);
	}

	private static final BigDecimal HALF = new BigDecimal("0.5");
}
