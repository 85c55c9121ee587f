package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import io.github.smm.MergeOptions;
import io.github.smm.model.Instance;
import io.github.smm.testutil.SharedData;
import io.github.smm.testutil.SharedModels;
import io.github.smm.testutil.TestPackages;
import io.github.smm.tile.BlendSinks;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TileException;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSource;
import io.github.smm.tile.TileSources;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The engine around the model: the CPU provider here (no GPU build, no GPU), output
 * independent of the thread count, channels picked by index with clear errors for a wrong
 * count, and tiles and overlap fixed by the model.
 */
class ModelEngineTest
{
	@TempDir
	static Path dir;

	static ModelPackage blur, difference;

	@BeforeAll
	static void write() throws Exception
	{
		blur = ModelPackage.open(TestPackages.format05(dir.resolve("blur"), 2));
		difference = ModelPackage.open(TestPackages.twoChannels(dir.resolve("two")));
	}

	@Test
	void theCpuRunsTheModelWithoutTheGpuBuild()
	{
		assertTrue(!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA), "this build of ONNX Runtime is the CPU one: " + OrtEnvironment.getAvailableProviders());
		try (ModelRunner gpuWanted = new ModelRunner(blur, 1); OnnxPredictor cpu = new OnnxPredictor(blur, 1, false))
		{
			assertEquals("CPU", gpuWanted.predictor().provider(), "asked for the GPU first, the CPU is chosen when CUDA is absent");
			assertEquals("CPU", cpu.provider());
		}
	}

	@Test
	void threadsDoNotChangeTheOutput()
	{
		final TileSource<FloatType> source = TileSources.generated(TiledModelRoutesTest.W, TiledModelRoutesTest.H, TiledModelRoutesTest::spots);
		final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(64).withOverlap(Overlap.pixels(24)).withMinArea(0);
		assertArrayEquals(map(blur, 1, source, o), map(blur, 2, source, o));
		assertEquals(objects(blur, 1, source, o), objects(blur, 3, source, o));
	}

	@Test
	void threadsDoNotChangeTheRealModelsOutput()
	{
		final ModelPackage unet = ModelPackage.open(SharedModels.require(SharedModels.DYNAMIC));
		final ij.ImagePlus mosaic = ij.IJ.openImage(SharedData.require("dsb_mosaic").resolve("dsb2018_u2os_mosaic_A_6x6_image.png").toString());
		mosaic.setRoi(0, 0, 600, 400);
		final TileSource<FloatType> crop = new io.github.smm.ij.tiling.ImagePlusTileSource(mosaic.crop());
		final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(256).withOverlap(Overlap.pixels(96));
		assertArrayEquals(map(unet, 1, crop, o), map(unet, 2, crop, o));
		assertEquals(objects(unet, 1, crop, o), objects(unet, 2, crop, o));
	}

	private static float[] map(final ModelPackage p, final int threads, final TileSource<FloatType> source, final ModelSegmentationOptions o)
	{
		try (ModelRunner r = new ModelRunner(p, threads))
		{
			final ArrayImg<FloatType, FloatArray> out = ArrayImgs.floats(source.width(), source.height());
			new ModelSegmentation(r, o, MergeOptions.defaults()).blend(source, BlendSinks.into(out));
			return out.update(null).getCurrentStorageArray();
		}
	}

	private static List<String> objects(final ModelPackage p, final int threads, final TileSource<FloatType> source, final ModelSegmentationOptions o)
	{
		try (ModelRunner r = new ModelRunner(p, threads))
		{
			final List<String> out = new ArrayList<>();
			new ModelSegmentation(r, o, MergeOptions.defaults().with("threads", String.valueOf(threads))).run(source, i -> out.add(describe(i)));
			out.sort(null);
			return out;
		}
	}

	private static String describe(final Instance i)
	{
		return i.box() + " " + i.area() + " " + i.mask().hashCode();
	}

	/** Three channels: 0 a ramp, 1 constant 1, 2 a bright square. */
	private static ArrayImg<FloatType, FloatArray> threeChannels()
	{
		final ArrayImg<FloatType, FloatArray> img = ArrayImgs.floats(90, 70, 3);
		for (int y = 0; y < 70; y++)
			for (int x = 0; x < 90; x++)
			{
				img.getAt(x, y, 0).set(x / 90f);
				img.getAt(x, y, 1).set(1);
				img.getAt(x, y, 2).set(x >= 20 && x < 40 && y >= 30 && y < 50 ? 3 : 0);
			}
		return img;
	}

	@Test
	void channelsArePickedByIndexInTheModelsOrder()
	{
		final ArrayImg<FloatType, FloatArray> img = threeChannels();
		final ModelSegmentationOptions o = ModelSegmentationOptions.defaults().withTileSize(32).withOverlap(Overlap.pixels(8)).withMinArea(0);
		try (ModelRunner r = new ModelRunner(difference, 1))
		{
			final ArrayImg<FloatType, FloatArray> map = ArrayImgs.floats(90, 70);
			new ModelSegmentation(r, o.withChannels(new int[] { 2, 0 }), MergeOptions.defaults()).blend(TileSources.of(img), BlendSinks.into(map));
			for (int y = 0; y < 70; y++)
				for (int x = 0; x < 90; x++)
				{
					final double d = 2 * (img.getAt(x, y, 2).get() - img.getAt(x, y, 0).get());
					assertEquals(1 / (1 + Math.exp(-d)), map.getAt(x, y).get(), 1e-6, "sigmoid(2 (channel 2 - channel 0)) at " + x + ", " + y);
				}
			final List<Instance> found = new ArrayList<>();
			new ModelSegmentation(r, o.withChannels(new int[] { 2, 1 }), MergeOptions.defaults()).run(TileSources.of(img), found::add);
			assertEquals(1, found.size(), "channel 2 above channel 1 only in the square");
			assertEquals(new io.github.smm.model.Box(20, 30, 40, 50), found.get(0).box());
		}
	}

	@Test
	void aWrongChannelCountIsAClearError()
	{
		final ArrayImg<FloatType, FloatArray> img = threeChannels();
		try (ModelRunner r = new ModelRunner(difference, 1))
		{
			final ModelPackageException one = assertThrows(ModelPackageException.class,
					() -> new ModelSegmentation(r, ModelSegmentationOptions.defaults().withChannels(new int[] { 0 }), MergeOptions.defaults()).run(TileSources.of(img), i -> {}));
			assertTrue(one.getMessage().contains("takes 2 channels, 1 were picked") && one.getMessage().contains("key channels"), one.getMessage());
			final TileException plane = assertThrows(TileException.class,
					() -> new ModelSegmentation(r, ModelSegmentationOptions.defaults().withTileSize(32).withOverlap(Overlap.pixels(8)), MergeOptions.defaults())
							.run(TileSources.generated(90, 70, (x, y) -> x), i -> {}));
			assertTrue(plane.getMessage().contains("the image has 1 channel(s); the model takes 2"), plane.getMessage());
			final TileException missing = assertThrows(TileException.class, () -> new ModelSegmentation(r,
					ModelSegmentationOptions.defaults().withTileSize(32).withOverlap(Overlap.pixels(8)).withChannels(new int[] { 0, 3 }), MergeOptions.defaults()).run(TileSources.of(img),
							i -> {}));
			assertTrue(missing.getMessage().contains("the image has 3 channel(s)"), missing.getMessage());
		}
	}

	@Test
	void theOverlapIsRaisedToTwiceTheHaloAndSaysSo()
	{
		try (ModelRunner r = new ModelRunner(blur, 1))
		{
			final ModelSegmentationOptions small = ModelSegmentationOptions.defaults().withTileSize(64).withOverlap(Overlap.pixels(1));
			final ModelSegmentation run = new ModelSegmentation(r, small, MergeOptions.defaults());
			final TilePlan plan = run.plan(TileSources.generated(200, 150, (x, y) -> 0));
			assertEquals(4, plan.overlapX(), "twice the halo of 2");
			assertEquals("overlap raised from 1 to 4 px: at least twice the halo of tiny blur (2 px), cut off every tile edge", run.overlapNote());
			assertNull(new ModelSegmentation(r, small.withOverlap(Overlap.pixels(4)), MergeOptions.defaults()).overlapNote());
			assertEquals(10, new ModelSegmentation(r, small.withOverlap(Overlap.pixels(10)), MergeOptions.defaults()).plan(TileSources.generated(200, 150, (x, y) -> 0)).overlapX());
			final io.github.smm.InvalidOptionException tooLarge = assertThrows(io.github.smm.InvalidOptionException.class,
					() -> new ModelSegmentation(r, small.withOverlap(Overlap.pixels(64)), MergeOptions.defaults()).plan(TileSources.generated(200, 150, (x, y) -> 0)));
			assertTrue(tooLarge.getMessage().contains("overlap"), tooLarge.getMessage());
		}
	}

	@Test
	void aStepSizeGivesTheNearestValidTile() throws Exception
	{
		final Path p = TestPackages.format05(dir.resolve("step16"), 2);
		TestPackages.edit(p, "id: y\n        size: {min: 16, step: 1}", "id: y\n        size: {min: 64, step: 16}");
		TestPackages.edit(p, "id: x\n        size: {min: 16, step: 1}", "id: x\n        size: {min: 64, step: 16}");
		final ModelTiling t = new ModelTiling(ModelPackage.open(p).description());
		assertArrayEquals(new int[] { 96, 96 }, t.tileSize(100));
		assertArrayEquals(new int[] { 112, 112 }, t.tileSize(105));
		assertArrayEquals(new int[] { 64, 64 }, t.tileSize(20), "never below the minimum");
		assertArrayEquals(new int[] { 80, 80 }, t.inputSize(70, 65), "a smaller tile is padded up to the next valid size");
	}
}
