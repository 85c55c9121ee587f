package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.Preset;
import io.github.smm.io.ClusterCsv;
import io.github.smm.io.ClusterRow;
import io.github.smm.io.geojson.GeoJson;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.model.RleMask;
import io.github.smm.tune.ParameterFile;

/**
 * The outputs per image beside COCO (the objects table as the merge commands' cluster table plus centroids,
 * GeoJSON) and {@code parameters=best.json}: the tuner's file read as the command reads it,
 * explicit keys on top, bad files refused naming the key.
 */
class OutputsAndParametersTest
{
	@RegisterExtension
	static final LocalSpark spark = LocalSpark.of(2);

	@Test
	void theObjectsTableHoldsEveryObjectAndEveryTilePredictionOnce(@TempDir final Path dir) throws Exception
	{
		final Path image = Discs.save(SeamDiscs.image(400, 400, 160, 40, 9), dir.resolve("table.tif"));
		final JobOptions o = JobOptions.parse("tile_size=160,overlap=40,min_area=10,blocks=120,image_file=[" + image + "],output_csv=[" + dir.resolve("objects.csv")
				+ "],output_geojson=[" + dir.resolve("objects.geojson") + "]");
		final ImageResult r = SparkTiledMerge.blockwise(spark.sc(), List.of(o), 3).get(0);
		SparkTiledMerge.blockwiseWritten(spark.sc(), List.of(o), 3);
		final List<ClusterRow> rows = ClusterCsv.readClusters(dir.resolve("objects.csv"));
		final List<Instance> objects = r.instances();
		assertEquals(objects.size(), rows.size());
		final Set<Long> members = new HashSet<>();
		for (int k = 0; k < rows.size(); k++)
		{
			final ClusterRow row = rows.get(k);
			assertEquals(k + 1, row.clusterId());
			assertEquals(objects.get(k).area(), row.area(), "area of object " + (k + 1));
			assertEquals(objects.get(k).box(), row.box(), "box of object " + (k + 1));
			assertEquals(objects.get(k).score(), row.score(), 1e-12, "score of object " + (k + 1));
			assertTrue(row.members().length >= 1, "object " + (k + 1) + " has members");
			for (final long m : row.members())
				assertTrue(members.add(m), "tile prediction " + m + " in one object only");
		}
		assertEquals(r.inputs(), members.size(), "every tile prediction in the table");
		assertCentroids(Files.readAllLines(dir.resolve("objects.csv")), objects);
		assertEquals(objects.size(), GeoJson.read(dir.resolve("objects.geojson")).instances().size(), "GeoJSON features");
	}

	/** The last two columns are the mean pixel centre of each object, counted pixel by pixel over its box. */
	private static void assertCentroids(final List<String> lines, final List<Instance> objects)
	{
		assertTrue(lines.get(0).endsWith(",centroid_x,centroid_y"), lines.get(0));
		assertEquals(objects.size() + 1, lines.size());
		for (int k = 0; k < objects.size(); k++)
		{
			final RleMask m = objects.get(k).mask();
			double sx = 0, sy = 0;
			long n = 0;
			for (long y = m.minY(); y < m.minY() + m.height(); y++)
				for (long x = m.minX(); x < m.minX() + m.width(); x++)
					if (m.contains(x, y))
					{
						sx += x;
						sy += y;
						n++;
					}
			final String[] cells = lines.get(k + 1).split(",");
			assertEquals(sx / n, Double.parseDouble(cells[cells.length - 2]), 1e-4, "centroid_x of object " + (k + 1));
			assertEquals(sy / n, Double.parseDouble(cells[cells.length - 1]), 1e-4, "centroid_y of object " + (k + 1));
		}
	}

	@Test
	void aParameterFileGivesTheCommandsObjectsAndExplicitKeysOverrideIt(@TempDir final Path dir) throws Exception
	{
		final Path image = Discs.save(SeamDiscs.image(400, 400, 160, 40, 3), dir.resolve("tuned.tif"));
		final Path best = dir.resolve("best.json");
		ParameterFile.write(best, MergeOptions.preset(Preset.MICROSCOPY).withLambda(50).withRho(8), null);
		final String common = "tile_size=160,overlap=40,min_area=10,image_file=[" + image + "]";
		final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(common + ",parameters=[" + best + "]", dir.resolve("plugin.json")));
		final ImageResult tuned = SparkTiledMerge.blockwise(spark.sc(), List.of(JobOptions.parse(common + ",blocks=120,parameters=[" + best + "]")), 3).get(0);
		WholeImageJobTest.assertSameObjects(plugin, tuned.instances(), "parameters=best.json");
		final ImageResult plain = SparkTiledMerge.blockwise(spark.sc(), List.of(JobOptions.parse(common + ",blocks=120")), 3).get(0);
		assertNotEquals(plain.objectCount(), tuned.objectCount(), "the file's lambda (no pair is worth merging) changes the result");
		final MergeOptions fromFile = JobOptions.parse("parameters=[" + best + "]").mergeOptions();
		assertEquals(50, fromFile.lambda(), 0);
		assertEquals(8, fromFile.rho(), 0);
		final MergeOptions overridden = JobOptions.parse("parameters=[" + best + "],lambda=0.9,rho=5").mergeOptions();
		assertArrayEquals(new double[] { 0.9, 5 }, new double[] { overridden.lambda(), overridden.rho() }, 0, "explicit keys override the file");
	}

	@Test
	void badParameterFilesAreRefusedNamingTheKey(@TempDir final Path dir) throws Exception
	{
		final Path bad = Files.write(dir.resolve("bad.json"),
				"{\"format\": \"smm-merge-parameters\", \"parameters\": {\"lambda_typo\": 1.2}}".getBytes(StandardCharsets.UTF_8));
		final InvalidOptionException unknown = assertThrows(InvalidOptionException.class, () -> JobOptions.parse("image_file=a.tif,parameters=[" + bad + "]"));
		assertTrue(unknown.getMessage().contains("lambda_typo") && unknown.getMessage().contains("bad.json"), unknown.getMessage());
		final InvalidOptionException missing = assertThrows(InvalidOptionException.class,
				() -> JobOptions.parse("image_file=a.tif,parameters=[" + dir.resolve("none.json") + "]"));
		assertTrue(missing.getMessage().contains("parameters") && missing.getMessage().contains("none.json"), missing.getMessage());
		final Path best = dir.resolve("best.json");
		ParameterFile.write(best, MergeOptions.preset(Preset.MICROSCOPY), null);
		final InvalidOptionException both = assertThrows(InvalidOptionException.class,
				() -> JobOptions.parse("image_file=a.tif,preset=paper,parameters=[" + best + "]"));
		assertTrue(both.getMessage().contains("preset"), both.getMessage());
	}
}
