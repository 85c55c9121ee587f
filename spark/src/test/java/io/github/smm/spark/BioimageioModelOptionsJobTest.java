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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.InvalidOptionException;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * The command's model options in the executors, with the shared U-Net ({@code ../shared/models},
 * skipped with a message when absent) on a crop of the shared DSB mosaic at {@code local[2]}:
 * {@code split_depth}, {@code normalization_window} and {@code batch_size} in blocks of two sizes
 * give the command's objects, whatever the batch size; {@code instances=blended} runs as one
 * task for the image (whatever {@code blocks} says) and gives the command's objects; bad values
 * are refused with the command's messages.
 */
class BioimageioModelOptionsJobTest
{
	@RegisterExtension
	static final LocalSpark spark = LocalSpark.of(2);

	private static Path model()
	{
		return Paths.get(System.getProperty("smm.shared.data", "../../shared/data")).resolveSibling("models").resolve("unet2d_nuclei_broad");
	}

	private static Path crop(final Path dir)
	{
		return crop(dir, 700, 520);
	}

	/** A {@code width} x {@code height} crop of the mosaic as TIFF (the test is skipped when the shared files are absent). */
	private static Path crop(final Path dir, final int width, final int height)
	{
		final Path mosaic = model().resolveSibling("../data/dsb_mosaic/dsb2018_u2os_mosaic_A_6x6_image.png").normalize();
		assumeTrue(Files.isDirectory(model()) && Files.isRegularFile(mosaic), "skipped: " + model() + " or " + mosaic + " is absent (fresh clone); CI provides them");
		final ImagePlus png = IJ.openImage(mosaic.toString());
		png.setRoi(600, 500, width, height);
		final Path tif = dir.resolve("crop.tif");
		assertTrue(IJ.saveAsTiff(png.crop(), tif.toString()));
		return tif;
	}

	private static List<io.github.smm.model.RleMask> masks(final List<Instance> objects)
	{
		return objects.stream().map(Instance::mask).collect(java.util.stream.Collectors.toList());
	}

	private static String common(final Path tif)
	{
		return "segmenter=bioimageio,model=[" + model() + "],tile_size=256,overlap=64,min_area=15,fusion=central,image_file=[" + tif + "]";
	}

	@Test
	void splitDepthNormalizationWindowAndBatchSizeInBlocksEqualTheCommand(@TempDir final Path dir) throws Exception
	{
		final Path tif = crop(dir, 1480, 1480);
		final String keys = ",split_depth=2,normalization_window=512,batch_size=4";
		final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(common(tif) + keys, dir.resolve("plugin.json")));
		final List<Instance> plain = Instances.canonical(PluginReference.tiledSegmentAndMerge(common(tif), dir.resolve("plain.json")));
		assertTrue(plugin.size() > 30, plugin.size() + " objects");
		assertNotEquals(plain.size(), plugin.size(), "split_depth and normalization_window change the command's objects, so the job is tested on them");
		// the model's plan (512 px tiles here) has 4 x 4 tiles: blocks=2000 holds whole bands, batches of 4 tiles as the command's
		final io.github.smm.tile.TilePlan plan = JobOptions.parse(common(tif)).plan(1480, 1480);
		assertTrue(BlockTask.batches(plan, BlockPlan.of(plan, 0, 2000).get(0), 4).stream().anyMatch(b -> b.size() == 4), plan.columns() + " columns: no batch of 4");
		// blocks of 2 x 2 tiles (batches of 2, seams between the blocks) and of the whole image (batches of 4)
		for (final String blocks : new String[] { "900", "2000" })
		{
			final ImageResult r = SparkTiledMerge.blockwise(spark.sc(), List.of(JobOptions.parse(common(tif) + keys + ",blocks=" + blocks)), 3).get(0);
			assertTrue(r.error() == null, r.error());
			if (blocks.equals("900"))
				assertTrue(r.blocks() >= 2 && r.seamInputs() > 0, r.blocks() + " blocks, " + r.seamInputs() + " at seams");
			WholeImageJobTest.assertSameObjects(plugin, r.instances(), "blocks=" + blocks + keys);
		}
		// the output does not depend on the batch size: one tile per call gives the same objects
		final ImageResult one = SparkTiledMerge.blockwise(spark.sc(), List.of(JobOptions.parse(common(tif) + keys.replace("batch_size=4", "batch_size=1") + ",blocks=2000")), 3)
				.get(0);
		WholeImageJobTest.assertSameObjects(plugin, one.instances(), "batch_size=1, blocks=2000");
		final ImageResult whole = SparkTiledMerge.wholeImages(spark.sc(), List.of(JobOptions.parse(common(tif) + keys))).get(0);
		WholeImageJobTest.assertSameObjects(plugin, Instances.canonical(whole.instances()), "one task for the image" + keys);
	}

	@Test
	void wholeImageNormalisationInBlocksOfTwoSizesEqualsTheCommand(@TempDir final Path dir) throws Exception
	{
		final Path tif = crop(dir, 1480, 1480);
		final String whole = common(tif) + ",normalization=whole_image";
		final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(whole, dir.resolve("plugin.json")));
		final List<Instance> perTile = Instances.canonical(PluginReference.tiledSegmentAndMerge(common(tif), dir.resolve("per_tile.json")));
		assertTrue(plugin.size() > 30, plugin.size() + " objects");
		assertNotEquals(masks(perTile), masks(plugin), "whole-image statistics change the command's objects, so the job is tested on them");
		// the subsample is read once by the driver's probe and broadcast to the blocks (2 x 2 tiles, seams between them; and one block)
		for (final String blocks : new String[] { "900", "2000" })
		{
			final ImageResult r = SparkTiledMerge.blockwise(spark.sc(), List.of(JobOptions.parse(whole + ",blocks=" + blocks)), 3).get(0);
			assertTrue(r.error() == null, r.error());
			if (blocks.equals("900"))
				assertTrue(r.blocks() >= 2 && r.seamInputs() > 0, r.blocks() + " blocks, " + r.seamInputs() + " at seams");
			WholeImageJobTest.assertSameObjects(plugin, r.instances(), "normalization=whole_image, blocks=" + blocks);
		}
	}

	@Test
	void aFailureReadingTheWholeImageStatisticsFailsOnlyThatImageNamingIt(@TempDir final Path dir) throws Exception
	{
		final Path good = crop(dir);
		final Path bad = dir.resolve("corrupt.tif");
		FailureTest.corruptTiff(SeamDiscs.image(700, 520, 160, 40, 42).getBufferedImage(), bad); // its header reads (the size), its pixels do not
		final String keys = ",segmenter=bioimageio,model=[" + model() + "],tile_size=256,overlap=64,min_area=15,fusion=central,normalization=whole_image,blocks=400";
		final List<JobOptions> batch = List.of(JobOptions.parse("image_file=[" + good + "]" + keys), JobOptions.parse("image_file=[" + bad + "]" + keys));
		final List<ImageResult> r = SparkTiledMerge.blockwise(spark.sc(), batch, 3);
		assertTrue(r.get(0).error() == null, r.get(0).error());
		assertTrue(r.get(0).instances().size() > 30, r.get(0).instances().size() + " objects");
		assertTrue(r.get(1).error() != null && r.get(1).error().startsWith(bad + ": whole-image statistics: "), r.get(1).error());
		// fail_fast: the job stops, naming the file
		final Exception e = assertThrows(Exception.class, () -> SparkTiledMerge.blockwise(spark.sc(),
				List.of(JobOptions.parse("image_file=[" + good + "]" + keys + ",fail_fast=true"), JobOptions.parse("image_file=[" + bad + "]" + keys + ",fail_fast=true")), 3));
		final StringBuilder messages = new StringBuilder();
		for (Throwable t = e; t != null; t = t.getCause())
			messages.append(t.getMessage()).append(" | ");
		assertTrue(messages.toString().contains(bad + ": whole-image statistics: "), messages.toString());
	}

	@Test
	void blendedRunsAsOneTaskForTheImageAndEqualsTheCommand(@TempDir final Path dir) throws Exception
	{
		final Path tif = crop(dir);
		final String blended = common(tif) + ",instances=blended";
		final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(blended, dir.resolve("plugin.json")));
		final List<Instance> perTile = Instances.canonical(PluginReference.tiledSegmentAndMerge(common(tif), dir.resolve("per_tile.json")));
		assertTrue(plugin.size() > 30, plugin.size() + " objects");
		assertNotEquals(masks(perTile), masks(plugin), "the two routes give different objects, so the job is seen to run the blended one");
		final ImageResult r = SparkTiledMerge.blockwise(spark.sc(), List.of(JobOptions.parse(blended + ",blocks=400")), 3).get(0);
		assertTrue(r.error() == null, r.error());
		assertEquals(1, r.blocks(), "blended: one task for the image, blocks=400 does not apply");
		assertEquals(0, r.seamInputs(), "blended: nothing goes to the seam stage");
		WholeImageJobTest.assertSameObjects(plugin, r.instances(), "blended in the job");
		final ImageResult whole = SparkTiledMerge.wholeImages(spark.sc(), List.of(JobOptions.parse(blended))).get(0);
		WholeImageJobTest.assertSameObjects(plugin, Instances.canonical(whole.instances()), "blended, wholeImages");
	}

	@Test
	void badModelOptionsAreRefusedWithTheCommandsMessages(@TempDir final Path dir) throws Exception
	{
		final String[][] bad = { { "batch_size=0", "option batch_size: 0 is below its minimum 1" },
				{ "normalization_window=-1", "option normalization_window: -1 is below its minimum 0" },
				{ "split_depth=-1", "option split_depth: -1.0 is below its minimum 0.0" }, { "split_depth=NaN", "option split_depth: 'NaN' is not a finite number" } };
		for (final String[] b : bad)
		{
			final InvalidOptionException e = assertThrows(InvalidOptionException.class,
					() -> WorkerSegmenters.check(JobOptions.parse("image_file=a.tif,segmenter=bioimageio,model=m," + b[0])));
			assertTrue(e.getMessage().contains(b[1]), e.getMessage());
		}
		final InvalidOptionException word = assertThrows(InvalidOptionException.class,
				() -> WorkerSegmenters.check(JobOptions.parse("image_file=a.tif,segmenter=bioimageio,model=m,batch_size=two")));
		assertTrue(word.getMessage().contains("option batch_size: not a number: 'two'"), word.getMessage());
		// another segmenter: the defaults a recorded macro carries pass, any other value is refused, naming the key
		WorkerSegmenters.check(JobOptions.parse("image_file=a.tif,segmenter=threshold_watershed,batch_size=4,normalization_window=0,split_depth=0"));
		for (final String key : new String[] { "batch_size=8", "normalization_window=512", "split_depth=2" })
		{
			final InvalidOptionException e = assertThrows(InvalidOptionException.class,
					() -> WorkerSegmenters.check(JobOptions.parse("image_file=a.tif,segmenter=threshold_watershed," + key)));
			assertTrue(e.getMessage().contains("option " + key.split("=")[0] + ": ") && e.getMessage().contains("segmenter=bioimageio only"), e.getMessage());
		}
		// the command says the same (it reaches these keys once the model is open)
		final Path tif = crop(dir);
		for (final String[] b : bad)
		{
			final Exception e = assertThrows(Exception.class, () -> PluginReference.tiledSegmentAndMerge(common(tif) + "," + b[0], dir.resolve("bad.json")));
			final StringBuilder messages = new StringBuilder();
			for (Throwable t = e; t != null; t = t.getCause())
				messages.append(t.getMessage()).append(" | ");
			// the command names the key as "option" (its parameter checks) or "parameter" (its launcher's number parsing)
			assertTrue(messages.toString().contains(b[1]) || messages.toString().contains(b[1].replace("option ", "parameter ")), "the command: " + messages);
		}
	}
}
