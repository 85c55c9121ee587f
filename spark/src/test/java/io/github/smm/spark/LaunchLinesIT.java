package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.io.coco.CocoJson;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * The two launch lines of the README, run as a user runs them (a fresh {@code java} process,
 * nothing on the class path but what the line gives), on the jars {@code mvn package} built:
 * the embedded jar at {@code local[2]}, and {@code spark-submit}'s entry point
 * ({@code org.apache.spark.deploy.SparkSubmit}, what the {@code spark-submit} script runs) with
 * Spark's own jars standing in for a Spark installation and the job's jars given by
 * {@code --jars}. Both write Tiled Segment and Merge's objects, and the same files byte for byte.
 */
class LaunchLinesIT
{
	private static final Path TARGET = Paths.get(System.getProperty("smm.spark.target", "target"));

	private static final String OPTIONS = "tile_size=160,overlap=0.25,segmenter=threshold_watershed,min_area=10";

	@Test
	void plainJavaDashJarRunsEmbeddedWithNothingInstalled(@TempDir final Path dir) throws Exception
	{
		final Path image = Discs.save(SeamDiscs.image(700, 250, 160, 40, 31), dir.resolve("wide.tif"));
		final Path coco = dir.resolve("embedded.json");
		final List<String> line = List.of(java(), "-jar", TARGET.resolve("smm-spark-embedded.jar").toString(), "--master", "local[2]", "Tiled Segment and Merge",
				OPTIONS + ",blocks=240,image_file=[" + image + "],output_coco=[" + coco + "]");
		final String out = run(line, dir);
		assertTrue(out.contains("3 blocks") && out.contains("done"), out);
		assertSameAsPlugin(image, coco, dir);
	}

	@Test
	void sparkSubmitRunsTheJobJarWithItsDependenciesAsJarsAndWritesWhatTheEmbeddedRunWrites(@TempDir final Path dir) throws Exception
	{
		final Path image = Discs.save(SeamDiscs.image(400, 400, 160, 40, 32), dir.resolve("square.tif"));
		final String jars = jarsIn(TARGET.resolve("cluster-lib")).stream().map(Path::toString).collect(Collectors.joining(","));
		final List<String> line = new ArrayList<>(List.of(java()));
		line.addAll(List.of(System.getProperty("smm.spark.opens", "").trim().split("\\s+")));
		line.addAll(List.of("-cp", TARGET.resolve("spark-jars") + File.separator + "*", "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--class",
				"io.github.smm.spark.SparkMain", "--jars", jars, TARGET.resolve("smm-spark.jar").toString(), "Tiled Segment and Merge", outputs(image, dir, "submitted")));
		line.removeIf(String::isEmpty);
		final String out = run(line, dir);
		assertTrue(out.contains("4 blocks") && out.contains("done"), out);
		assertSameAsPlugin(image, dir.resolve("submitted.json"), dir);
		run(List.of(java(), "-jar", TARGET.resolve("smm-spark-embedded.jar").toString(), "--master", "local[2]", "Tiled Segment and Merge", outputs(image, dir, "embedded")),
				dir);
		for (final String ext : new String[] { ".json", ".csv", ".geojson" })
			assertArrayEquals(Files.readAllBytes(dir.resolve("embedded" + ext)), Files.readAllBytes(dir.resolve("submitted" + ext)),
					"spark-submit and the embedded jar write the same " + ext);
	}

	/** The job's options writing COCO, the objects table and GeoJSON to {@code name.*} in {@code dir}. */
	private static String outputs(final Path image, final Path dir, final String name)
	{
		return OPTIONS + ",blocks=240,image_file=[" + image + "],output_coco=[" + dir.resolve(name + ".json") + "],output_csv=[" + dir.resolve(name + ".csv")
				+ "],output_geojson=[" + dir.resolve(name + ".geojson") + "]";
	}

	private static void assertSameAsPlugin(final Path image, final Path coco, final Path dir) throws Exception
	{
		final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(OPTIONS + ",image_file=[" + image + "]", dir.resolve("plugin.json")));
		assertTrue(plugin.size() > 20, plugin.size() + " objects");
		WholeImageJobTest.assertSameObjects(plugin, Instances.canonical(CocoJson.read(coco).instancesOf(1)), coco.getFileName().toString());
	}

	private static String java()
	{
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static List<Path> jarsIn(final Path folder) throws IOException
	{
		try (Stream<Path> files = Files.list(folder))
		{
			return files.filter(f -> f.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
		}
	}

	/** Runs a command line in a clean environment (no CLASSPATH, no SPARK_HOME); returns its output, failing on a non-zero exit. */
	private static String run(final List<String> line, final Path dir) throws Exception
	{
		final ProcessBuilder pb = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
		pb.environment().remove("CLASSPATH");
		pb.environment().remove("SPARK_HOME");
		final Process p = pb.start();
		final boolean ended = p.waitFor(10, TimeUnit.MINUTES);
		if (!ended)
			p.destroyForcibly();
		final String out = new String(Files.readAllBytes(dir.resolve("out.txt")), StandardCharsets.UTF_8);
		assertTrue(ended, "still running after 10 min: " + out);
		assertEquals(0, p.exitValue(), String.join(" ", line) + "\n" + out);
		return out;
	}
}
