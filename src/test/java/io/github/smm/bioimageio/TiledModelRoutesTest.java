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
	void smallImagesArePaddedByReflection()
	{
		assertEquals(List.of(0, 1, 2, 3, 2, 1, 0, 1), java.util.stream.IntStream.range(0, 8).map(i -> ModelTilePredictor.reflect(i, 4)).boxed().collect(java.util.stream.Collectors.toList()));
		assertEquals(0, ModelTilePredictor.reflect(5, 1));
	}
}
