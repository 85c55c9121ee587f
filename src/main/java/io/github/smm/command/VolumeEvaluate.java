package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;
import io.github.smm.eval.ErrorReport;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingResult;
import io.github.smm.eval.MatchingStats;
import io.github.smm.io.AtomicFiles;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeEvaluation;
import io.github.smm.volume.VolumeInstance;

/**
 * The 3D path of <em>Evaluate Segmentation</em>: two label stacks whose planes are z slices,
 * matched in 3D (F1, PQ, … per IoU threshold), Cell Tracking Challenge SEG, splits and merges;
 * {@code csv} and {@code summary_csv} get one row per threshold (the csv with the image's name).
 */
final class VolumeEvaluate
{
	private VolumeEvaluate()
	{}

	/** Whether both inputs are single label stacks of z slices. */
	static boolean applies(final Path prediction, final Path groundTruth) throws IOException
	{
		for (final Path p : new Path[] { prediction, groundTruth })
			if (!Files.isRegularFile(p) || !p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.tiff?") || !ImagePlusVolumes.isVolume(ImagePlusLabels.open(p)))
				return false;
		return true;
	}

	/** Evaluates, writes {@code summaryCsv} (one row per threshold) when given; returns the summary line. */
	static String run(final Path prediction, final Path groundTruth, final double[] thresholds, final File csv, final File summaryCsv, final File plotPng) throws IOException
	{
		if (plotPng != null && !plotPng.getPath().trim().isEmpty())
			throw new IllegalArgumentException("plot_png: the plots are not drawn for 3D label stacks yet; leave plot_png empty");
		final List<VolumeInstance> p = read(prediction), g = read(groundTruth);
		final MatchingResult m = VolumeEvaluation.match(p, g, MatchingOptions.defaults().withThresholds(thresholds));
		final double seg = VolumeEvaluation.seg(p, g).seg();
		final ErrorReport errors = VolumeEvaluation.errors(p, g);
		write(summaryCsv, "", m, seg, errors);
		write(csv, prediction.getFileName() + ",", m, seg, errors);
		final MatchingStats s = m.stats().get(0);
		return String.format(Locale.ROOT, "3D: 1 volume, class agnostic, IoU %.2f: F1 %.4f (TP %d, FP %d, FN %d), precision %.4f, recall %.4f, PQ %.4f, SEG %.4f; splits %d, merges %d", s.threshold(),
				s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.panopticQuality(), seg, errors.splits().size(), errors.merges().size());
	}

	/** One row per threshold ({@code prefix} before each, e.g. the image column), when {@code file} is given. */
	private static void write(final File file, final String prefix, final MatchingResult m, final double seg, final ErrorReport errors) throws IOException
	{
		if (file == null || file.getPath().trim().isEmpty())
			return;
		final List<String> lines = new ArrayList<>();
		lines.add((prefix.isEmpty() ? "" : "image,") + "iou_threshold,predictions,ground_truth,tp,fp,fn,precision,recall,f1,pq,seg,splits,merges");
		for (final MatchingStats s : m.stats())
			lines.add(prefix + String.format(Locale.ROOT, "%.4f,%d,%d,%d,%d,%d,%.6f,%.6f,%.6f,%.6f,%.6f,%d,%d", s.threshold(), s.predictions(), s.groundTruth(), s.truePositives(),
					s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1(), s.panopticQuality(), seg, errors.splits().size(), errors.merges().size()));
		AtomicFiles.writeText(file.toPath(), out -> {
			for (final String l : lines)
				out.write(l + "\n");
		});
	}

	private static List<VolumeInstance> read(final Path file) throws IOException
	{
		final ImagePlus imp = ImagePlusLabels.open(file);
		imp.setTitle(file.toString());
		final List<VolumeInstance> out = new ArrayList<>();
		for (final LabelBlocks.Piece piece : LabelBlocks.pieces(ImagePlusVolumes.labels(imp), new Box3(0, 0, 0, imp.getWidth(), imp.getHeight(), imp.getStackSize())))
			out.add(new VolumeInstance(piece.label, piece.mask, 1, 0, null, VolumeInstance.NO_BLOCK));
		return out;
	}
}
