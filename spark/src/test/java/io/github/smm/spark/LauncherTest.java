package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.geojson.GeoJson;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * The launcher with the command's option string, embedded at {@code local[2]}: writes what
 * the command writes; bad arguments name what is wrong.
 */
class LauncherTest
{
	@Test
	void theCommandsOptionStringRunsEmbeddedAndWritesThePluginsObjects(@TempDir final Path dir) throws Exception
	{
		final Path image = Discs.save(SeamDiscs.image(700, 250, 160, 40, 21), dir.resolve("wide.tif"));
		final String options = "image_file=[" + image + "],tile_size=160,overlap=0.25,segmenter=threshold_watershed,blocks=240";
		final Path coco = dir.resolve("spark.json");
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final int code = SparkMain.run(new String[] { "--master", "local[2]", "Tiled Segment and Merge", options + ",output_coco=[" + coco + "]" }, print(out), print(err));
		assertEquals(0, code, text(err));
		assertTrue(text(out).contains("3 blocks") && text(out).contains(coco.toString()), text(out));
		final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(options.replace(",blocks=240", ""), dir.resolve("plugin.json")));
		WholeImageJobTest.assertSameObjects(plugin, Instances.canonical(CocoJson.read(coco).instancesOf(1)), "launcher");
		assertTrue(Files.exists(coco));
	}

	@Test
	void aBatchFolderWritesCocoAndGeoJsonPerImageAsTheCommandDoes(@TempDir final Path dir) throws Exception
	{
		final Path images = Files.createDirectories(dir.resolve("images"));
		final Path image = Discs.save(SeamDiscs.image(400, 400, 160, 40, 23), images.resolve("square.tif"));
		final String options = "tile_size=160,overlap=40,segmenter=threshold_watershed";
		final Path out = dir.resolve("out");
		final ByteArrayOutputStream o = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		assertEquals(0, SparkMain.run(new String[] { "--master", "local[2]", "Tiled Segment and Merge", options + ",blocks=240,geojson=true,batch=[" + images + "],output_folder=["
				+ out + "]" }, print(o), print(err)), text(err));
		final Path pluginGeojson = dir.resolve("plugin.geojson");
		final List<Instance> plugin = Instances.canonical(
				PluginReference.tiledSegmentAndMerge(options + ",image_file=[" + image + "],output_geojson=[" + pluginGeojson + "]", dir.resolve("plugin.json")));
		WholeImageJobTest.assertSameObjects(plugin, Instances.canonical(CocoJson.read(out.resolve("square.json")).instancesOf(1)), "COCO");
		WholeImageJobTest.assertSameObjects(Instances.canonical(GeoJson.read(pluginGeojson).instances()), Instances.canonical(GeoJson.read(out.resolve("square.geojson")).instances()),
				"GeoJSON");
		assertTrue(Files.readString(out.resolve("summary.csv")).contains("square.json;" + out.resolve("square.geojson")), Files.readString(out.resolve("summary.csv")));
	}

	@Test
	void badArgumentsAreNamed()
	{
		assertRefused("no command titled", new String[] { "Merge ROIs", "rois=a.zip" }, "runs 'Tiled Segment and Merge' only");
		assertRefused("unknown key", new String[] { "Tiled Segment and Merge", "image_file=a.tif,tile_sise=3" }, "tile_sise");
		assertRefused("macro", new String[] { "Tiled Segment and Merge", "image_file=a.tif,segmenter=macro" }, "segmenter=macro");
		assertRefused("both inputs", new String[] { "Tiled Segment and Merge", "image_file=a.tif,batch=b" }, "either image_file");
		assertRefused("flag", new String[] { "--masterr", "x", "Tiled Segment and Merge", "image_file=a.tif" }, "--masterr");
	}

	private static void assertRefused(final String what, final String[] args, final String expected)
	{
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(2, SparkMain.run(args, print(new ByteArrayOutputStream()), print(err)), what);
		assertTrue(text(err).contains(expected), what + ": " + text(err));
	}

	private static PrintStream print(final ByteArrayOutputStream b)
	{
		return new PrintStream(b, true, StandardCharsets.UTF_8);
	}

	private static String text(final ByteArrayOutputStream b)
	{
		return b.toString(StandardCharsets.UTF_8);
	}
}
