package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.command.EvaluateSegmentationTest.Table;
import io.github.smm.testutil.ImageJ1;

/**
 * Evaluate Segmentation and Check Annotations called by title from ImageJ 1.x macros (through
 * ij1-patcher and the ImageJ 1.x {@code plugins.config}), as a user's batch macro would.
 */
class EvaluateSegmentationMacroTest
{
	private static void runMacro(final String code)
	{
		ImageJ1.runMacro(code, "");
	}

	/** Both commands in one macro (one ImageJ 1.x start-up, which takes most of the time). */
	@Test
	void evaluateAndCheckRunFromAMacro(@TempDir final Path dir) throws Exception
	{
		final Path pred = dir.resolve("pred.tif"), gt = dir.resolve("gt.tif"), scores = dir.resolve("scores.csv"), problems = dir.resolve("problems.csv");
		EvaluateSegmentationTest.writeScene(pred, gt);
		runMacro("run(\"Evaluate Segmentation\", \"prediction=[" + pred + "] ground_truth=[" + gt + "] csv=[" + scores + "]\");\n"
				+ "run(\"Check Annotations\", \"ground_truth=[" + pred + "] min_area=30 connectivity=4 csv=[" + problems + "]\");\n");
		final Table t = new Table(scores);
		assertEquals(10, t.rows.size(), "the default thresholds 0.5:0.05:0.95");
		assertEquals(List.of("2", "1", "1"), List.of(t.get(0, "tp"), t.get(0, "fp"), t.get(0, "fn")));
		assertEquals(List.of("image,kind,ids,pixels,count", "pred,sliver,9,25,1"), Files.readAllLines(problems));
	}
}
