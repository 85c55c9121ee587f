package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.InvalidOptionException;
import io.github.smm.model.Instance;

/** The single-machine runner inside Spark executors ({@code local[2]}) gives the plugin's objects. */
class WholeImageJobTest
{
	@RegisterExtension
	static final LocalSpark spark = LocalSpark.of(2);

	@Test
	void eachImageOfABatchEqualsTiledSegmentAndMergeObjectForObject(@TempDir final Path dir) throws Exception
	{
		final String common = "tile_size=160,overlap=0.25,min_area=10";
		final List<JobOptions> batch = new ArrayList<>();
		for (int k = 0; k < 3; k++)
			batch.add(JobOptions.parse(common + ",image_file=[" + Discs.save(Discs.random(600 - 60 * k, 500, 7 + k), dir.resolve("discs" + k + ".tif")) + "]"));
		final List<ImageResult> results = SparkTiledMerge.wholeImages(spark.sc(), batch);
		assertEquals(3, results.size());
		for (int k = 0; k < 3; k++)
		{
			final String image = batch.get(k).get("image_file", "");
			assertEquals(image, results.get(k).image(), "batch order kept");
			final List<Instance> plugin = PluginReference.tiledSegmentAndMerge(common + ",image_file=[" + image + "]", dir.resolve("plugin" + k + ".json"));
			final List<Instance> job = results.get(k).instances();
			assertTrue(plugin.size() > 50, plugin.size() + " objects");
			assertSameObjects(plugin, job, image);
		}
	}

	@Test
	void segmentersThatNeedImageJAreRefusedBeforeAnyTask()
	{
		final InvalidOptionException e = assertThrows(InvalidOptionException.class,
				() -> SparkTiledMerge.wholeImages(spark.sc(), List.of(JobOptions.parse("image_file=a.tif,segmenter=macro"))));
		assertTrue(e.getMessage().contains("segmenter=macro") && e.getMessage().contains("Spark executor"), e.getMessage());
		final InvalidOptionException unknown = assertThrows(InvalidOptionException.class, () -> JobOptions.parse("image_file=a.tif,tile_sise=256"));
		assertTrue(unknown.getMessage().contains("tile_sise"), unknown.getMessage());
	}

	/** Same masks and scores in the same order. */
	static void assertSameObjects(final List<Instance> expected, final List<Instance> actual, final String what)
	{
		assertEquals(expected.size(), actual.size(), what + ": object count");
		for (int i = 0; i < expected.size(); i++)
		{
			assertEquals(expected.get(i).mask(), actual.get(i).mask(), what + ": mask of object " + (i + 1));
			assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-9, what + ": score of object " + (i + 1));
		}
	}
}
