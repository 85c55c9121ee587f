package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark re-runs failed tasks: with the first attempt of every block task and of every output
 * task failing (after the work, before it returns or commits its file), the written outputs
 * are byte for byte those of a run without failures, and no attempt file is left behind.
 */
class RetryTest
{
	@RegisterExtension
	static final LocalSpark spark = LocalSpark.of("local[2,3]");

	@Test
	void failedFirstAttemptsChangeNothing(@TempDir final Path dir) throws Exception
	{
		final Path images = Files.createDirectories(dir.resolve("images"));
		Discs.save(SeamDiscs.image(400, 400, 160, 40, 11), images.resolve("a.tif"));
		Discs.save(SeamDiscs.image(700, 250, 160, 40, 12), images.resolve("b.tif"));
		final String options = "batch=[" + images + "],tile_size=160,overlap=40,blocks=240,output_folder=[";
		final List<ImageResult> clean = SparkTiledMerge.blockwiseWritten(spark.sc(), Batch.images(JobOptions.parse(options + dir.resolve("clean") + "]")), 3);
		spark.sc().setLocalProperty(TaskFaults.FAIL_FIRST_ATTEMPT, "true");
		final List<ImageResult> retried;
		try
		{
			retried = SparkTiledMerge.blockwiseWritten(spark.sc(), Batch.images(JobOptions.parse(options + dir.resolve("retried") + "]")), 3);
		}
		finally
		{
			spark.sc().setLocalProperty(TaskFaults.FAIL_FIRST_ATTEMPT, null);
		}
		assertEquals(2, retried.size());
		for (final String name : List.of("a.json", "b.json"))
			assertArrayEquals(Files.readAllBytes(dir.resolve("clean").resolve(name)), Files.readAllBytes(dir.resolve("retried").resolve(name)), name);
		for (int i = 0; i < 2; i++)
		{
			assertEquals(clean.get(i).objectCount(), retried.get(i).objectCount());
			assertTrue(clean.get(i).objectCount() > 50 && retried.get(i).blocks() > 1);
		}
		try (Stream<Path> files = Files.list(dir.resolve("retried")))
		{
			assertEquals(List.of("a.json", "b.json"), files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList()), "only the committed files");
		}
	}
}
