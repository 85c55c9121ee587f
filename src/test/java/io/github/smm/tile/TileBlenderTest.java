package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;
import net.imglib2.Cursor;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

class TileBlenderTest
{
	/** Plans with regular, shifted (large last overlap), padded, triple-covered and overlap-free tiles. */
	private static List<TilePlan> plans()
	{
		return Arrays.asList(
				TilePlan.of(200, 150, 64, Overlap.pixels(16)),
				TilePlan.of(200, 150, 64, Overlap.pixels(16)).withEdgePolicy(EdgePolicy.PAD).withSweepOrder(SweepOrder.ROWS),
				TilePlan.of(150, 200, 48, Overlap.ratio(0.25)).withSweepOrder(SweepOrder.COLUMNS),
				TilePlan.of(200, 150, 40, Overlap.pixels(30)), // stride 10: up to four tiles per pixel along an axis
				TilePlan.of(130, 90, 50, Overlap.pixels(0)).withEdgePolicy(EdgePolicy.PAD),
				TilePlan.of(100, 60, 100, Overlap.pixels(20)), // one tile along each axis (SHIFT shrinks it)
				TilePlan.of(1000, 150, 512, Overlap.ratio(0.2)).withTileSize(512, 64));
	}

	@Test
	void weightsSumToOneEverywhere()
	{
		for (final TilePlan plan : plans())
			for (final Taper taper : Taper.values())
			{
				final BlendWeights w = new BlendWeights(plan, taper);
				final double[] sum = new double[(int) (plan.imageWidth() * plan.imageHeight())];
				for (int k = 0; k < plan.tileCount(); k++)
				{
					final Tile t = plan.tile(k);
					for (long y = t.window().minY; y < t.window().maxY; y++)
						for (long x = t.window().minX; x < t.window().maxX; x++)
						{
							final double v = w.weight(t, x, y);
							if (!(v > 0 && v <= 1))
								throw new AssertionError(plan + " " + t + ": weight " + v + " at " + x + "," + y);
							sum[(int) (y * plan.imageWidth() + x)] += v;
						}
					assertEquals(0, w.weight(t, t.region().maxX, t.region().minY));
				}
				for (int p = 0; p < sum.length; p++)
					if (Math.abs(sum[p] - 1) > 1e-6)
						throw new AssertionError(plan + " " + taper + ": weights sum to " + sum[p] + " at pixel " + p);
			}
	}

	@Test
	void weightsFallOffTowardsTileEdgesInsideTheImage()
	{
		final TilePlan plan = TilePlan.of(200, 64, 64, Overlap.pixels(16)).withSweepOrder(SweepOrder.ROWS);
		final BlendWeights w = new BlendWeights(plan, Taper.TENT);
		final Tile second = plan.tile(1); // x [48, 112)
		assertEquals(48, second.region().minX);
		assertEquals(0.5 / 16, w.weight(second, 48, 10), 1e-7);
		assertEquals(15.5 / 16, w.weight(second, 63, 10), 1e-7);
		assertEquals(1, w.weight(second, 64, 10), 1e-7);
		assertEquals(1, w.weight(second, 80, 0), 1e-7); // the image border is not tapered
		assertEquals(0.5 / 16, w.weight(second, 111, 10), 1e-7);
	}

	@Test
	void blendingAConstantGivesTheConstant()
	{
		for (final TilePlan plan : plans())
			for (final Taper taper : Taper.values())
			{
				final ArrayImg<FloatType, FloatArray> out = blendInto(plan, taper, TileSources.generated(plan.imageWidth(), plan.imageHeight(), (x, y) -> 0.7));
				for (final FloatType v : out)
					if (Math.abs(v.get() - 0.7) > 1e-6)
						throw new AssertionError(plan + " " + taper + ": blended constant 0.7 became " + v.get());
			}
	}

	private static double field(final long x, final long y)
	{
		return 0.5 + 0.3 * Math.sin(x / 17.0) * Math.cos(y / 23.0 + 0.4);
	}

	@Test
	void blendingTilesOfASmoothFieldReproducesIt()
	{
		for (final TilePlan plan : plans())
		{
			final ArrayImg<FloatType, FloatArray> out = blendInto(plan, Taper.COSINE, TileSources.generated(plan.imageWidth(), plan.imageHeight(), TileBlenderTest::field));
			final Cursor<FloatType> c = out.localizingCursor();
			while (c.hasNext())
			{
				c.fwd();
				final double want = field(c.getLongPosition(0), c.getLongPosition(1));
				if (Math.abs(c.get().get() - want) > 1e-6)
					throw new AssertionError(plan + ": " + c.get().get() + " instead of " + want + " at " + c.getLongPosition(0) + "," + c.getLongPosition(1));
			}
		}
	}

	private static ArrayImg<FloatType, FloatArray> blendInto(final TilePlan plan, final Taper taper, final TileSource<FloatType> source)
	{
		final ArrayImg<FloatType, FloatArray> out = ArrayImgs.floats(plan.imageWidth(), plan.imageHeight());
		for (final FloatType v : out)
			v.set(Float.NaN);
		new TileBlender(plan, taper).blendMaps(source, BlendSinks.into(out));
		return out;
	}

	/**
	 * Tiles that disagree (each adds its own bias of up to ±0.02, as per-tile normalisation
	 * does) blend without seams: the steepest step across a tile edge is no steeper than the
	 * steepest step elsewhere. Hard stitching of the same tiles shows a seam.
	 */
	@Test
	void disagreeingTilesBlendWithoutSeams()
	{
		for (final TilePlan plan : Arrays.asList(TilePlan.of(300, 240, 96, Overlap.pixels(32)), TilePlan.of(300, 240, 80, Overlap.ratio(0.25)).withEdgePolicy(EdgePolicy.PAD)))
		{
			final TilePredictor<FloatType> biased = (tile, pixels) -> {
				final double bias = 0.02 * Math.sin(7.3 * tile.index() + 1);
				final ArrayImg<FloatType, FloatArray> map = ArrayImgs.floats(tile.region().width(), tile.region().height());
				final Cursor<FloatType> c = map.localizingCursor();
				while (c.hasNext())
				{
					c.fwd();
					c.get().setReal(field(tile.region().minX + c.getLongPosition(0), tile.region().minY + c.getLongPosition(1)) + bias);
				}
				return map;
			};
			final TileSource<FloatType> blank = TileSources.generated(300, 240, (x, y) -> 0);
			final ArrayImg<FloatType, FloatArray> blended = ArrayImgs.floats(300, 240);
			new TileBlender(plan, Taper.COSINE).blend(blank, biased, BlendSinks.into(blended));
			final ArrayImg<FloatType, FloatArray> stitched = ArrayImgs.floats(300, 240);
			for (int k = 0; k < plan.tileCount(); k++) // later tiles overwrite: hard seams
			{
				final Tile t = plan.tile(k);
				BlendSinks.into(stitched).accept(t.window(), Views.translate(asFloat(biased, t), t.region().minX, t.region().minY));
			}
			final Set<Long> edges = tileEdges(plan);
			final double[] b = steepest(blended, edges), s = steepest(stitched, edges);
			assertTrue(b[0] <= b[1], plan + ": blended seam step " + b[0] + " > inner step " + b[1]);
			assertTrue(s[0] > s[1], plan + ": the hard stitch should show a seam, " + s[0] + " <= " + s[1]);
		}
	}

	@SuppressWarnings("unchecked")
	private static ArrayImg<FloatType, FloatArray> asFloat(final TilePredictor<FloatType> p, final Tile t)
	{
		return (ArrayImg<FloatType, FloatArray>) p.predict(t, null);
	}

	/** Columns x where a tile starts or ends (steps between x − 1 and x cross an edge). */
	private static Set<Long> tileEdges(final TilePlan plan)
	{
		final Set<Long> e = new HashSet<>();
		for (int k = 0; k < plan.tileCount(); k++)
		{
			e.add(plan.tile(k).window().minX);
			e.add(plan.tile(k).window().maxX);
		}
		e.remove(0L);
		e.remove(plan.imageWidth());
		return e;
	}

	/** The steepest horizontal step across tile edges, and elsewhere. */
	private static double[] steepest(final ArrayImg<FloatType, FloatArray> img, final Set<Long> edges)
	{
		final float[] a = img.update(null).getCurrentStorageArray();
		final int w = (int) img.dimension(0);
		double atEdges = 0, inside = 0;
		for (int p = 0; p < a.length; p++)
		{
			final int x = p % w;
			if (x == 0)
				continue;
			final double step = Math.abs(a[p] - a[p - 1]);
			if (edges.contains((long) x))
				atEdges = Math.max(atEdges, step);
			else
				inside = Math.max(inside, step);
		}
		return new double[] { atEdges, inside };
	}

	@Test
	void finalPartsArriveInSweepOrderOnceEachAndTilesAreReadOnce()
	{
		for (final TilePlan plan : plans())
		{
			final MeteredTileSource<FloatType> source = new MeteredTileSource<>(TileSources.generated(plan.imageWidth(), plan.imageHeight(), (x, y) -> 1));
			final List<Box> parts = new ArrayList<>();
			final AtomicInteger finished = new AtomicInteger();
			final BlendReport r = new TileBlender(plan, Taper.TENT).blendMaps(source, new BlendSink()
			{
				@Override
				public void accept(final Box region, final net.imglib2.RandomAccessibleInterval<FloatType> values)
				{
					parts.add(region);
					assertEquals(region, BoxIntervals.box(values));
				}

				@Override
				public void finish(final boolean complete)
				{
					assertTrue(complete);
					finished.incrementAndGet();
				}
			});
			assertEquals(1, finished.get());
			assertEquals(plan.bandCount(), parts.size());
			long area = 0;
			for (int b = 0; b < parts.size(); b++)
			{
				assertEquals(plan.finalRegion(b), parts.get(b));
				area += parts.get(b).area();
			}
			assertEquals(plan.imageWidth() * plan.imageHeight(), area);
			assertEquals(plan.tileCount(), source.totalReads());
			assertEquals(plan.tileCount(), source.distinctWindows());
			assertEquals(0, source.heldPixels());
			assertEquals(plan.tilePixels(), r.peakHeldTilePixels());
			assertEquals(plan.stripPixels(), r.stripPixels());
			assertEquals(plan.peakResidentPixels(), r.peakResidentPixels());
			assertTrue(r.peakResidentPixels() <= plan.residentBudget(), r + " vs " + plan.describe());
		}
	}

	@Test
	void cancellationKeepsTheFinalParts()
	{
		final TilePlan plan = TilePlan.of(200, 150, 64, Overlap.pixels(16)).withSweepOrder(SweepOrder.ROWS);
		final AtomicInteger done = new AtomicInteger();
		final List<Box> parts = new ArrayList<>();
		final boolean[] complete = { true };
		final BlendReport r = new TileBlender(plan, Taper.TENT).withProgress((d, t) -> done.set(d)).withCancellation(() -> done.get() == plan.tilesPerBand() + 1)
				.blendMaps(TileSources.generated(200, 150, (x, y) -> 1), new BlendSink()
				{
					@Override
					public void accept(final Box region, final net.imglib2.RandomAccessibleInterval<FloatType> values)
					{
						parts.add(region);
					}

					@Override
					public void finish(final boolean c)
					{
						complete[0] = c;
					}
				});
		assertTrue(r.cancelled());
		assertFalse(complete[0]);
		assertEquals(plan.tilesPerBand() + 1, r.tilesDone());
		assertEquals(List.of(plan.finalRegion(0)), parts);
	}

	@Test
	void thresholdComponentsMatchAFloodFillOfTheBlendedMap()
	{
		for (final TilePlan plan : Arrays.asList(TilePlan.of(200, 150, 48, Overlap.pixels(12)).withSweepOrder(SweepOrder.ROWS),
				TilePlan.of(200, 150, 48, Overlap.pixels(12)).withSweepOrder(SweepOrder.COLUMNS).withEdgePolicy(EdgePolicy.PAD)))
		{
			// blobs; a cross of lines through every band; dotted diagonals touching only corner to corner
			final TileSource<FloatType> source = TileSources.generated(200, 150,
					(x, y) -> Math.max(field(3 * x, 2 * y), Math.max(x == 101 || y == 75 ? 0.7 : 0, (x + 2 * y) % 53 == 0 || (x - y) % 41 == 0 ? 0.9 : 0)));
			final ArrayImg<FloatType, FloatArray> map = ArrayImgs.floats(200, 150);
			final ThresholdComponents components = new ThresholdComponents(plan, 0.62);
			new TileBlender(plan, Taper.COSINE).blendMaps(source, BlendSinks.into(map), components);
			final List<Instance> expected = FloodFill.components(map, 0.62);
			assertTrue(expected.size() > 20, "the map needs components: " + expected.size());
			assertEquals(masksWithScores(expected), masksWithScores(components.instances()), plan.toString());
			final Set<Long> ids = new HashSet<>();
			for (final Instance i : components.instances())
				ids.add(i.id());
			assertEquals(components.instances().size(), ids.size());
		}
	}

	private static Set<String> masksWithScores(final List<Instance> instances)
	{
		final Set<String> s = new HashSet<>();
		for (final Instance i : instances)
			s.add(i.mask() + String.format(" %.5f", i.score()));
		return s;
	}

	/** Brute force: 4-connected flood fill of the pixels above a threshold. */
	static final class FloodFill
	{
		static List<Instance> components(final ArrayImg<FloatType, FloatArray> map, final double threshold)
		{
			final float[] a = map.update(null).getCurrentStorageArray();
			final int w = (int) map.dimension(0), h = (int) map.dimension(1);
			final boolean[] seen = new boolean[a.length];
			final int[] stack = new int[a.length];
			final List<Instance> out = new ArrayList<>();
			for (int start = 0; start < a.length; start++)
			{
				if (seen[start] || !(a[start] > threshold))
					continue;
				final RleMaskBuilder pixels = RleMask.builder();
				int top = 0;
				double sum = 0;
				long area = 0;
				stack[top++] = start;
				seen[start] = true;
				while (top > 0)
				{
					final int p = stack[--top];
					pixels.addRun(p / w, p % w, p % w + 1);
					sum += a[p];
					area++;
					final int x = p % w, y = p / w;
					for (final int q : new int[] { x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1 })
						if (q >= 0 && !seen[q] && a[q] > threshold)
						{
							seen[q] = true;
							stack[top++] = q;
						}
				}
				out.add(new Instance(out.size() + 1, pixels.build(), Math.min(1, sum / area)));
			}
			return out;
		}
	}
}
