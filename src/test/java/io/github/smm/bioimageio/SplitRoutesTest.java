package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.MergeOptions;
import io.github.smm.model.Instance;
import io.github.smm.testutil.TestPackages;
import io.github.smm.tile.DistanceSplit;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.ThresholdComponents;
import io.github.smm.tile.TileSources;
import net.imglib2.img.array.ArrayImgs;

/** split_depth on the blended route: the tiled, split objects are those of the whole image, split. */
class SplitRoutesTest
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

	/** Pairs of touching blobs (positive) on a negative background. */
	static double pairs(final long x, final long y)
	{
		double v = -0.5;
		for (int k = 0; k < 24; k++)
		{
			final double cx = (k % 6) * 36 + 20, cy = (k / 6) * 38 + 22;
			for (final double dx : new double[] { -6.5, 6.5 })
				v += Math.max(0, 1 - ((x - cx - dx) * (x - cx - dx) + (y - cy) * (y - cy)) / 64.0);
		}
		return v;
	}

	@Test
	void blendedSplitObjectsEqualTheWholeImageRunSplit()
	{
		try (ModelRunner runner = new ModelRunner(model, 1))
		{
			final float[] px = new float[W * H];
			for (int y = 0; y < H; y++)
				for (int x = 0; x < W; x++)
					px[y * W + x] = (float) pairs(x, y);
			final float[] whole = runner.run(List.of(new Tensor(List.of("batch", "channel", "y", "x"), new int[] { 1, 1, H, W }, px))).get(0).data();
			final List<Instance> components = ThresholdComponents.of(ArrayImgs.floats(whole, W, H), 0.5);
			final List<Instance> reference = DistanceSplit.splitAll(components, new DistanceSplit(1.5), 0);
			assertTrue(reference.size() >= components.size() + 20, components.size() + " components, " + reference.size() + " parts: the pairs are split");
			final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(64).withOverlap(Overlap.pixels(8))
					.withInstances(ModelSegmentationOptions.Instances.BLENDED).withMinArea(0).withSplitDepth(1.5);
			final List<Instance> tiled = new ArrayList<>();
			new ModelSegmentation(runner, o, MergeOptions.defaults()).run(TileSources.generated(W, H, SplitRoutesTest::pairs), tiled::add);
			assertEquals(TiledModelRoutesTest.masks(reference), TiledModelRoutesTest.masks(tiled));
			final List<Instance> perTile = new ArrayList<>();
			new ModelSegmentation(runner, o.withInstances(ModelSegmentationOptions.Instances.PER_TILE).withOverlap(Overlap.pixels(24)), MergeOptions.defaults())
					.run(TileSources.generated(W, H, SplitRoutesTest::pairs), perTile::add);
			assertEquals(reference.size(), perTile.size(), "per_tile + SMM finds the split objects too");
		}
	}
}
