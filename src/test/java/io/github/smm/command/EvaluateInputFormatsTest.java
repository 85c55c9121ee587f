package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.command.EvaluateSegmentationTest.Table;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/** Evaluate Segmentation on ROI sets and COCO datasets, and the errors of mismatched inputs. */
class EvaluateInputFormatsTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	/** Squares of side 6 on a 10 px grid: {@code n} instances of class 1 with the score given. */
	private static List<Instance> squares(final int n, final long firstId, final double score)
	{
		final List<Instance> out = new ArrayList<>();
		for (int i = 0; i < n; i++)
			out.add(new Instance(firstId + i, RleMask.rectangle(Box.ofSize(2 + 10 * (i % 4), 2 + 10 * (i / 4), 6, 6)), score, 1, null, Instance.NO_TILE));
		return out;
	}

	@Test
	void cocoDatasetsArePairedByFileNameNotImageId(@TempDir final Path dir) throws Exception
	{
		final Path gt = dir.resolve("gt.json"), pred = dir.resolve("pred.json"), sum = dir.resolve("summary.csv"), csv = dir.resolve("images.csv");
		CocoJson.write(CocoDataset.builder().category(1, "nucleus").image(1, "x.png", 40, 40).image(2, "sub/y.png", 40, 40)
				.instances(1, squares(5, 1, 1)).instances(2, squares(3, 100, 1)).build(), gt, CocoWriteOptions.rle());
		// the same images under other ids and in another order, one object of y missed
		CocoJson.write(CocoDataset.builder().category(1, "nucleus").image(7, "y.tif", 40, 40).image(9, "x.tif", 40, 40)
				.instances(7, squares(2, 1, 0.8)).instances(9, squares(5, 50, 0.9)).build(), pred, CocoWriteOptions.rle());
		commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5", "csv", csv.toFile(),
				"summary_csv", sum.toFile()).get();
		final Table t = new Table(csv);
		assertEquals(List.of("x", "y"), List.of(t.get(0, "image"), t.get(1, "image")));
		assertEquals(List.of("5", "0", "0"), List.of(t.get(0, "tp"), t.get(0, "fp"), t.get(0, "fn")));
		assertEquals(List.of("2", "0", "1"), List.of(t.get(1, "tp"), t.get(1, "fp"), t.get(1, "fn")));
		final Table s = new Table(sum);
		assertEquals(7.0 / 8, s.number(0, "coco_ar_per_category"), 1e-12, "7 of 8 objects found at every IoU threshold");
		assertEquals(88.0 / 101, s.number(0, "coco_ap50_per_category"), 1e-12, "precision 1 at the 88 recall thresholds 0, 0.01, ..., 0.87 up to recall 7/8, 0 above");
	}

	@Test
	void roiSetsAreReadAsInstances(@TempDir final Path dir) throws Exception
	{
		final Path gt = dir.resolve("gt.tif"), pred = dir.resolve("RoiSet.zip"), csv = dir.resolve("images.csv");
		EvaluateSegmentationTest.writeLabels(gt, 40, 40, new int[] { 1, 2, 2, 6, 6 }, new int[] { 2, 12, 2, 6, 6 }, new int[] { 3, 22, 2, 6, 6 });
		RoiSets.write(pred, Rois.fromInstances(squares(2, 1, 1)));
		commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.9", "csv", csv.toFile()).get();
		final Table t = new Table(csv);
		assertEquals(List.of("2", "0", "1"), List.of(t.get(0, "tp"), t.get(0, "fp"), t.get(0, "fn")));
		assertEquals(1.0, t.number(0, "mean_matched_iou"), 1e-12);
	}

	@Test
	void aResultsListNeedsCocoGroundTruth(@TempDir final Path dir) throws Exception
	{
		final Path gt = dir.resolve("gt.tif"), pred = dir.resolve("results.json");
		EvaluateSegmentationTest.writeLabels(gt, 10, 10, new int[] { 1, 0, 0, 3, 3 });
		Files.writeString(pred, "[]");
		final String msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile());
		assertTrue(msg.contains("results.json") && msg.contains("COCO results list"), msg);
	}

	@Test
	void twoFilesOfOneNameInAFolderAreAnError(@TempDir final Path dir) throws Exception
	{
		final Path gt = Files.createDirectory(dir.resolve("gt")), pred = Files.createDirectory(dir.resolve("pred"));
		EvaluateSegmentationTest.writeLabels(gt.resolve("a.tif"), 10, 10, new int[] { 1, 0, 0, 3, 3 });
		EvaluateSegmentationTest.writeLabels(pred.resolve("a.tif"), 10, 10, new int[] { 1, 0, 0, 3, 3 });
		RoiSets.write(pred.resolve("a.zip"), Rois.fromInstances(squares(1, 1, 1)));
		final String msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile());
		assertTrue(msg.contains("a.tif") && msg.contains("a.zip"), msg);
	}

	@Test
	void unsupportedFilesAreNamed(@TempDir final Path dir) throws Exception
	{
		final Path gt = dir.resolve("gt.tif"), pred = dir.resolve("pred.csv");
		EvaluateSegmentationTest.writeLabels(gt, 10, 10, new int[] { 1, 0, 0, 3, 3 });
		Files.writeString(pred, "x,y\n");
		final String msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile());
		assertTrue(msg.contains("pred.csv") && msg.contains("unsupported"), msg);
	}
}
