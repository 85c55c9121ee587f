package io.github.smm.vis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Polygon;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import io.github.smm.ij.Rois;
import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

class OutlinesTest
{
	/** A mask from rows of '#' (pixel) and '.' placed at {@code (x0, y0)}. */
	static RleMask drawn(final long x0, final long y0, final String... rows)
	{
		final boolean[] bits = new boolean[rows.length * rows[0].length()];
		for (int y = 0; y < rows.length; y++)
			for (int x = 0; x < rows[0].length(); x++)
				bits[y * rows[0].length() + x] = rows[y].charAt(x) == '#';
		return RleMask.fromBitmap(bits, rows[0].length(), rows.length, x0, y0);
	}

	@Test
	void rectangleIsOnePolygonWithFourCorners()
	{
		final Roi roi = Outlines.roi(RleMask.rectangle(new Box(3, 5, 10, 8)));
		assertTrue(roi instanceof PolygonRoi);
		final Polygon p = roi.getPolygon();
		assertArrayEquals(new int[] { 3, 10, 10, 3 }, java.util.Arrays.copyOf(p.xpoints, p.npoints));
		assertArrayEquals(new int[] { 5, 5, 8, 8 }, java.util.Arrays.copyOf(p.ypoints, p.npoints));
	}

	@Test
	void lShapeHasSixCornersClockwise()
	{
		final RleMask l = drawn(0, 0, //
				"#..", //
				"#..", //
				"###");
		final Polygon p = Outlines.roi(l).getPolygon();
		assertEquals(6, p.npoints);
		assertArrayEquals(new int[] { 0, 1, 1, 3, 3, 0 }, java.util.Arrays.copyOf(p.xpoints, 6));
		assertArrayEquals(new int[] { 0, 0, 2, 2, 3, 3 }, java.util.Arrays.copyOf(p.ypoints, 6));
	}

	@Test
	void diagonalNeighboursHolesAndPartsKeepTheirExactPixels()
	{
		final List<RleMask> masks = List.of(drawn(7, 2, //
				"#.", //
				".#"), drawn(0, 0, //
						".#", //
						"#."), drawn(-4, -9, //
								"#####", //
								"#.#.#", //
								"##.##", //
								"#.#.#", //
								"#####"), drawn(100, 50, //
										"##..##", //
										"##..##", //
										"......", //
										"..##.."));
		for (final RleMask m : masks)
		{
			final Roi roi = Outlines.roi(m);
			assertEquals(m, Rois.mask(roi), m.toString());
		}
		assertTrue(Outlines.roi(masks.get(0)) instanceof ShapeRoi, "two diagonal pixels are two loops");
	}

	@Test
	void randomMasksRoundTripThroughImageJsMask()
	{
		final Random rnd = new Random(42);
		for (int t = 0; t < 300; t++)
		{
			final int w = 1 + rnd.nextInt(14), h = 1 + rnd.nextInt(14);
			final double density = 0.2 + 0.7 * rnd.nextDouble();
			final boolean[] bits = new boolean[w * h];
			for (int i = 0; i < bits.length; i++)
				bits[i] = rnd.nextDouble() < density;
			final RleMask m = RleMask.fromBitmap(bits, w, h, rnd.nextInt(50) - 25, rnd.nextInt(50) - 25);
			if (m.isEmpty())
				continue;
			assertEquals(m, Rois.mask(Outlines.roi(m)), "case " + t + " " + m);
		}
	}

	@Test
	void emptyAndHugeMasksAreRejected()
	{
		assertThrows(IllegalArgumentException.class, () -> Outlines.roi(RleMask.EMPTY));
		final RleMask far = RleMask.rectangle(new Box(1L << 33, 0, (1L << 33) + 2, 2));
		assertThrows(IllegalArgumentException.class, () -> Outlines.roi(far));
	}
}
