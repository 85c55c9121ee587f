package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.smm.eval.CategoryMode;
import io.github.smm.eval.ErrorReport;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingResult;
import io.github.smm.eval.MatchingStats;
import io.github.smm.eval.coco.CocoEvalResult;
import io.github.smm.io.EvaluationCsv;
import io.github.smm.io.AtomicFiles;
import io.github.smm.volume.VolumeEvaluation;
import io.github.smm.volume.VolumeInstance;

/**
 * The 3D path of <em>Evaluate Segmentation</em>: two label stacks whose planes are z slices,
 * matched in 3D (F1, PQ, … per IoU threshold), Cell Tracking Challenge SEG, split, merged, missed
 * and spurious objects, COCO AP/AP50/AP75/AR with the 3D mask IoU (class-agnostic: label stacks carry
 * no classes); {@code csv} and {@code summary_csv} get one row per threshold (the csv with the image's
 * name), the COCO columns the same on every row.
 */
final class VolumeEvaluate
{
	private VolumeEvaluate()
	{}

	/** Whether both inputs are single label stacks of z slices. */
	static boolean applies(final Path prediction, final Path groundTruth) throws IOException
	{
		return LabelStacks.isVolume(prediction) && LabelStacks.isVolume(groundTruth);
	}

	/** Evaluates, writes {@code summaryCsv} (one row per threshold) when given; returns the summary line. */
	static String run(final Path prediction, final Path groundTruth, final double[] thresholds, final File csv, final File summaryCsv, final File plotPng) throws IOException
	{
		if (plotPng != null && !plotPng.getPath().trim().isEmpty())
			throw new IllegalArgumentException("plot_png: the plots are not drawn for 3D label stacks yet; leave plot_png empty");
		final List<VolumeInstance> p = LabelStacks.read(prediction), g = LabelStacks.read(groundTruth);
		final MatchingResult m = VolumeEvaluation.match(p, g, MatchingOptions.defaults().withThresholds(thresholds));
		final double seg = VolumeEvaluation.seg(p, g).seg();
		final ErrorReport errors = VolumeEvaluation.errors(p, g);
		final double[] coco = coco(VolumeEvaluation.cocoAp(p, g, false));
		write(summaryCsv, "", m, seg, errors, coco);
		write(csv, prediction.getFileName() + ",", m, seg, errors, coco);
		final MatchingStats s = m.stats().get(0);
		return String.format(Locale.ROOT,
				"3D: 1 volume, class agnostic, IoU %.2f: F1 %.4f (TP %d, FP %d, FN %d), precision %.4f, recall %.4f, PQ %.4f, SEG %.4f; splits %d, merges %d, missed %d, spurious %d; COCO AP %.4f, AP50 %.4f, AP75 %.4f, AR %.4f",
				s.threshold(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.panopticQuality(), seg, errors.splits().size(),
				errors.merges().size(), errors.missed().size(), errors.spurious().size(), coco[0], coco[1], coco[2], coco[3]);
	}

	/** AP, AP50, AP75 and AR, every size, no detection cap. */
	private static double[] coco(final CocoEvalResult r)
	{
		final int all = Integer.MAX_VALUE;
		return new double[] { r.averagePrecision("all", all), r.averagePrecision(0.5, "all", all), r.averagePrecision(0.75, "all", all), r.averageRecall("all", all) };
	}

	/** One row per threshold ({@code prefix} before each, e.g. the image column), when {@code file} is given. */
	private static void write(final File file, final String prefix, final MatchingResult m, final double seg, final ErrorReport errors, final double[] coco) throws IOException
	{
		if (file == null || file.getPath().trim().isEmpty())
			return;
		final List<String> lines = new ArrayList<>();
		final List<String> cocoColumns = new ArrayList<>();
		for (final String c : EvaluationCsv.COCO_COLUMNS)
			cocoColumns.add(EvaluationCsv.cocoColumn(c, CategoryMode.CLASS_AGNOSTIC));
		lines.add((prefix.isEmpty() ? "" : "image,") + "iou_threshold,predictions,ground_truth,tp,fp,fn,precision,recall,f1,pq,seg,splits,merges,missed,spurious," + String.join(",", cocoColumns));
		final String cocoValues = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", coco[0], coco[1], coco[2], coco[3]);
		for (final MatchingStats s : m.stats())
			lines.add(prefix + String.format(Locale.ROOT, "%.4f,%d,%d,%d,%d,%d,%.6f,%.6f,%.6f,%.6f,%.6f,%d,%d,%d,%d,", s.threshold(), s.predictions(), s.groundTruth(), s.truePositives(),
					s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1(), s.panopticQuality(), seg, errors.splits().size(), errors.merges().size(), errors.missed().size(),
					errors.spurious().size()) + cocoValues);
		AtomicFiles.writeText(file.toPath(), out -> {
			for (final String l : lines)
				out.write(l + "\n");
		});
	}
}
