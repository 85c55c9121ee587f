package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.command.EvaluateSegmentationTest.Table;
import io.github.smm.command.evaluation.EvaluationPlots;
import io.github.smm.eval.coco.CocoEvalParams;
import io.github.smm.eval.coco.CocoEvaluator;
import io.github.smm.eval.coco.CocoSummary;
import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.testutil.SharedData;

/**
 * Evaluate Segmentation on the COCO golden files (pycocotools 2.0.11): the command's COCO
 * numbers equal the core evaluator's with uncapped detections, which on these files (at most
 * 411 detections per image) are pycocotools' numbers for maxDets [1, 10, 1000].
 */
class EvaluateCocoTest
{
	private static final double TOLERANCE = 1e-9;

	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	@Test
	void cocoNumbersEqualTheEvaluatorAndPycocotools(@TempDir final Path dir) throws Exception
	{
		final Path gtFile = SharedData.require("coco_golden/gt.json"), dtFile = SharedData.require("coco_golden/dt.json");
		final JsonObject golden = golden().getAsJsonObject("maxDets_1_10_1000");
		final CocoDataset gt = CocoJson.read(gtFile);
		final List<CocoAnnotation> dt = CocoJson.readResults(dtFile, gt);
		for (final boolean agnostic : new boolean[] { false, true })
		{
			final Path sum = dir.resolve("summary_" + agnostic + ".csv"), csv = dir.resolve("images_" + agnostic + ".csv"), png = dir.resolve("plots_" + agnostic + ".png");
			final CommandModule m = commands.run(EvaluateSegmentation.class, true, "prediction", dtFile.toFile(), "ground_truth", gtFile.toFile(), "class_agnostic", agnostic,
					"csv", csv.toFile(), "summary_csv", sum.toFile(), "plot_png", png.toFile()).get();
			final CocoSummary direct = CocoEvaluator.evaluate(gt, dt, CocoEvalParams.defaults().withUseCategories(!agnostic)).summary();
			final Table s = new Table(sum);
			final String mode = agnostic ? "_class_agnostic" : "_per_category";
			assertEquals(10, s.rows.size(), "one row per default threshold");
			assertEquals(mode.substring(1), s.get(0, "classes"));
			assertEquals(direct.ap(), s.number(0, "coco_ap" + mode), TOLERANCE);
			assertEquals(direct.ar(), s.number(0, "coco_ar" + mode), TOLERANCE);
			final JsonArray stats = golden.getAsJsonArray(agnostic ? "stats_class_agnostic" : "stats");
			assertEquals(stats.get(1).getAsDouble(), s.number(0, "coco_ap50" + mode), TOLERANCE, "AP50 as pycocotools");
			assertEquals(stats.get(2).getAsDouble(), s.number(0, "coco_ap75" + mode), TOLERANCE, "AP75 as pycocotools");
			assertEquals(stats.get(8).getAsDouble(), s.number(0, "coco_ar" + mode), TOLERANCE, "AR as pycocotools");
			if (!agnostic)
				assertEquals(mean(golden.getAsJsonArray("precision_mean_per_iou")), s.number(9, "coco_ap" + mode), TOLERANCE, "AP = mean precision over the IoU thresholds");
			assertTrue(((String) m.getOutput("summary")).contains(String.format(java.util.Locale.ROOT, "COCO AP %.4f", direct.ap())), (String) m.getOutput("summary"));
			final Table t = new Table(csv);
			assertEquals(30, t.rows.size(), "3 images x 10 thresholds");
			assertEquals("dsb_bf_1024x1024_091944f1", t.get(0, "image"), "images are named by file_name without extension");
			final ImagePlus plots = IJ.openImage(png.toString());
			assertEquals(2 * EvaluationPlots.WIDTH, plots.getWidth());
			assertEquals(EvaluationPlots.HEIGHT, plots.getHeight());
		}
	}

	/**
	 * Without class_agnostic the command gives pycocotools' default numbers on this two-class
	 * set (useCats = 1; maxDets [1, 10, 1000], which no image reaches): per category, and the
	 * table says so.
	 */
	@Test
	void perCategoryIsTheDefaultAsInPycocotools(@TempDir final Path dir) throws Exception
	{
		final Path gtFile = SharedData.require("coco_golden/gt.json"), dtFile = SharedData.require("coco_golden/dt.json"), sum = dir.resolve("summary.csv");
		final JsonObject golden = golden().getAsJsonObject("maxDets_1_10_1000");
		final CommandModule m = commands.run(EvaluateSegmentation.class, true, "prediction", dtFile.toFile(), "ground_truth", gtFile.toFile(), "summary_csv", sum.toFile()).get();
		final Table s = new Table(sum);
		final JsonArray stats = golden.getAsJsonArray("stats"), agnostic = golden.getAsJsonArray("stats_class_agnostic");
		assertEquals("per_category", s.get(0, "classes"));
		assertEquals(stats.get(1).getAsDouble(), s.number(0, "coco_ap50_per_category"), TOLERANCE, "pycocotools' AP50 (useCats = 1)");
		assertEquals(stats.get(2).getAsDouble(), s.number(0, "coco_ap75_per_category"), TOLERANCE, "pycocotools' AP75");
		assertEquals(stats.get(8).getAsDouble(), s.number(0, "coco_ar_per_category"), TOLERANCE, "pycocotools' AR");
		assertEquals(mean(golden.getAsJsonArray("precision_mean_per_iou")), s.number(0, "coco_ap_per_category"), TOLERANCE, "pycocotools' AP");
		assertTrue(Math.abs(stats.get(1).getAsDouble() - agnostic.get(1).getAsDouble()) > 0.1, "the two modes differ on this set, so the default is tested");
		assertTrue(((String) m.getOutput("summary")).contains("per category"), (String) m.getOutput("summary"));
	}

	private static JsonObject golden() throws Exception
	{
		try (Reader r = Files.newBufferedReader(SharedData.require("coco_golden/expected_eval.json")))
		{
			return JsonParser.parseReader(r).getAsJsonObject();
		}
	}

	private static double mean(final JsonArray values)
	{
		double sum = 0;
		for (int i = 0; i < values.size(); i++)
			sum += values.get(i).getAsDouble();
		return sum / values.size();
	}
}
