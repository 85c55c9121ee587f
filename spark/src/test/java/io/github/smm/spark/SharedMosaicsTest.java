package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * The shared real mosaics of {@code ../shared/data} (skipped with a message when absent): the
 * block-wise job at {@code local[2]} equals Tiled Segment and Merge on one machine, object for
 * object, with blocks cutting through the mosaic in both directions. The PNGs are converted to
 * TIFF in a temporary folder (the format the job reads by region); both runs read that TIFF.
 */
class SharedMosaicsTest
{
	@RegisterExtension
	static final LocalSpark spark = LocalSpark.of(2);

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "dsb_mosaic/dsb2018_u2os_mosaic_A_6x6_image.png, threshold_watershed, 1536, 2000",
			"images/mosaic_monuseg_train_4000x4000.png, threshold_watershed_dark, 2048, 2000" })
	void blockwiseJobEqualsTiledSegmentAndMergeOnTheSharedMosaic(final String mosaic, final String segmenter, final int blocks, final int atLeast,
			@org.junit.jupiter.api.io.TempDir final Path dir) throws Exception
	{
		final Path tif = SharedMosaics.tiff(mosaic, dir);
		final String options = "tile_size=512,overlap=64,min_area=15,segmenter=" + segmenter + ",image_file=[" + tif + "]";
		final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(options, dir.resolve("plugin.json")));
		final ImageResult job = SparkTiledMerge.blockwise(spark.sc(), List.of(JobOptions.parse(options + ",blocks=" + blocks)), 4).get(0);
		assertTrue(plugin.size() >= atLeast, mosaic + ": " + plugin.size() + " objects");
		assertTrue(job.blocks() >= 4 && job.seamInputs() > 100, job.blocks() + " blocks, " + job.seamInputs() + " predictions at seams");
		WholeImageJobTest.assertSameObjects(plugin, job.instances(), mosaic + " blocks=" + blocks);
	}

	/** The shared mosaics as TIFF files (skipping the test when {@code ../shared/data} or the file is absent). */
	static final class SharedMosaics
	{
		private SharedMosaics()
		{}

		static Path tiff(final String relative, final Path dir)
		{
			final Path data = Paths.get(System.getProperty("smm.shared.data", "../../shared/data"));
			assumeTrue(Files.isDirectory(data), "skipped: " + data + " (../shared/data) is absent (fresh clone); CI provides it");
			final Path png = data.resolve(relative);
			assumeTrue(Files.isRegularFile(png), "skipped: " + png + " is missing");
			return io.github.smm.spark.bench.BenchImages.tiff(png, dir);
		}
	}
}
