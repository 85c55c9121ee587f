package io.github.smm.spark;

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
import io.github.smm.InvalidOptionException;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * {@code segmenter=bioimageio} in the executors: the shared U-Net ({@code ../shared/models},
 * skipped with a message when absent) on a crop of the shared DSB mosaic, cut into blocks,
 * gives Tiled Segment and Merge's objects, opening one model session per task slot (not per
 * block task) and reusing them in a second job; options the job cannot run are refused by name.
 */
class BioimageioJobTest
{
	@Test
	void theSharedModelInBlocksEqualsTiledSegmentAndMerge(@TempDir final Path dir) throws Exception
	{
		final Path shared = Paths.get(System.getProperty("smm.shared.data", "../../shared/data")).resolveSibling("models").resolve("unet2d_nuclei_broad");
		final Path mosaic = shared.resolveSibling("../data/dsb_mosaic/dsb2018_u2os_mosaic_A_6x6_image.png").normalize();
		assumeTrue(Files.isDirectory(shared) && Files.isRegularFile(mosaic), "skipped: " + shared + " or " + mosaic + " is absent (fresh clone); CI provides them");
		final ImagePlus crop = IJ.openImage(mosaic.toString());
		crop.setRoi(600, 500, 700, 520);
		final Path tif = dir.resolve("crop.tif");
		assertTrue(IJ.saveAsTiff(crop.crop(), tif.toString()));
		final String options = "segmenter=bioimageio,model=[" + shared + "],tile_size=256,overlap=64,min_area=15,fusion=central,image_file=[" + tif + "]";
		final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(options, dir.resolve("plugin.json")));
		try (JavaSparkContext sc = LocalSpark.start(2))
		{
			ModelPool.clear();
			final long before = ModelPool.opened();
			final ImageResult r = SparkTiledMerge.blockwise(sc, List.of(JobOptions.parse(options + ",blocks=400")), 3).get(0);
			assertTrue(r.error() == null && r.blocks() >= 4 && r.seamInputs() > 0, r.error() + ", " + r.blocks() + " blocks, " + r.seamInputs() + " at seams");
			assertTrue(plugin.size() > 30, plugin.size() + " objects");
			WholeImageJobTest.assertSameObjects(plugin, r.instances(), "bioimageio");
			// one session per task slot of the executor (2 at local[2]), not one per block task
			final long sessions = ModelPool.opened() - before;
			assertTrue(sessions >= 1 && sessions <= 2, sessions + " model sessions opened for " + r.blocks() + " block tasks at local[2]");
			final ImageResult again = SparkTiledMerge.blockwise(sc, List.of(JobOptions.parse(options + ",blocks=400")), 3).get(0);
			assertTrue(ModelPool.opened() - before <= 2, (ModelPool.opened() - before) + " sessions over two jobs: the second reuses the executor's sessions");
			WholeImageJobTest.assertSameObjects(plugin, again.instances(), "bioimageio, reused sessions");
		}
	}

	@Test
	void modelOptionsTheJobCannotRunAreRefusedByName()
	{
		for (final String[] bad : new String[][] { { "segmenter=bioimageio", "model" }, { "segmenter=bioimageio,model=m,instances=mixed", "instances" },
				{ "segmenter=bioimageio,model=m,channels=[2,x]", "channels" } })
		{
			final InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> WorkerSegmenters.check(JobOptions.parse("image_file=a.tif," + bad[0])));
			assertTrue(e.getMessage().contains("option " + bad[1]), e.getMessage());
		}
	}
}
