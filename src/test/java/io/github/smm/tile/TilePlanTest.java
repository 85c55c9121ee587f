package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.smm.InvalidOptionException;
import io.github.smm.model.Box;

class TilePlanTest
{
	/** Plans over small images with every policy, order and a spread of sizes and overlaps. */
	private static List<TilePlan> plans()
	{
		final List<TilePlan> plans = new ArrayList<>();
		final long[][] sizes = { { 1, 1 }, { 7, 5 }, { 64, 64 }, { 100, 37 }, { 37, 100 }, { 130, 130 }, { 257, 91 } };
		final int[] tiles = { 1, 8, 16, 32, 50 };
		for (final long[] wh : sizes)
			for (final int t : tiles)
				if (t > 1 || wh[0] * wh[1] <= 100)
					for (final Overlap o : new Overlap[] { Overlap.pixels(0), Overlap.pixels(t / 4), Overlap.ratio(0.2), Overlap.pixels(t - 1) })
						for (final EdgePolicy p : EdgePolicy.values())
							for (final SweepOrder s : SweepOrder.values())
								plans.add(TilePlan.of(wh[0], wh[1], t, o).withEdgePolicy(p).withSweepOrder(s));
		plans.add(TilePlan.of(90, 60, 20, Overlap.pixels(3)).withTileSize(30, 20));
		return plans;
	}

	@Test
	void everyPixelIsInATile()
	{
		for (final TilePlan plan : plans())
		{
			final int w = (int) plan.imageWidth(), h = (int) plan.imageHeight();
			final int[] cover = new int[w * h];
			for (int k = 0; k < plan.tileCount(); k++)
			{
				final Box win = plan.tile(k).window();
				for (long y = win.minY; y < win.maxY; y++)
					for (long x = win.minX; x < win.maxX; x++)
						cover[(int) (y * w + x)]++;
			}
			for (int p = 0; p < cover.length; p++)
				{
				final int pixel = p;
				assertTrue(cover[p] >= 1, () -> plan + ": pixel " + pixel % w + "," + pixel / w + " is in no tile");
			}
		}
	}

	@Test
	void shiftedTilesAreFullSizeAndInsideTheImage()
	{
		for (final TilePlan plan : plans())
		{
			if (plan.edgePolicy() != EdgePolicy.SHIFT)
				continue;
			for (int k = 0; k < plan.tileCount(); k++)
			{
				final Tile t = plan.tile(k);
				assertEquals(t.region(), t.window(), () -> plan + " " + t);
				assertTrue(plan.image().contains(t.region()), () -> plan + " " + t);
				assertEquals(plan.tileWidth(), t.region().width(), () -> plan + " " + t);
				assertEquals(plan.tileHeight(), t.region().height(), () -> plan + " " + t);
			}
		}
	}

	@Test
	void paddedTilesKeepTheirSizeAndClipTheirWindow()
	{
		final TilePlan plan = TilePlan.of(100, 37, 32, Overlap.pixels(8)).withEdgePolicy(EdgePolicy.PAD);
		assertEquals(4, plan.columns()); // x at 0, 24, 48, 72
		assertEquals(2, plan.rows()); // y at 0, 24
		for (int k = 0; k < plan.tileCount(); k++)
		{
			final Tile t = plan.tile(k);
			assertEquals(32, t.region().width());
			assertEquals(32, t.region().height());
			assertEquals(t.region().intersect(plan.image()), t.window());
		}
		final Tile corner = plan.tile(plan.tileCount() - 1);
		assertEquals(new Box(72, 24, 104, 56), corner.region());
		assertEquals(new Box(72, 24, 100, 37), corner.window());
		assertTrue(corner.isPadded());
	}

	@Test
	void sahiSlicesWithRatioOverlap()
	{
		final TilePlan plan = TilePlan.of(1000, 600, 512, Overlap.ratio(0.2));
		assertEquals(102, plan.overlapX());
		assertEquals(SweepOrder.COLUMNS, plan.sweepOrder());
		// x: 0, 410, then 820 shifted to 1000 - 512 = 488; y: 0, then 410 shifted to 88
		assertEquals(new Box(0, 0, 512, 512), plan.tile(0).region());
		assertEquals(new Box(0, 88, 512, 600), plan.tile(1).region());
		assertEquals(new Box(410, 0, 922, 512), plan.tile(2).region());
		assertEquals(new Box(488, 88, 1000, 600), plan.tile(5).region());
		assertEquals(30, TilePlan.of(3000, 3000, 300, Overlap.ratio(0.1)).overlapX());
		assertEquals(29, TilePlan.of(300, 300, 100, Overlap.ratio(0.29)).overlapX());
	}

	@Test
	void eachTileIsReadOnceInTheSchedule()
	{
		for (final TilePlan plan : plans())
		{
			final Set<Box> regions = new HashSet<>();
			for (int k = 0; k < plan.tileCount(); k++)
			{
				final TileStep step = plan.step(k);
				assertEquals(k, step.loaded().index());
				assertEquals(step.loaded(), step.released());
				assertTrue(regions.add(step.loaded().region()), () -> plan + ": region read twice " + step.loaded());
			}
			assertEquals(plan.tileCount(), plan.tileReads());
			assertEquals(plan.columns() * plan.rows(), regions.size());
		}
	}

	@Test
	void autoSweepRunsItsBandsAlongTheShorterSide()
	{
		assertEquals(SweepOrder.ROWS, TilePlan.of(100, 100, 10, Overlap.pixels(0)).sweepOrder());
		assertEquals(SweepOrder.ROWS, TilePlan.of(100, 500, 10, Overlap.pixels(0)).sweepOrder());
		assertEquals(SweepOrder.COLUMNS, TilePlan.of(500, 100, 10, Overlap.pixels(0)).sweepOrder());
		final TilePlan tall = TilePlan.of(100, 500, 10, Overlap.pixels(0));
		assertEquals(10, tall.tilesPerBand());
		assertEquals(50, tall.bandCount());
		assertEquals(SweepOrder.COLUMNS, tall.withSweepOrder(SweepOrder.COLUMNS).sweepOrder());
	}

	@Test
	void tilesComeBandByBandInOrder()
	{
		for (final TilePlan plan : plans())
		{
			final boolean rows = plan.sweepOrder() == SweepOrder.ROWS;
			for (int k = 1; k < plan.tileCount(); k++)
			{
				final Box a = plan.tile(k - 1).region(), b = plan.tile(k).region();
				final long sweepA = rows ? a.minY : a.minX, sweepB = rows ? b.minY : b.minX;
				final long crossA = rows ? a.minX : a.minY, crossB = rows ? b.minX : b.minY;
				final int tile = k;
				if (plan.tile(k).position() == 0)
					assertTrue(sweepB > sweepA, () -> plan + ": band " + plan.tile(tile).band() + " does not advance");
				else
					assertTrue(sweepB == sweepA && crossB > crossA, () -> plan + ": tile " + tile + " out of order");
			}
		}
	}

	@Test
	void finalityHoldsAgainstEveryLaterTile()
	{
		final double[] radii = { 0, 1, 2.5, 5 };
		for (final TilePlan plan : plans())
		{
			if (plan.tileCount() > 1000)
				continue; // stride-1 plans: quadratic here, and nothing new
			final boolean rows = plan.sweepOrder() == SweepOrder.ROWS;
			final long extent = rows ? plan.imageHeight() : plan.imageWidth();
			for (int b = 0; b + 1 < plan.bandCount(); b++)
			{
				// the nearest pixel any later instance can have, along the sweep axis
				long lead = Long.MAX_VALUE;
				for (int k = (b + 1) * plan.tilesPerBand(); k < plan.tileCount(); k++)
				{
					final Box w = plan.tile(k).window();
					lead = Math.min(lead, rows ? w.minY : w.minX);
					assertTrue(plan.finalRegion(b).intersect(w).isEmpty(), () -> plan + ": a final region meets " + w);
				}
				assertEquals(plan.finalLimit(b), lead, plan.toString());
				for (final double rho : radii)
					for (long edge = 1; edge <= extent; edge++)
					{
						final Box box = rows ? new Box(0, edge - 1, 1, edge) : new Box(edge - 1, 0, edge, 1);
						// a later instance may lie anywhere from the lead on, also level with the box
						final long at = Math.max(lead, edge - 1);
						final Box nearest = rows ? new Box(0, at, 1, at + 1) : new Box(at, 0, at + 1, 1);
						final long e = edge;
						final int band = b;
						assertEquals(box.gap(nearest) > rho, plan.isFinalAfterBand(box, b, rho), () -> plan + ": box ending at " + e + ", band " + band + ", rho " + rho);
					}
			}
			assertTrue(plan.isFinalAfterBand(plan.image(), plan.bandCount() - 1, 1e9));
		}
	}

	@Test
	void finalRegionsTileTheImage()
	{
		for (final TilePlan plan : plans())
		{
			long area = 0;
			for (int b = 0; b < plan.bandCount(); b++)
			{
				area += plan.finalRegion(b).area();
				assertTrue(plan.step((b + 1) * plan.tilesPerBand() - 1).endsBand());
				assertEquals(plan.finalRegion(b), plan.step((b + 1) * plan.tilesPerBand() - 1).finalRegion());
			}
			assertEquals(plan.imageWidth() * plan.imageHeight(), area, plan.toString());
		}
	}

	@Test
	void peakResidentPixelsStayWithinTwoBandsAndOneTile()
	{
		for (final TilePlan plan : plans())
		{
			assertTrue(plan.peakResidentPixels() <= plan.residentBudget(), plan.describe());
			assertEquals(plan.tilePixels() * plan.tilesPerBand(), plan.bandPixels());
		}
		final TilePlan big = TilePlan.of(40_000, 40_000, 256, Overlap.pixels(32));
		assertEquals(179, big.bandCount());
		assertEquals(179 * 179, big.tileCount());
		assertEquals(256 * 256 + 256 * 40_000L, big.peakResidentPixels());
	}

	@Test
	void safeObjectSizeIsTheLargestObjectNeverSeenByTwoTilesApart()
	{
		for (final TilePlan plan : plans())
		{
			if (plan.tileCount() > 1000)
				continue;
			long safe = Long.MAX_VALUE;
			for (final boolean alongX : new boolean[] { true, false })
			{
				final long extent = alongX ? plan.imageWidth() : plan.imageHeight();
				final List<Box> tiles = new ArrayList<>();
				for (int k = 0; k < plan.tileCount(); k++)
					tiles.add(plan.tile(k).window());
				// the smallest object span [a, a + e) touching two tiles apart along this axis
				for (long e = 1; e <= Math.min(extent, safe); e++)
					if (touchesTwoTilesApart(tiles, e, extent, alongX))
					{
						safe = Math.min(safe, e - 1);
						break;
					}
				safe = Math.min(safe, extent);
			}
			assertEquals(safe, plan.safeObjectSize(), plan.toString());
		}
		assertEquals(107, TilePlan.of(4000, 4000, 512, Overlap.ratio(0.2)).safeObjectSize());
		// without overlap, any object across a seam has fragments from tiles apart
		assertEquals(1, TilePlan.of(4000, 4000, 512, Overlap.pixels(0)).safeObjectSize());
	}

	private static boolean touchesTwoTilesApart(final List<Box> tiles, final long e, final long extent, final boolean alongX)
	{
		for (long a = 0; a + e <= extent; a++)
		{
			final List<long[]> touched = new ArrayList<>();
			for (final Box t : tiles)
			{
				final long lo = alongX ? t.minX : t.minY, hi = alongX ? t.maxX : t.maxY;
				if (lo < a + e && hi > a)
					touched.add(new long[] { lo, hi });
			}
			for (final long[] p : touched)
				for (final long[] q : touched)
					if (p[1] <= q[0])
						return true;
		}
		return false;
	}

	@Test
	void describesItselfReadably()
	{
		final TilePlan plan = TilePlan.of(1000, 600, 512, Overlap.ratio(0.2));
		final String d = plan.describe();
		assertTrue(d.contains("1000 x 600"), d);
		assertTrue(d.contains("tile x at  [0, 410, 488]"), d);
		assertTrue(d.contains("COLUMNS: 3 bands (columns) of 2 tiles = 6 tiles, each read once"), d);
		assertTrue(d.contains("band 0    x [0, 512): tiles 0..1; then final: x < 410"), d);
		assertTrue(d.contains("band 2    x [488, 1000): tiles 4..5; then final: x < 1000 (everything)"), d);
		assertEquals("TilePlan 1000 x 600 px, tiles 512 x 512, overlap 102 x 102 px, SHIFT, COLUMNS: 3 x 2 = 6 tiles", plan.toString());
		final String many = TilePlan.of(40_000, 40_000, 256, Overlap.pixels(32)).describe();
		assertTrue(many.contains("…"), many);
		assertTrue(many.split("\n").length < 15, many);
	}

	@Test
	void badOptionsAreNamed()
	{
		assertEquals("overlap", assertThrows(InvalidOptionException.class, () -> TilePlan.of(100, 100, 16, Overlap.pixels(16))).option());
		assertEquals("overlap", assertThrows(InvalidOptionException.class, () -> Overlap.pixels(-1)).option());
		assertEquals("overlap_ratio", assertThrows(InvalidOptionException.class, () -> Overlap.ratio(1.0)).option());
		assertEquals("tile_size", assertThrows(InvalidOptionException.class, () -> TilePlan.of(100, 100, 0, Overlap.pixels(0))).option());
		assertEquals("image_size", assertThrows(InvalidOptionException.class, () -> TilePlan.of(0, 100, 10, Overlap.pixels(0))).option());
		assertThrows(IndexOutOfBoundsException.class, () -> TilePlan.of(10, 10, 5, Overlap.pixels(0)).tile(4));
		assertFalse(TilePlan.of(10, 10, 5, Overlap.pixels(0)).step(0).endsBand());
	}
}
