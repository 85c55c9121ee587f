package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.github.smm.command.evaluation.EvaluationPlots;
import io.github.smm.eval.CategoryMode;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingStats;
import io.github.smm.io.AtomicFiles;
import io.github.smm.io.EvaluationCsv;
import io.github.smm.volume.VolumeDataset;
import io.github.smm.volume.VolumeScores;

/**
 * The 3D path of <em>Evaluate Segmentation</em>: two label stacks whose planes are z slices (or 3D
 * ROI sets), or two folders of them paired by file name as the 2D folders are ({@link VolumeFiles}),
 * matched in 3D (F1, PQ, … per IoU threshold), Cell Tracking Challenge SEG, split, merged, missed
 * and spurious objects at IoU 0.5, COCO AP/AP50/AP75/AR with the 3D mask IoU (class-agnostic: label
 * stacks carry no classes). The data set is pooled as in 2D ({@link VolumeDataset}). {@code csv}:
 * one row per volume and threshold (the volume's name first); {@code summary_csv}: one row per
 * threshold of the pooled scores with the number of volumes; the COCO columns the same on every row
 * of a volume; {@code plot_png}: the 2D plots (precision against recall, scores against the IoU
 * threshold) of the pooled scores. The IoU counts voxels, so the voxel size does not enter.
 */
final class VolumeEvaluate
{
	private VolumeEvaluate()
	{}

	/** Whether either input is a label stack of z slices, a 3D ROI set or a folder holding one. */
	static boolean applies(final Path prediction, final Path groundTruth) throws IOException
	{
		return VolumeFiles.isVolumeInput(groundTruth) || VolumeFiles.isVolumeInput(prediction);
	}

	/**
	 * Evaluates every pair, writes the files asked for; returns the summary line.
	 *
	 * @throws IllegalArgumentException naming the file: an unpaired volume, a 2D image, volumes of different sizes
	 */
	static String run(final Path prediction, final Path groundTruth, final double[] thresholds, final File csv, final File summaryCsv, final File plotPng, final Consumer<String> warn)
			throws IOException
	{
		final VolumeFiles gt = VolumeFiles.list(groundTruth, "ground_truth"), pred = VolumeFiles.list(prediction, "prediction");
		gt.warnings().forEach(warn);
		pred.warnings().forEach(warn);
		final List<VolumeFiles.Pair> pairs = VolumeFiles.pair(pred, gt);
		final VolumeDataset data = new VolumeDataset(MatchingOptions.defaults().withThresholds(thresholds));
		for (int k = 0; k < pairs.size(); k++)
		{
			final VolumeFiles.Pair pair = pairs.get(k);
			Progress.status("Spatial Mask Merging: evaluating volume " + (k + 1) + "/" + pairs.size() + " (" + pair.name + ")");
			Progress.progress(k, pairs.size());
			final VolumeFiles.Volume p = VolumeFiles.read(pair.prediction, "prediction"), g = VolumeFiles.read(pair.truth, "ground_truth");
			if (p.size != null && g.size != null && !java.util.Arrays.equals(p.size, g.size))
				throw new IllegalArgumentException("prediction " + pair.prediction + " is " + p.describeSize() + " but ground_truth " + pair.truth + " is " + g.describeSize()
						+ ": they must be label stacks of the same volume");
			data.add(pair.name, p.objects, g.objects);
		}
		Progress.progress(1, 1);
		final VolumeScores all = data.pooled();
		if (given(summaryCsv))
			write(summaryCsv, "iou_threshold,volumes,", List.of(all), Integer.toString(pairs.size()) + ",", false);
		if (given(csv))
			write(csv, "image,iou_threshold,", data.volumes(), "", true);
		if (given(plotPng))
			EvaluationPlots.writePng(plotPng.toPath(), EvaluationPlots.precisionRecall(all.coco()), EvaluationPlots.metrics(all.stats()));
		return describe(all, pairs.size());
	}

	/** The pooled scores at the first threshold. */
	static String describe(final VolumeScores all, final int volumes)
	{
		final MatchingStats s = all.stats().get(0);
		final double[] coco = all.cocoSummary();
		return String.format(Locale.ROOT,
				"3D: %d volume%s, class agnostic, IoU %.2f: F1 %.4f (TP %d, FP %d, FN %d), precision %.4f, recall %.4f, PQ %.4f, SEG %.4f; splits %d, merges %d, missed %d, spurious %d; COCO AP %.4f, AP50 %.4f, AP75 %.4f, AR %.4f",
				volumes, volumes == 1 ? "" : "s", s.threshold(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.panopticQuality(), all.seg(),
				all.splits(), all.merges(), all.missed(), all.spurious(), coco[0], coco[1], coco[2], coco[3]);
	}

	/**
	 * One row per volume and threshold: {@code header} starts the header line, the volume's name
	 * (when {@code named}) or {@code after} goes before the threshold.
	 */
	private static void write(final File file, final String header, final List<VolumeScores> volumes, final String after, final boolean named) throws IOException
	{
		final List<String> lines = new ArrayList<>();
		final List<String> cocoColumns = new ArrayList<>();
		for (final String c : EvaluationCsv.COCO_COLUMNS)
			cocoColumns.add(EvaluationCsv.cocoColumn(c, CategoryMode.CLASS_AGNOSTIC));
		lines.add(header + "predictions,ground_truth,tp,fp,fn,precision,recall,f1,pq,seg,splits,merges,missed,spurious," + String.join(",", cocoColumns));
		for (final VolumeScores v : volumes)
		{
			final double[] coco = v.cocoSummary();
			final String cocoValues = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", coco[0], coco[1], coco[2], coco[3]);
			for (final MatchingStats s : v.stats())
			{
				final String threshold = String.format(Locale.ROOT, "%.4f,", s.threshold());
				lines.add((named ? csvText(v.name()) + "," + threshold : threshold + after)
						+ String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%.6f,%.6f,%.6f,%.6f,%.6f,%d,%d,%d,%d,", s.predictions(), s.groundTruth(), s.truePositives(), s.falsePositives(),
								s.falseNegatives(), s.precision(), s.recall(), s.f1(), s.panopticQuality(), v.seg(), v.splits(), v.merges(), v.missed(), v.spurious())
						+ cocoValues);
			}
		}
		AtomicFiles.writeText(file.toPath(), out -> {
			for (final String l : lines)
				out.write(l + "\n");
		});
	}

	/** A name, quoted when it holds a comma or a quote. */
	private static String csvText(final String s)
	{
		return s.indexOf(',') < 0 && s.indexOf('"') < 0 ? s : '"' + s.replace("\"", "\"\"") + '"';
	}

	private static boolean given(final File f)
	{
		return f != null && !f.getPath().trim().isEmpty();
	}
}
