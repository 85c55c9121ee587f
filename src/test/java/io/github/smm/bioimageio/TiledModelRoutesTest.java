package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.MergeOptions;
import io.github.smm.model.Instance;
import io.github.smm.testutil.TestPackages;
import io.github.smm.tile.BlendSinks;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.ThresholdComponents;
import io.github.smm.tile.TileSource;
import io.github.smm.tile.TileSources;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Both routes on a tile-independent model (a 3 × 3 blur with a halo of 2): tiled, they give
 * exactly what one call of the model on the whole image gives.
 */
class TiledModelRoutesTest
{
	static final int W = 230, H = 170;

	@TempDir
	static Path dir;

	static ModelPackage model;

	@BeforeAll
	static void write() throws Exception
	{
		model = ModelPackage.open(TestPackages.format05(dir.resolve("blur"), 2));
	}

	/** Separate spots (positive) on a negative background: sigmoid(blur(2x)) > 0.5 where blur(x) > 0. */
	static double spots(final long x, final long y)
	{
		double v = -0.4;
		for (int k = 0; k < 60; k++)
		{
			final double cx = (k * 37 % 23) * 10 + 5 + (k % 3), cy = (k * 53 % 17) * 10 + 4 + (k % 4);
			final double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
			v += Math.exp(-d2 / (2 + k % 5));
		}
		return v;
	}

	private static float[] wholeImage(final ModelRunner runner)
	{
		final float[] px = new float[W * H];
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++)
				px[y * W + x] = (float) spots(x, y);
		return runner.run(List.of(new Tensor(List.of("batch", "channel", "y", "x"), new int[] { 1, 1, H, W }, px))).get(0).data();
	}

	private static Map<String, Long> masks(final List<Instance> instances)
	{
		final Map<String, Long> out = new TreeMap<>();
		for (final Instance i : instances)
			out.merge(i.box() + " " + i.area() + " " + i.mask().hashCode(), 1L, Long::sum);
		return out;
	}

	@Test
	void blendedMapAndInstancesEqualTheWholeImageRun()
	{
		try (ModelRunner runner = new ModelRunner(model, 1))
		{
			final float[] whole = wholeImage(runner);
			final TileSource<FloatType> source = TileSources.generated(W, H, TiledModelRoutesTest::spots);
			final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(64).withOverlap(Overlap.pixels(8))
					.withInstances(ModelSegmentationOptions.Instances.BLENDED).withMinArea(0);
			final ModelSegmentation run = new ModelSegmentation(runner, o, MergeOptions.defaults());
			assertEquals(2, run.predictor(source).tiling().halo());
			final ArrayImg<FloatType, FloatArray> blended = ArrayImgs.floats(W, H);
			run.blend(source, BlendSinks.into(blended));
			final float[] b = blended.update(null).getCurrentStorageArray();
			double max = 0;
			for (int i = 0; i < b.length; i++)
				max = Math.max(max, Math.abs(b[i] - whole[i]));
			assertTrue(max < 1e-6, "blended map deviates by " + max);
			final List<Instance> tiled = new ArrayList<>();
			final ModelSegmentationReport report = run.run(source, tiled::add);
			final List<Instance> reference = ThresholdComponents.of(ArrayImgs.floats(whole, W, H), 0.5);
			assertTrue(reference.size() > 20, "the scene has " + reference.size() + " objects");
			assertEquals(masks(reference), masks(tiled));
			assertEquals(report.tiles(), report.tilesDone());
			assertEquals(reference.size(), report.objects());
		}
	}

	@Test
	void perTileInstancesMergedBySmmEqualTheWholeImageRun()
	{
		try (ModelRunner runner = new ModelRunner(model, 1))
		{
			final List<Instance> reference = ThresholdComponents.of(ArrayImgs.floats(wholeImage(runner), W, H), 0.5);
			final TileSource<FloatType> source = TileSources.generated(W, H, TiledModelRoutesTest::spots);
			for (final String fusion : Set.of("union", "central"))
			{
				final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(64).withOverlap(Overlap.pixels(24)).withMinArea(0);
				final List<Instance> tiled = new ArrayList<>();
				final ModelSegmentationReport report = new ModelSegmentation(runner, o, MergeOptions.defaults().with("fusion", fusion)).run(source, tiled::add);
				assertTrue(report.tilePredictions() > reference.size(), "objects on seams are seen twice: " + report);
				assertEquals(masks(reference), masks(tiled), "fusion=" + fusion);
			}
		}
	}

	@Test
	void batchesOfTilesGiveWhatTileByTileGives() throws Exception
	{
		try (ModelRunner runner = new ModelRunner(model, 1))
		{
			final TileSource<FloatType> source = TileSources.generated(W, H, TiledModelRoutesTest::spots);
			for (final ModelSegmentationOptions.Instances route : ModelSegmentationOptions.Instances.values())
			{
				final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(64).withOverlap(Overlap.pixels(24)).withMinArea(0).withInstances(route);
				final List<Instance> one = new ArrayList<>(), four = new ArrayList<>();
				final ModelSegmentationReport r1 = new ModelSegmentation(runner, o.withBatchSize(1), MergeOptions.defaults()).run(source, one::add);
				final ModelSegmentationReport r4 = new ModelSegmentation(runner, o.withBatchSize(4), MergeOptions.defaults()).run(source, four::add);
				assertEquals(masks(one), masks(four), route.toString());
				assertEquals(r1.tiles(), r1.modelCalls());
				assertEquals(4, r4.batchSize());
				assertTrue(r4.modelCalls() < r4.tiles() / 2, r4.toString());
			}
		}
		final Path fixed = TestPackages.format05(dir.resolve("batch1"), 2);
		TestPackages.edit(fixed, "      - type: batch\n      - type: channel\n        channel_names: [gray]", "      - type: batch\n        size: 1\n      - type: channel\n        channel_names: [gray]");
		try (ModelRunner runner = new ModelRunner(ModelPackage.open(fixed), 1))
		{
			final ModelSegmentationReport r = new ModelSegmentation(runner, ModelSegmentationOptions.defaults().withTileSize(64).withOverlap(Overlap.pixels(24)).withBatchSize(4),
					MergeOptions.defaults()).run(TileSources.generated(W, H, TiledModelRoutesTest::spots), i -> {});
			assertEquals(1, r.batchSize(), "a batch axis fixed at 1 takes one tile per call");
			assertEquals(r.tiles(), r.modelCalls());
		}
	}

	@Test
	void smallImagesArePaddedByReflection()
	{
		assertEquals(List.of(0, 1, 2, 3, 2, 1, 0, 1), java.util.stream.IntStream.range(0, 8).map(i -> ModelTilePredictor.reflect(i, 4)).boxed().collect(java.util.stream.Collectors.toList()));
		assertEquals(0, ModelTilePredictor.reflect(5, 1));
		// a 10 x 12 image below the model's 16 x 16 minimum: one tile, reflected up to 16 x 16
		final int w = 10, h = 12;
		final TileSource<FloatType> source = TileSources.generated(w, h, (x, y) -> x >= 8 && y >= 4 && y <= 6 ? 3 : -1);
		try (ModelRunner runner = new ModelRunner(model, 1))
		{
			final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(16).withOverlap(Overlap.pixels(4)).withMinArea(0);
			final ArrayImg<FloatType, FloatArray> map = ArrayImgs.floats(w, h);
			new ModelSegmentation(runner, o, MergeOptions.defaults()).blend(source, BlendSinks.into(map));
			// at the right edge (x = 9, y = 5) the 3 x 3 mean sees x = 8, 9 and the reflected x = 10 -> 8: all bright
			assertEquals(1 / (1 + Math.exp(-2 * 3.0)), map.getAt(9, 5).get(), 1e-6, "reflection, not zeros, beyond the image");
			for (final ModelSegmentationOptions.Instances route : ModelSegmentationOptions.Instances.values())
			{
				final List<Instance> found = new ArrayList<>();
				new ModelSegmentation(runner, o.withInstances(route), MergeOptions.defaults()).run(source, found::add);
				assertEquals(1, found.size(), route + ": the bar at the edge, once");
				assertTrue(found.get(0).box().maxX <= w && found.get(0).box().maxY <= h, "inside the image: " + found.get(0).box());
			}
		}
	}
}
