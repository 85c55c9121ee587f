package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.tile.Overlap;
import io.github.smm.tile.TilePlan;

/**
 * The tiles done are reported as they come, increasing, ending at every tile of the batch
 * once — also when every task's first attempt fails and is re-run.
 */
class ProgressTest
{
	@Test
	void tilesDoneRiseToTheBatchsTilesCountedOnceUnderRetries(@TempDir final Path dir) throws Exception
	{
		final Path images = Files.createDirectories(dir.resolve("images"));
		Discs.save(SeamDiscs.image(400, 400, 160, 40, 51), images.resolve("a.tif"));
		Discs.save(SeamDiscs.image(700, 250, 160, 40, 52), images.resolve("b.tif"));
		final List<JobOptions> batch = Batch.images(JobOptions.parse("batch=[" + images + "],tile_size=160,overlap=40,blocks=240,output_folder=[" + dir.resolve("out") + "]"));
		final int tiles = TilePlan.of(400, 400, 160, Overlap.pixels(40)).tileCount() + TilePlan.of(700, 250, 160, Overlap.pixels(40)).tileCount();
		try (JavaSparkContext sc = LocalSpark.start("local[2,3]"))
		{
			for (final boolean retried : new boolean[] { false, true })
			{
				sc.setLocalProperty(TaskFaults.FAIL_FIRST_ATTEMPT, retried ? "true" : null);
				final List<String> lines = Collections.synchronizedList(new ArrayList<>());
				final List<ImageResult> results = SparkTiledMerge.blockwiseWritten(sc, batch, 3, lines::add);
				assertEquals(tiles, results.get(0).tiles() + results.get(1).tiles(), "the plan's tiles");
				assertTrue(lines.size() >= 2, "reported as the blocks end: " + lines);
				assertEquals("tiles done: " + tiles + " of " + tiles + " (100 %)", lines.get(lines.size() - 1), "retried=" + retried);
				long last = -1;
				for (final String l : lines)
				{
					final long n = Long.parseLong(l.replaceAll("tiles done: (\\d+) of .*", "$1"));
					assertTrue(n > last && n <= tiles, lines.toString());
					last = n;
				}
			}
		}
	}
}
