package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ShortProcessor;
import io.github.smm.command.evaluation.EvaluationPlots;
import io.github.smm.eval.CategoryMode;
import io.github.smm.io.EvaluationCsv;

/**
 * Evaluate Segmentation run headless through a SciJava context on hand-drawn label images
 * whose scores are known.
 */
class EvaluateSegmentationTest
{
	private static final double EPS = 1e-12;

	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	/**
	 * Ground truth: A 10×10 at (2,2), B 10×10 at (20,2), C 8×8 at (2,20). Predictions: A
	 * exactly, B shifted right by 2 px (IoU 80/120), a spurious 5×5 D at (30,30); C is missed.
	 */
	static void writeScene(final Path prediction, final Path groundTruth) throws IOException
	{
		writeLabels(groundTruth, 40, 40, new int[] { 1, 2, 2, 10, 10 }, new int[] { 2, 20, 2, 10, 10 }, new int[] { 3, 2, 20, 8, 8 });
		writeLabels(prediction, 40, 40, new int[] { 7, 2, 2, 10, 10 }, new int[] { 8, 22, 2, 10, 10 }, new int[] { 9, 30, 30, 5, 5 });
	}

	/** A 16-bit label TIFF with rectangles {label, x, y, width, height}, later ones on top. */
	static void writeLabels(final Path file, final int width, final int height, final int[]... rects) throws IOException
	{
		final ShortProcessor ip = new ShortProcessor(width, height);
		for (final int[] r : rects)
		{
			ip.setValue(r[0]);
			ip.setRoi(r[1], r[2], r[3], r[4]);
			ip.fill();
		}
		ip.resetRoi();
		if (!IJ.saveAsTiff(new ImagePlus("labels", ip), file.toString()))
			throw new IOException("could not write " + file);
	}

	/** A CSV file as header and rows of cells (no quoted fields). */
	static final class Table
	{
		final List<String> header;
		final List<String[]> rows = new ArrayList<>();

		Table(final Path file) throws IOException
		{
			final List<String> lines = Files.readAllLines(file);
			header = Arrays.asList(lines.get(0).split(",", -1));
			for (final String line : lines.subList(1, lines.size()))
				rows.add(line.split(",", -1));
		}

		String get(final int row, final String column)
		{
			assertTrue(header.contains(column), "no column " + column + " in " + header);
			return rows.get(row)[header.indexOf(column)];
		}

		double number(final int row, final String column)
		{
			return Double.parseDouble(get(row, column));
		}
	}

	@Test
	void labelImagesGiveTheKnownCountsPerThreshold(@TempDir final Path dir) throws Exception
	{
		final Path pred = dir.resolve("pred.tif"), gt = dir.resolve("gt.tif"), csv = dir.resolve("images.csv"), sum = dir.resolve("summary.csv");
		writeScene(pred, gt);
		final CommandModule m = commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5,0.75",
				"csv", csv.toFile(), "summary_csv", sum.toFile()).get();
		final Table t = new Table(csv);
		assertEquals(EvaluationCsv.IMAGE_COLUMNS, t.header);
		assertEquals(2, t.rows.size());
		assertEquals("gt", t.get(0, "image"), "two single files pair whatever their names; the row takes the ground truth's name");
		assertEquals(0.5, t.number(0, "threshold"));
		assertEquals(List.of("2", "1", "1"), List.of(t.get(0, "tp"), t.get(0, "fp"), t.get(0, "fn")));
		assertEquals(2.0 / 3, t.number(0, "precision"), EPS);
		assertEquals(2.0 / 3, t.number(0, "recall"), EPS);
		assertEquals(2.0 / 3, t.number(0, "f1"), EPS);
		assertEquals(0.5, t.number(0, "accuracy"), EPS);
		final double iouB = 80.0 / 120;
		assertEquals((1 + iouB) / 2, t.number(0, "mean_matched_iou"), EPS);
		assertEquals((1 + iouB) / 3, t.number(0, "mean_true_iou"), EPS);
		assertEquals(2 * (1 + iouB) / 6, t.number(0, "pq"), EPS);
		assertEquals((1 + iouB) / 3, t.number(0, "seg"), EPS, "SEG: A scores 1, B 80/120 (80 of its 100 px covered), C 0");
		assertEquals(List.of("0", "0", "1", "1"), List.of(t.get(0, "splits"), t.get(0, "merges"), t.get(0, "missed"), t.get(0, "spurious")));
		assertEquals(0.75, t.number(1, "threshold"));
		assertEquals(List.of("1", "2", "2"), List.of(t.get(1, "tp"), t.get(1, "fp"), t.get(1, "fn")));
		assertEquals(List.of("2", "2"), List.of(t.get(1, "missed"), t.get(1, "spurious")), "at 0.75 the shifted B is both missed and spurious");
		final Table s = new Table(sum);
		assertEquals(EvaluationCsv.summaryColumns(CategoryMode.CLASS_AGNOSTIC), s.header, "label images carry no classes: class-agnostic");
		assertEquals("class_agnostic", s.get(0, "classes"));
		assertEquals("1", s.get(0, "images"));
		assertEquals(t.get(1, "pq"), s.get(1, "pq"));
		assertEquals("", s.get(0, "coco_ap_class_agnostic"), "no COCO numbers for label images");
		assertTrue(((String) m.getOutput("summary")).contains("F1 0.6667 (TP 2, FP 1, FN 1)"), (String) m.getOutput("summary"));
	}

	@Test
	void foldersArePairedByNameAndSummed(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		writeScene(pred.resolve("b.tif"), gt.resolve("b.tif"));
		writeLabels(pred.resolve("a.png"), 20, 20, new int[] { 1, 0, 0, 5, 5 });
		writeLabels(gt.resolve("a.tif"), 20, 20, new int[] { 4, 0, 0, 5, 5 }, new int[] { 5, 10, 10, 5, 5 });
		Files.writeString(pred.resolve("notes.txt"), "not an image");
		final Path csv = dir.resolve("images.csv"), sum = dir.resolve("summary.csv");
		commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5", "csv", csv.toFile(),
				"summary_csv", sum.toFile()).get();
		final Table t = new Table(csv);
		assertEquals(List.of("a", "b"), List.of(t.get(0, "image"), t.get(1, "image")));
		assertEquals(List.of("1", "0", "1"), List.of(t.get(0, "tp"), t.get(0, "fp"), t.get(0, "fn")));
		assertEquals(List.of("2", "1", "1"), List.of(t.get(1, "tp"), t.get(1, "fp"), t.get(1, "fn")));
		final Table s = new Table(sum);
		assertEquals(List.of("2", "3", "1", "2"), List.of(s.get(0, "images"), s.get(0, "tp"), s.get(0, "fp"), s.get(0, "fn")));
		assertEquals(3.0 / 5, s.number(0, "recall"), EPS);
		assertEquals((1 + 0 + 1 + 80.0 / 120 + 0) / 5, s.number(0, "seg"), EPS, "data-set SEG averages over all 5 ground-truth objects");
	}

	@Test
	void unpairedImagesAreNamed(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		for (final String name : List.of("a", "b", "only_truth"))
			writeLabels(gt.resolve(name + ".tif"), 10, 10, new int[] { 1, 0, 0, 3, 3 });
		for (final String name : List.of("a", "b", "only_pred"))
			writeLabels(pred.resolve(name + ".tif"), 10, 10, new int[] { 1, 0, 0, 3, 3 });
		final String msg = failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile());
		assertTrue(msg.contains("only_truth") && msg.contains("only_pred"), msg);
		assertTrue(!msg.contains("[a") && !msg.contains(" b,"), msg);
	}

	@Test
	void badThresholdsAreNamed(@TempDir final Path dir) throws Exception
	{
		final Path pred = dir.resolve("p.tif"), gt = dir.resolve("g.tif");
		writeScene(pred, gt);
		for (final String[] bad : new String[][] { { "0.5:abc:0.9", "'abc'" }, { "0.5,1.5", "1.5" }, { "0.9:0.05:0.5", "above stop" }, { "0.5,0.5", "twice" }, { "", "no threshold" } })
		{
			final String msg = failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", bad[0]);
			assertTrue(msg.contains("iou_thresholds") && msg.contains(bad[1]), bad[0] + ": " + msg);
		}
	}

	@Test
	void missingInputIsNamed(@TempDir final Path dir) throws Exception
	{
		final Path gt = dir.resolve("g.tif");
		writeScene(dir.resolve("p.tif"), gt);
		final String msg = failure(commands, "prediction", dir.resolve("nothing.tif").toFile(), "ground_truth", gt.toFile());
		assertTrue(msg.contains("nothing.tif") && msg.contains("does not exist"), msg);
	}

	@Test
	void plotPngHoldsBothPlotsSideBySide(@TempDir final Path dir) throws Exception
	{
		final Path pred = dir.resolve("p.tif"), gt = dir.resolve("g.tif"), png = dir.resolve("plots.png");
		writeScene(pred, gt);
		commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "plot_png", png.toFile()).get();
		final ImagePlus imp = IJ.openImage(png.toString());
		assertEquals(2 * EvaluationPlots.WIDTH, imp.getWidth());
		assertEquals(EvaluationPlots.HEIGHT, imp.getHeight());
		assertEquals(ImagePlus.COLOR_RGB, imp.getType());
		assertTrue(imp.getProcessor().getStatistics().stdDev > 0, "the plot image is not blank");
	}

	/** The messages of the failure of a run with these inputs. */
	static String failure(final CommandContext commands, final Object... inputs)
	{
		final ExecutionException e = assertThrows(ExecutionException.class, () -> commands.run(EvaluateSegmentation.class, true, inputs).get());
		return CommandsTest.messages(e);
	}
}
