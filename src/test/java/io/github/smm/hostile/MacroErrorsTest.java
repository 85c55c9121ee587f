package io.github.smm.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.testutil.ImageJ1;

/**
 * Bad input through ImageJ 1.x macros (ImageJ's own interpreter, through ij1-patcher, as in
 * Fiji): for every command, a bad option, a missing file or a bad value aborts the macro — the
 * statement after the {@code run} line never runs — with ImageJ's "Macro Error" carrying the
 * command's message that names the item, no stack trace, and the inputs unchanged.
 */
class MacroErrorsTest
{
	private static ImageJ1.Session imagej;

	@BeforeAll
	static void start()
	{
		imagej = ImageJ1.session();
	}

	/** A macro line (with {@code {dir}} for the case's folder), its input files and what the message must contain. */
	private static final class Case
	{
		final String name, line;
		final String[] fragments;
		final List<String[]> files = new ArrayList<>();

		Case(final String name, final String line, final String... fragments)
		{
			this.name = name;
			this.line = line;
			this.fragments = fragments;
		}

		Case file(final String file, final String content)
		{
			files.add(new String[] { file, content });
			return this;
		}
	}

	private static final String COCO = CorpusCoco.valid();

	private static final String IMAGE = "{dir}/img.tif";

	private static List<Case> cases()
	{
		final List<Case> cases = new ArrayList<>();
		final String coco = "run(\"Merge COCO JSON\", \"input=[{dir}/in.json] output=[{dir}/out.json] ";
		cases.add(new Case("COCO: missing input", "run(\"Merge COCO JSON\", \"input=[{dir}/nope.json] output=[{dir}/out.json]\");", "Merge COCO JSON", "nope.json", "does not exist"));
		cases.add(new Case("COCO: NaN score", coco + "\");", "in.json", "annotations[1]", "score").file("in.json", COCO.replace("\"score\":0.8", "\"score\":NaN")));
		cases.add(new Case("COCO: score above 1", coco + "\");", "in.json", "annotations[1] (id 2)", "1.5").file("in.json", COCO.replace("\"score\":0.8", "\"score\":1.5")));
		cases.add(new Case("COCO: bad choice", coco + "method=magic\");", "method", "magic").file("in.json", COCO));
		cases.add(new Case("COCO: NaN option", coco + "preset=custom tau_d=NaN\");", "tau_d").file("in.json", COCO));
		cases.add(new Case("COCO: output is the input", "run(\"Merge COCO JSON\", \"input=[{dir}/in.json] output=[{dir}/in.json]\");", "in.json", "never overwritten")
				.file("in.json", COCO));
		cases.add(new Case("COCO: truncated", coco + "\");", "in.json").file("in.json", COCO.substring(0, COCO.length() / 2)));
		cases.add(new Case("ROIs: missing zip", "run(\"Merge ROIs\", \"rois=[{dir}/nope.zip] output_rois=[{dir}/out.zip]\");", "Merge ROIs", "nope.zip"));
		cases.add(new Case("ROIs: not a zip", "run(\"Merge ROIs\", \"rois=[{dir}/in.zip] output_rois=[{dir}/out.zip]\");", "Merge ROIs", "in.zip").file("in.zip", "not a zip"));
		cases.add(new Case("label images: negative tile size", "run(\"Merge Label Images\", \"input=[{dir}/in.tif] tile_size=-5 output_labels=[{dir}/out.tif]\");",
				"Merge Label Images", "tile_size").file("in.tif", "tiff"));
		cases.add(new Case("label images: a JPEG named .tif", "run(\"Merge Label Images\", \"input=[{dir}/in.tif] output_labels=[{dir}/out.tif]\");", "Merge Label Images", "in.tif")
				.file("in.tif", "\u00ff\u00d8\u00ff\u00e0 not really a JPEG"));
		cases.add(new Case("GeoJSON: syntax", "run(\"Merge GeoJSON\", \"input=[{dir}/in.geojson] output_geojson=[{dir}/out.geojson]\");", "Merge GeoJSON", "in.geojson")
				.file("in.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{]}"));
		cases.add(new Case("Check Annotations: connectivity=6", "run(\"Check Annotations\", \"ground_truth=[{dir}/nope.tif] connectivity=6\");", "Check Annotations", "connectivity", "6"));
		cases.add(new Case("Evaluate: bad thresholds", "run(\"Evaluate Segmentation\", \"prediction=[{dir}/a.json] ground_truth=[{dir}/a.json] iou_thresholds=0.9:0.1:0.5\");",
				"Evaluate Segmentation", "iou_thresholds").file("a.json", COCO));
		cases.add(new Case("Evaluate: missing ground truth", "run(\"Evaluate Segmentation\", \"prediction=[{dir}/a.json] ground_truth=[{dir}/nope.json]\");",
				"Evaluate Segmentation", "nope.json").file("a.json", COCO));
		cases.add(new Case("Overlay: missing labels", "run(\"Show Merge Overlay\", \"image=[" + IMAGE + "] labels=[{dir}/nope.tif] png=[{dir}/o.png]\");", "Show Merge Overlay", "nope.tif"));
		cases.add(new Case("Tiled: tile_size=8", "run(\"Tiled Segment and Merge\", \"image=[" + IMAGE + "] tile_size=8 output_labels=[{dir}/out.tif]\");", "Tiled Segment and Merge",
				"tile_size"));
		cases.add(new Case("Tiled: unknown threshold", "run(\"Tiled Segment and Merge\", \"image=[" + IMAGE + "] tile_size=32 threshold=li output_labels=[{dir}/out.tif]\");",
				"threshold", "li"));
		cases.add(new Case("Tiled: tile macro with a syntax error", "run(\"Tiled Segment and Merge\", \"image=[" + IMAGE
				+ "] tile_size=32 segmenter=macro macro_code=[{dir}/tile.ijm] output_labels=[{dir}/out.tif]\");", "Tiled Segment and Merge", "macro tile.ijm, line 2 (y = ;)",
				"Number or numeric function expected").file("tile.ijm", "x = 1;\ny = ;\nrun(\"Convert to Mask\");\n"));
		cases.add(new Case("Tiled: tile macro that changes nothing", "run(\"Tiled Segment and Merge\", \"image=[" + IMAGE
				+ "] tile_size=32 segmenter=macro macro_code=[{dir}/tile.ijm] output_labels=[{dir}/out.tif]\");", "macro tile.ijm", "unchanged").file("tile.ijm", "x = 1;\n"));
		cases.add(new Case("Tune: missing ground truth", "run(\"Tune Merge Parameters\", \"predictions=[{dir}/a.json] ground_truth=[{dir}/nope.json] output_parameters=[{dir}/best.json]\");", "Tune Merge Parameters",
				"nope.json").file("a.json", COCO));
		cases.add(new Case("Test model: missing package", "run(\"Test bioimage.io Model\", \"model=[{dir}/nope]\");", "Test bioimage.io Model", "nope", "does not exist"));
		cases.add(new Case("Test model: not a zip", "run(\"Test bioimage.io Model\", \"model=[{dir}/model.zip]\");", "Test bioimage.io Model", "model.zip").file("model.zip",
				"not a zip"));
		cases.add(new Case("Test model: yaml without weights", "run(\"Test bioimage.io Model\", \"model=[{dir}/rdf.yaml]\");", "Test bioimage.io Model", "rdf.yaml").file("rdf.yaml",
				"format_version: 0.5.3\ntype: model\nname: empty\n"));
		cases.add(new Case("Run model: missing package", "run(\"Run bioimage.io Model\", \"image_file=[" + IMAGE + "] model=[{dir}/nope] output_file=[{dir}/out.tif]\");",
				"Run bioimage.io Model", "nope"));
		cases.add(new Case("Run model: batch_size=0", "run(\"Run bioimage.io Model\", \"image_file=[" + IMAGE + "] model=[{dir}/nope] batch_size=0 output_file=[{dir}/out.tif]\");",
				"batch_size", "0"));
		cases.add(new Case("Tiled with a model: missing package", "run(\"Tiled Segment and Merge\", \"image=[" + IMAGE
				+ "] segmenter=bioimageio model=[{dir}/nope] output_labels=[{dir}/out.tif]\");", "Tiled Segment and Merge", "nope"));
		cases.add(new Case("Tiled with a model: unknown normalization", "run(\"Tiled Segment and Merge\", \"image=[" + IMAGE
				+ "] segmenter=bioimageio model=[{dir}/nope] normalization=global output_labels=[{dir}/out.tif]\");", "normalization", "global"));
		return cases;
	}

	@Test
	void everyBadInputAbortsTheMacroWithItsMessage(@TempDir final Path root) throws Exception
	{
		int k = 0;
		for (final Case c : cases())
		{
			final Path dir = Files.createDirectory(root.resolve("case" + k++));
			CorpusOptions.twoSquaresImage(dir.resolve("img.tif"));
			final List<byte[]> before = new ArrayList<>();
			for (final String[] f : c.files)
			{
				Files.write(dir.resolve(f[0]), f[1].getBytes(StandardCharsets.ISO_8859_1));
				before.add(Files.readAllBytes(dir.resolve(f[0])));
			}
			final Path reached = dir.resolve("reached.txt");
			final String macro = c.line.replace("{dir}", dir.toString()) + "\nFile.saveString(\"the macro went on\", \"" + reached + "\");\n";
			final String said = run(macro);
			assertFalse(Files.exists(reached), c.name + ": the macro went on after the error; it said: " + said);
			assertTrue(said.contains("Macro Error"), c.name + ": " + said);
			for (final String fragment : c.fragments)
				assertTrue(said.contains(fragment), c.name + ": the message does not name '" + fragment + "': " + said);
			assertFalse(said.contains("\tat ") || said.contains("Exception:"), c.name + ": a stack trace: " + said);
			for (int i = 0; i < c.files.size(); i++)
				assertArrayEquals(before.get(i), Files.readAllBytes(dir.resolve(c.files.get(i)[0])), c.name + ": input " + c.files.get(i)[0] + " changed");
		}
	}

	@Test
	void aValidRunGoesOn(@TempDir final Path dir) throws Exception
	{
		Files.writeString(dir.resolve("in.json"), COCO);
		final Path reached = dir.resolve("reached.txt");
		final String said = run("run(\"Merge COCO JSON\", \"input=[" + dir.resolve("in.json") + "] output=[" + dir.resolve("out.json") + "]\");\nFile.saveString(\"on\", \"" + reached
				+ "\");\n");
		assertTrue(Files.exists(reached) && Files.exists(dir.resolve("out.json")), said);
		assertFalse(said.contains("Macro Error"), said);
	}

	/** Runs {@code macro}; returns what ImageJ printed (headless, its error messages go to the console). */
	private static String run(final String macro)
	{
		final PrintStream out = System.out, err = System.err;
		final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		final PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
		try
		{
			imagej.runMacro(macro, "");
		}
		finally
		{
			System.setOut(out);
			System.setErr(err);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}
}
