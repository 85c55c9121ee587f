package io.github.smm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.model.Instance;
import io.github.smm.testutil.TiledScene;

/** The launcher's sub-commands, run in-process as {@code java -jar smm.jar …} would run them. */
class LauncherTest
{
	private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

	private int run(final String... args)
	{
		return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void runsACommandByTitleWithFijiArgumentSyntax(@TempDir final Path dir)
	{
		final TiledScene scene = new TiledScene(41, 210, 210, 90, 30, 30);
		final CocoDataset.Builder b = CocoDataset.builder().image(1, "a.png", 210, 210).category(0, "cell");
		final java.util.List<Instance> noWindows = new java.util.ArrayList<>();
		for (final Instance p : scene.predictions)
			noWindows.add(new Instance(p.id(), p.mask(), p.score()));
		CocoJson.write(b.instances(1, noWindows).build(), dir.resolve("in.json"), io.github.smm.io.coco.CocoWriteOptions.rle());
		final int code = run("run", "Merge COCO JSON", "input=" + dir.resolve("in.json") + ",output='" + dir.resolve("out, merged.json") + "',overlap_measure=ios");
		assertEquals(0, code, err.toString());
		assertEquals(scene.truth.size(), CocoJson.read(dir.resolve("out, merged.json")).annotations().size());
		assertTrue(out.toString().contains("Merge COCO JSON: 1 images: " + scene.predictions.size() + " annotations -> " + scene.truth.size() + " objects"), out.toString());
	}

	@Test
	void unknownTitlesAndParametersAreNamed()
	{
		assertEquals(2, run("run", "Merge Everything", "input=x"));
		assertTrue(err.toString().contains("no command titled 'Merge Everything'"), err.toString());
		assertTrue(err.toString().contains("Merge COCO JSON"), "lists the known titles: " + err);
		err.reset();
		assertEquals(2, run("run", "Merge COCO JSON", "inptu=x"));
		assertTrue(err.toString().contains("no parameter 'inptu'"), err.toString());
		err.reset();
		assertEquals(2, run("frobnicate"));
		assertTrue(err.toString().contains("unknown sub-command 'frobnicate'"));
	}

	@Test
	void aCommandsErrorStandsAlone(@TempDir final Path dir) throws Exception
	{
		final Path in = dir.resolve("yolo.json");
		Files.writeString(in, "[{\"image_id\": 3, \"category_id\": 1, \"score\": 0.9, \"segmentation\": [[1, 1, 5, 1, 5, 4]]}]");
		final PrintStream systemErr = System.err;
		final ByteArrayOutputStream logged = new ByteArrayOutputStream();
		System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
		try
		{
			assertEquals(2, run("run", "Merge COCO JSON", "input=" + in));
		}
		finally
		{
			System.setErr(systemErr);
		}
		assertTrue(!logged.toString().contains("Command errored") && !logged.toString().contains("\tat "), "SciJava does not log bad input with a stack trace: " + logged);
		final String message = err.toString().trim();
		assertTrue(message.startsWith("error: Merge COCO JSON: " + in + ": results[0]: image_id 3 has only polygon results"), message);
		assertTrue(!message.contains("Exception") && !message.contains("Module threw"), "no wrapper in the user's message: " + message);
		assertEquals(1, message.lines().count(), message);
	}

	@Test
	void demoWritesEveryOutputAndABetterResultThanTheRawTiles(@TempDir final Path dir) throws Exception
	{
		assertEquals(0, run("demo", "--out", dir.toString()), err.toString());
		for (final String f : new String[] { "image.tif", "merged_labels.tif", "merged_rois.zip", "merged_coco.json", "clusters.csv", "summary.json" })
			assertTrue(Files.size(dir.resolve(f)) > 0, f);
		@SuppressWarnings("unchecked")
		final Map<String, Double> s = new Gson().fromJson(Files.readString(dir.resolve("summary.json")), Map.class);
		assertTrue(s.get("tile_predictions") > s.get("merged_objects"), "merging removes duplicates: " + s);
		assertTrue(s.get("f1_merged") > s.get("f1_tile_predictions") + 0.1, "merging must beat the raw tile predictions: " + s);
		assertTrue(Math.abs(s.get("merged_objects") - s.get("untiled_objects")) < 0.05 * s.get("untiled_objects"), "tiled+merged ≈ untiled count: " + s);
		assertEquals(s.get("merged_objects").intValue(), CocoJson.read(dir.resolve("merged_coco.json")).annotations().size());
	}
}
