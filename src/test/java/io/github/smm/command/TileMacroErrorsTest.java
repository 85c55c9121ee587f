package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.smm.io.coco.CocoJson;

/**
 * The tile macro of Tiled Segment and Merge (segmenter=macro) run by plain ImageJ headless,
 * as the launcher does: its first error stops the run with the macro's name, the line and
 * ImageJ's message — a syntax error, a broken loop (which ImageJ, ignoring errors, would run
 * forever), exit(), an ImageJ command that needs a display (a HeadlessException without a
 * message from ImageJ), a macro that leaves the tile unchanged — and a macro of built-in
 * functions only runs.
 */
class TileMacroErrorsTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	@Test
	void theFirstErrorNamesTheMacroAndTheLine(@TempDir final Path dir) throws Exception
	{
		final String[][] cases = { { "x = 1;\ny = ;\nz = 2;\n", "line 2 (y = ;): Number or numeric function expected" },
				{ "x = 1;\nfor (i = 0; i < 3; i++ {\n  x = x + 1;\n}\n", "line 2 (for (i = 0; i < 3; i++ {): ')' expected" },
				{ "x = 1;\nundefinedFunction(3);\n", "line 2 (undefinedFunction(3);): Undefined identifier" },
				{ "x = 1;\nexit(\"no cells here\");\n", "line 2 (exit(\"no cells here\");): the macro stopped" },
				{ "x = 1;\n\nrun(\"Convert to Mask\");\n", "line 3 (run(\"Convert to Mask\");): needs a display" },
				{ "x = 1;\n", "left the tile itself, unchanged" } };
		for (final String[] c : cases)
		{
			final Path macro = dir.resolve("tile.ijm");
			Files.writeString(macro, c[0]);
			final String message = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> fail(macro.toString()), c[0]);
			assertTrue(message.contains("Tiled Segment and Merge: tile 0 "), message);
			assertTrue(message.contains("macro tile.ijm, " + c[1]) || message.contains("macro tile.ijm " + c[1]), c[0] + " gave: " + message);
		}
		final String inline = fail("x = 1;\ny = ;");
		assertTrue(inline.contains("macro macro_code, line 2 (y = ;)"), inline);
		final String missing = fail(dir.resolve("nope.ijm").toString());
		assertTrue(missing.contains("macro_code=" + dir.resolve("nope.ijm") + ": no such macro file"), missing);
	}

	@Test
	void aMacroOfBuiltInFunctionsRuns(@TempDir final Path dir) throws Exception
	{
		final Path coco = dir.resolve("merged.json");
		// labels drawn with built-in functions only: the square of 150 is label 1, the one of 250 label 2
		final String macro = "w = getWidth(); h = getHeight();\nid = getImageID();\nnewImage(\"labels\", \"8-bit black\", w, h, 1);\nlabels = getImageID();\n"
				+ "for (y = 0; y < h; y++) for (x = 0; x < w; x++) { selectImage(id); v = getPixel(x, y); selectImage(labels); if (v > 100) setPixel(x, y, 1 + (v > 200)); }\n";
		commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("spots", spots()), "tile_size", 32, "overlap", 8, "segmenter", "macro", "macro_code", macro,
				"output_coco", coco.toFile()).get();
		assertEquals(2, CocoJson.read(coco).instancesOf(1).size());
	}

	/** Runs the tile macro {@code code} and returns the failure's message. */
	private static String fail(final String code)
	{
		final ExecutionException e = assertThrows(ExecutionException.class, () -> commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("spots", spots()), "tile_size",
				32, "overlap", 8, "segmenter", "macro", "macro_code", code).get());
		return CommandsTest.messages(e);
	}

	/** 48² with two bright 8² squares, of 150 and 250. */
	private static ByteProcessor spots()
	{
		final ByteProcessor bp = new ByteProcessor(48, 48);
		bp.setValue(150);
		bp.setRoi(4, 4, 8, 8);
		bp.fill();
		bp.setValue(250);
		bp.setRoi(30, 30, 8, 8);
		bp.fill();
		bp.resetRoi();
		return bp;
	}
}
