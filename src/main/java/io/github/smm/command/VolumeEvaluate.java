package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import ij.gui.Plot;
import ij.measure.ResultsTable;
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
 * and spurious objects per IoU threshold (as in 2D), COCO AP/AP50/AP75/AR with the 3D mask IoU (class-agnostic: label
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
		return run(prediction, groundTruth, thresholds, csv, summaryCsv, plotPng, warn, false);
	}

	/**
	 * As {@link #run(Path, Path, double[], File, File, File, Consumer)}; with {@code forced}
	 * ({@code dimensions=3d}) every label image is a volume whatever its planes
	 * ({@link VolumeFiles#read(Path, String, boolean)}): a 2D image a one-slice volume, a stack of
	 * frames a volume of as many z slices.
	 */
	static String run(final Path prediction, final Path groundTruth, final double[] thresholds, final File csv, final File summaryCsv, final File plotPng, final Consumer<String> warn,
			final boolean forced) throws IOException
	{
		if (!forced)
			requireBothVolumes(prediction, groundTruth);
		final VolumeFiles gt = VolumeFiles.list(groundTruth, "ground_truth", forced), pred = VolumeFiles.list(prediction, "prediction", forced);
		gt.warnings().forEach(warn);
		pred.warnings().forEach(warn);
		final List<VolumeFiles.Pair> pairs = VolumeFiles.pair(pred, gt);
		final VolumeDataset data = evaluate(pairs, thresholds, forced);
		final VolumeScores all = data.pooled();
		final List<List<String>> summaryLines = rows(List.of("iou_threshold", "volumes"), List.of(all), Integer.toString(pairs.size()), false);
		final List<List<String>> volumeLines = rows(List.of("image", "iou_threshold"), data.volumes(), "", true);
		if (given(summaryCsv))
			write(summaryCsv, summaryLines);
		if (given(csv))
			write(csv, volumeLines);
		final boolean show = Display.interactive();
		if (show || given(plotPng))
		{
			final Plot pr = EvaluationPlots.precisionRecall(all.coco()), metrics = EvaluationPlots.metrics(all.stats());
			if (given(plotPng))
				EvaluationPlots.writePng(plotPng.toPath(), pr, metrics);
			if (show)
			{
				table(volumeLines).show(EvaluateSegmentation.IMAGE_TABLE);
				table(summaryLines).show(EvaluateSegmentation.SUMMARY_TABLE);
				pr.show();
				metrics.show();
			}
		}
		return describe(all, pairs.size());
	}

	/** Two single files: both volumes, or an error naming the volume and the 2D file. */
	private static void requireBothVolumes(final Path prediction, final Path groundTruth) throws IOException
	{
		if (!java.nio.file.Files.isRegularFile(prediction) || !java.nio.file.Files.isRegularFile(groundTruth))
			return;
		final boolean p = LabelStacks.isVolume(prediction), g = LabelStacks.isVolume(groundTruth);
		if (p != g)
			throw new IllegalArgumentException((p ? "prediction " + prediction : "ground_truth " + groundTruth) + " is a label stack of z slices (3D) but "
					+ (p ? "ground_truth " + groundTruth : "prediction " + prediction) + " is not: evaluate two label stacks (or 3D ROI sets), or two 2D images");
	}

	/** Scores the pairs one after the other (only one pair's masks in memory). */
	private static VolumeDataset evaluate(final List<VolumeFiles.Pair> pairs, final double[] thresholds, final boolean forced) throws IOException
	{
		final VolumeDataset data = new VolumeDataset(MatchingOptions.defaults().withThresholds(thresholds));
		for (int k = 0; k < pairs.size(); k++)
		{
			final VolumeFiles.Pair pair = pairs.get(k);
			Progress.status("Spatial Mask Merging: evaluating volume " + (k + 1) + "/" + pairs.size() + " (" + pair.name + ")");
			Progress.progress(k, pairs.size());
			final VolumeFiles.Volume p = VolumeFiles.read(pair.prediction, "prediction", forced), g = VolumeFiles.read(pair.truth, "ground_truth", forced);
			if (p.size != null && g.size != null && !java.util.Arrays.equals(p.size, g.size))
				throw new IllegalArgumentException("prediction " + pair.prediction + " is " + p.describeSize() + " but ground_truth " + pair.truth + " is " + g.describeSize()
						+ ": they must be label stacks of the same volume");
			data.add(pair.name, p.objects, g.objects);
		}
		Progress.progress(1, 1);
		return data;
	}

	/** The rows as an ImageJ results table: the {@code image} column as text, the others as numbers. */
	private static ResultsTable table(final List<List<String>> rows)
	{
		final ResultsTable rt = new ResultsTable();
		final List<String> header = rows.get(0);
		for (final List<String> row : rows.subList(1, rows.size()))
		{
			rt.incrementCounter();
			for (int c = 0; c < header.size(); c++)
				if (header.get(c).equals("image"))
					rt.addValue(header.get(c), row.get(c));
				else
					rt.addValue(header.get(c), Double.parseDouble(row.get(c)));
		}
		return rt;
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
	 * The table, header first, one row per volume and threshold: {@code first} names the columns
	 * before the counts; a row starts with the volume's name (when {@code named}) or ends that part
	 * with {@code count}.
	 */
	private static List<List<String>> rows(final List<String> first, final List<VolumeScores> volumes, final String count, final boolean named)
	{
		final List<List<String>> rows = new ArrayList<>();
		final List<String> header = new ArrayList<>(first);
		header.addAll(List.of("predictions", "ground_truth", "tp", "fp", "fn", "precision", "recall", "f1", "pq", "seg", "splits", "merges", "missed", "spurious"));
		for (final String c : EvaluationCsv.COCO_COLUMNS)
			header.add(EvaluationCsv.cocoColumn(c, CategoryMode.CLASS_AGNOSTIC));
		rows.add(header);
		for (final VolumeScores v : volumes)
		{
			final double[] coco = v.cocoSummary();
			for (int t = 0; t < v.stats().size(); t++)
			{
				final MatchingStats s = v.stats().get(t);
				final List<String> row = new ArrayList<>();
				if (named)
					row.add(v.name());
				row.add(String.format(Locale.ROOT, "%.4f", s.threshold()));
				if (!named)
					row.add(count);
				for (final long n : new long[] { s.predictions(), s.groundTruth(), s.truePositives(), s.falsePositives(), s.falseNegatives() })
					row.add(Long.toString(n));
				for (final double x : new double[] { s.precision(), s.recall(), s.f1(), s.panopticQuality(), v.seg() })
					row.add(String.format(Locale.ROOT, "%.6f", x));
				for (final long n : new long[] { v.splits(t), v.merges(t), v.missed(t), v.spurious(t) })
					row.add(Long.toString(n));
				for (final double x : coco)
					row.add(String.format(Locale.ROOT, "%.6f", x));
				rows.add(row);
			}
		}
		return rows;
	}

	private static void write(final File file, final List<List<String>> rows) throws IOException
	{
		AtomicFiles.writeText(file.toPath(), out -> {
			for (final List<String> row : rows)
			{
				final List<String> cells = new ArrayList<>();
				for (final String c : row)
					cells.add(csvText(c));
				out.write(String.join(",", cells) + "\n");
			}
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
