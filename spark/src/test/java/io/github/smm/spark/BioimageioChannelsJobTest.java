package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import io.github.smm.InvalidOptionException;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * {@code channels} of {@code segmenter=bioimageio} in the executors: a generated 3-channel
 * hyperstack TIFF (channel 1 a ramp, 2 a crop of the shared DSB mosaic, 3 the crop flipped), the
 * shared U-Net ({@code ../shared/models}, skipped with a message when absent) fed channel 3 by the
 * job at {@code local[2]} in blocks, gives the objects the command gives on the image opened in
 * ImageJ with the same key; bad values are refused with the command's messages.
 */
class BioimageioChannelsJobTest
{
	private static Path model()
	{
		return Paths.get(System.getProperty("smm.shared.data", "../../shared/data")).resolveSibling("models").resolve("unet2d_nuclei_broad");
	}

	private static Path mosaic()
	{
		return model().resolveSibling("../data/dsb_mosaic/dsb2018_u2os_mosaic_A_6x6_image.png").normalize();
	}

	/** The 3-channel hyperstack, saved as an ImageJ TIFF. */
	private static Path hyperstack(final ImageProcessor crop, final Path tif)
	{
		final int w = crop.getWidth(), h = crop.getHeight();
		final ByteProcessor ramp = new ByteProcessor(w, h);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				ramp.set(x, y, (x * 7 + y * 3) % 256);
		final ImageProcessor flipped = crop.duplicate();
		flipped.flipHorizontal();
		final ImageStack stack = new ImageStack(w, h);
		stack.addSlice(ramp);
		stack.addSlice(crop);
		stack.addSlice(flipped);
		final ImagePlus imp = new ImagePlus("hyper", stack);
		imp.setDimensions(3, 1, 1);
		imp.setOpenAsHyperStack(true);
		assertTrue(IJ.saveAsTiff(imp, tif.toString()));
		return tif;
	}

	@Test
	void aPickedChannelInBlocksEqualsTiledSegmentAndMerge(@TempDir final Path dir) throws Exception
	{
		assumeTrue(Files.isDirectory(model()) && Files.isRegularFile(mosaic()), "skipped: " + model() + " or " + mosaic() + " is absent (fresh clone); CI provides them");
		final ImagePlus png = IJ.openImage(mosaic().toString());
		png.setRoi(600, 500, 700, 520);
		final Path tif = hyperstack(png.crop().getProcessor().convertToByte(false), dir.resolve("hyper.tif"));
		assertEquals(3, IJ.openImage(tif.toString()).getNChannels(), "the test image is a 3-channel hyperstack");
		final String common = "segmenter=bioimageio,model=[" + model() + "],tile_size=256,overlap=64,min_area=15,fusion=central,channels=3,";
		final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(common + "image=[" + tif + "]", dir.resolve("plugin.json")));
		final List<Instance> secondChannel = Instances.canonical(
				PluginReference.tiledSegmentAndMerge(common.replace("channels=3", "channels=2") + "image=[" + tif + "]", dir.resolve("plugin2.json")));
		assertTrue(plugin.size() > 30, plugin.size() + " objects");
		assertNotEquals(secondChannel, plugin, "channels 2 and 3 hold different images: their objects differ");
		try (JavaSparkContext sc = LocalSpark.start(2))
		{
			final ImageResult r = SparkTiledMerge.blockwise(sc, List.of(JobOptions.parse(common + "image_file=[" + tif + "],blocks=400")), 3).get(0);
			assertTrue(r.error() == null && r.blocks() >= 4 && r.seamInputs() > 0, r.error() + ", " + r.blocks() + " blocks, " + r.seamInputs() + " at seams");
			WholeImageJobTest.assertSameObjects(plugin, r.instances(), "bioimageio channels=3");
			final ImageResult whole = SparkTiledMerge.wholeImages(sc, List.of(JobOptions.parse(common + "image_file=[" + tif + "]"))).get(0);
			WholeImageJobTest.assertSameObjects(plugin, Instances.canonical(whole.instances()), "bioimageio channels=3, one task for the image");
		}
	}

	@Test
	void badChannelsAreRefusedWithTheCommandsMessages(@TempDir final Path dir) throws Exception
	{
		final InvalidOptionException word = assertThrows(InvalidOptionException.class,
				() -> WorkerSegmenters.check(JobOptions.parse("image_file=a.tif,segmenter=bioimageio,model=m,channels=red")));
		assertTrue(word.getMessage().contains("option channels: 'red' is not a channel number (give ImageJ channel numbers such as 1,2)"), word.getMessage());
		final InvalidOptionException zero = assertThrows(InvalidOptionException.class,
				() -> WorkerSegmenters.check(JobOptions.parse("image_file=a.tif,segmenter=bioimageio,model=m,channels=[2,0]")));
		assertTrue(zero.getMessage().contains("option channels: channel numbers start at 1, got 0"), zero.getMessage());
		final InvalidOptionException threshold = assertThrows(InvalidOptionException.class,
				() -> WorkerSegmenters.check(JobOptions.parse("image_file=a.tif,segmenter=threshold_watershed,channels=2")));
		assertTrue(threshold.getMessage().contains("option channels: picks the image channels fed to a model: segmenter=bioimageio only"), threshold.getMessage());

		final ByteProcessor plane = new ByteProcessor(64, 48);
		final Path tif = hyperstack(plane, dir.resolve("hyper.tif"));
		final ColorProcessor rgb = new ColorProcessor(64, 48);
		final Path rgbTif = dir.resolve("rgb.tif");
		assertTrue(IJ.saveAsTiff(new ImagePlus("rgb", rgb), rgbTif.toString()));
		final String options = "segmenter=bioimageio,model=[" + dir.resolve("no-model") + "],tile_size=32,overlap=8,";
		try (JavaSparkContext sc = LocalSpark.start(2))
		{
			final List<ImageResult> r = SparkTiledMerge.blockwise(sc,
					List.of(JobOptions.parse(options + "channels=[3,4],image_file=[" + tif + "]"), JobOptions.parse(options + "channels=1,image_file=[" + rgbTif + "]")), 2);
			assertTrue(r.get(0).error() != null && r.get(0).error().contains(tif.toString()) && r.get(0).error().contains("channels: hyper.tif has 3 channels, there is no channel 4"),
					r.get(0).error());
			assertTrue(r.get(1).error() != null && r.get(1).error().contains("channels: rgb.tif has 3 samples per pixel (RGB)"), r.get(1).error());
		}
	}
}
