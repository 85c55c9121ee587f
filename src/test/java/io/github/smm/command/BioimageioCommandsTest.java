package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.IJ;
import ij.ImagePlus;
import ij.process.FloatProcessor;
import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelRunner;
import io.github.smm.bioimageio.Tensor;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.testutil.TestPackages;
import io.github.smm.tile.ThresholdComponents;
import net.imglib2.img.array.ArrayImgs;

/** The three model commands run headless through a SciJava context on a tiny blur model. */
class BioimageioCommandsTest
{
	static final int W = 300, H = 220;

	private static Context context;
	private static CommandService commands;

	@TempDir
	static Path dir;

	private static Path model;

	@BeforeAll
	static void start() throws Exception
	{
		context = new Context(CommandService.class);
		commands = context.service(CommandService.class);
		model = TestPackages.format05(dir.resolve("blur"), 2);
	}

	@AfterAll
	static void stop()
	{
		context.dispose();
	}

	/** Spots on a negative background (objects where the blurred value is above 0). */
	static float[] spots()
	{
		final float[] v = new float[W * H];
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++)
			{
				double s = -0.4;
				for (int k = 0; k < 90; k++)
				{
					final double cx = (k * 37 % 29) * 10 + 6, cy = (k * 53 % 21) * 10 + 5;
					s += Math.exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2.0 + k % 4));
				}
				v[y * W + x] = (float) s;
			}
		return v;
	}

	/** The objects (components above 0.5, at least 15 px) of one call of the model on the whole image. */
	static int wholeImageObjects(final Path model) throws Exception
	{
		int n = 0;
		for (final io.github.smm.model.Instance i : ThresholdComponents.of(ArrayImgs.floats(wholeImageOutput(model), W, H), 0.5))
			if (i.area() >= 15)
				n++;
		return n;
	}

	private static float[] wholeImageOutput() throws Exception
	{
		return wholeImageOutput(model);
	}

	static float[] wholeImageOutput(final Path model) throws Exception
	{
		try (ModelRunner r = new ModelRunner(ModelPackage.open(model), 1))
		{
			return r.run(List.of(new Tensor(List.of("batch", "channel", "y", "x"), new int[] { 1, 1, H, W }, spots()))).get(0).data();
		}
	}

	@Test
	void testModelReportsTheDeviation() throws Exception
	{
		final CommandModule m = commands.run(TestBioimageioModel.class, true, "model", model.toFile(), "threads", 1).get();
		assertTrue((double) m.getOutput("max_deviation") < 1e-6);
		assertTrue(((String) m.getOutput("summary")).contains("reproduced (within 1e-4)"), (String) m.getOutput("summary"));
		final Exception e = assertThrows(Exception.class, () -> commands.run(TestBioimageioModel.class, true, "model", dir.resolve("none").toFile()).get());
		assertTrue(messages(e).contains("Test bioimage.io Model: model=" + dir.resolve("none") + " does not exist"), messages(e));
	}

	@Test
	void runModelWritesTheBlendedOutputAsTiff() throws Exception
	{
		final Path tif = dir.resolve("out.tif");
		final CommandModule m = commands.run(RunBioimageioModel.class, true, "image", new ImagePlus("spots", new FloatProcessor(W, H, spots())), "model", model.toFile(),
				"tile_size", 64, "overlap", 8.0, "output_file", tif.toFile()).get();
		assertTrue(((String) m.getOutput("summary")).matches("(\\d+) of \\1 tiles in .*"), (String) m.getOutput("summary"));
		final float[] written = (float[]) IJ.openImage(tif.toString()).getProcessor().getPixels(), whole = wholeImageOutput();
		double max = 0;
		for (int i = 0; i < whole.length; i++)
			max = Math.max(max, Math.abs(written[i] - whole[i]));
		assertTrue(max < 1e-6, "the TIFF deviates from the whole-image run by " + max);
	}

	@Test
	void tiledSegmentAndMergeRunsTheModelBothWays() throws Exception
	{
		final int expected = ThresholdComponents.of(ArrayImgs.floats(wholeImageOutput(), W, H), 0.5).size();
		assertTrue(expected > 40, expected + " objects");
		for (final String instances : new String[] { "per_tile", "blended" })
		{
			final Path coco = dir.resolve(instances + ".json");
			final CommandModule m = commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("spots", new FloatProcessor(W, H, spots())), "segmenter", "bioimageio",
					"model", model.toFile(), "instances", instances, "tile_size", 64, "overlap", 24.0, "min_area", 0.0, "output_coco", coco.toFile()).get();
			assertEquals(expected, CocoJson.read(coco).annotations().size(), instances + ": " + m.getOutput("summary"));
		}
		final Exception e = assertThrows(Exception.class, () -> commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("spots", new FloatProcessor(W, H, spots())),
				"segmenter", "bioimageio", "model", model.toFile(), "instances", "everywhere").get());
		assertTrue(messages(e).contains("option instances: 'everywhere' is not one of per_tile, blended"), messages(e));
	}

	@Test
	void batchSizeAndNormalizationWindowAreKeysOfBothCommands() throws Exception
	{
		final int expected = ThresholdComponents.of(ArrayImgs.floats(wholeImageOutput(), W, H), 0.5).size();
		for (final int batch : new int[] { 1, 3 })
		{
			final Path coco = dir.resolve("batch" + batch + ".json");
			final CommandModule m = commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("spots", new FloatProcessor(W, H, spots())), "segmenter", "bioimageio",
					"model", model.toFile(), "tile_size", 64, "overlap", 24.0, "min_area", 0.0, "batch_size", batch, "output_coco", coco.toFile()).get();
			assertEquals(expected, CocoJson.read(coco).annotations().size(), "batch_size=" + batch + ": " + m.getOutput("summary"));
		}
		final Path tif = dir.resolve("window.tif");
		commands.run(RunBioimageioModel.class, true, "image", new ImagePlus("spots", new FloatProcessor(W, H, spots())), "model", model.toFile(), "tile_size", 64, "overlap", 8.0,
				"normalization_window", 128, "batch_size", 2, "output_file", tif.toFile()).get();
		assertEquals(W, IJ.openImage(tif.toString()).getWidth());
		final Exception zero = assertThrows(Exception.class, () -> commands.run(RunBioimageioModel.class, true, "image", new ImagePlus("spots", new FloatProcessor(W, H, spots())),
				"model", model.toFile(), "batch_size", 0).get());
		assertTrue(messages(zero).contains("option batch_size: 0 is below its minimum 1"), messages(zero));
		final Exception negative = assertThrows(Exception.class, () -> commands.run(TiledSegmentAndMerge.class, true, "image",
				new ImagePlus("spots", new FloatProcessor(W, H, spots())), "segmenter", "bioimageio", "model", model.toFile(), "normalization_window", -1).get());
		assertTrue(messages(negative).contains("option normalization_window: -1 is below its minimum 0"), messages(negative));
	}

	/** A 3-channel hyperstack: channel 1 constant 1, channel 2 a ramp, channel 3 the spots. */
	private static ImagePlus threeChannels()
	{
		final ij.ImageStack stack = new ij.ImageStack(W, H);
		final float[] one = new float[W * H], ramp = new float[W * H];
		for (int i = 0; i < one.length; i++)
		{
			one[i] = 1;
			ramp[i] = (i % W) / (float) W;
		}
		stack.addSlice(new FloatProcessor(W, H, one));
		stack.addSlice(new FloatProcessor(W, H, ramp));
		stack.addSlice(new FloatProcessor(W, H, spots()));
		final ImagePlus imp = new ImagePlus("three", stack);
		imp.setDimensions(3, 1, 1);
		return imp;
	}

	@Test
	void channelsArePickedByTheirImageJNumbers() throws Exception
	{
		final Path two = TestPackages.twoChannels(dir.resolve("two"));
		final ImagePlus imp = threeChannels();
		final CommandModule m = commands.run(RunBioimageioModel.class, true, "image", imp, "model", two.toFile(), "tile_size", 64, "overlap", 8.0, "channels", "3,2",
				"threads", 1, "output_file", dir.resolve("diff.tif").toFile()).get();
		final float[] written = (float[]) IJ.openImage(dir.resolve("diff.tif").toString()).getProcessor().getPixels(), spots = spots();
		double max = 0;
		for (int i = 0; i < written.length; i++)
			max = Math.max(max, Math.abs(written[i] - 1 / (1 + Math.exp(-2 * (spots[i] - (i % W) / (double) W)))));
		assertTrue(max < 1e-5, "sigmoid(2 (channel 3 - channel 2)) deviates by " + max + ": " + m.getOutput("summary"));
		final Exception count = assertThrows(Exception.class,
				() -> commands.run(TiledSegmentAndMerge.class, true, "image", imp, "segmenter", "bioimageio", "model", two.toFile(), "channels", "3").get());
		assertTrue(messages(count).contains("the model takes 2 channels, 1 were picked; pick 2 channels of the image (key channels)"), messages(count));
		final Exception none = assertThrows(Exception.class,
				() -> commands.run(RunBioimageioModel.class, true, "image", imp, "model", two.toFile(), "channels", "3,4").get());
		assertTrue(messages(none).contains("channels: three has 3 channels, there is no channel 4"), messages(none));
		final Exception word = assertThrows(Exception.class,
				() -> commands.run(RunBioimageioModel.class, true, "image", imp, "model", two.toFile(), "channels", "red").get());
		assertTrue(messages(word).contains("channels: 'red' is not a channel number"), messages(word));
		final Path coco = dir.resolve("two.json");
		commands.run(TiledSegmentAndMerge.class, true, "image", imp, "segmenter", "bioimageio", "model", two.toFile(), "channels", "3,2", "tile_size", 64, "overlap", 24.0,
				"min_area", 0.0, "output_coco", coco.toFile()).get();
		final float[] difference = new float[W * H];
		for (int i = 0; i < difference.length; i++)
			difference[i] = spots[i] - (i % W) / (float) W;
		final int expected = ThresholdComponents.of(ArrayImgs.floats(difference, W, H), 0).size();
		assertTrue(expected > 10, expected + " spots brighter than the ramp");
		assertEquals(expected, CocoJson.read(coco).annotations().size(), "the spots of channel 3 brighter than channel 2");
	}

	static String messages(final Throwable t)
	{
		final StringBuilder sb = new StringBuilder();
		for (Throwable c = t; c != null; c = c.getCause())
			sb.append(c.getMessage()).append(" | ");
		return sb.toString();
	}

}
