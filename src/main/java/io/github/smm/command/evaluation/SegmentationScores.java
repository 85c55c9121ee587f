package io.github.smm.command.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.smm.eval.DatasetMatching;
import io.github.smm.eval.ErrorAnalysis;
import io.github.smm.eval.ErrorReport;
import io.github.smm.eval.Matching;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingResult;
import io.github.smm.eval.MatchingStats;
import io.github.smm.eval.Overlaps;
import io.github.smm.eval.Seg;
import io.github.smm.eval.SegResult;
import io.github.smm.io.EvaluationCsv;

/**
 * The scores of every image pair at every IoU threshold — {@link Matching} counts,
 * {@link Seg SEG} and the {@link ErrorAnalysis} counts (misses and spurious predictions judged
 * at each threshold) — and their totals over the data set: matching counts summed as
 * {@link DatasetMatching} does, SEG averaged over all ground-truth objects, error counts summed.
 * The overlaps of an image are computed once and shared by the three measures.
 */
public final class SegmentationScores
{
	/** Name of the total rows. */
	public static final String ALL_IMAGES = "all";

	private final List<EvaluationCsv.Row> images;
	private final List<EvaluationCsv.Row> totals;
	private final int imageCount;

	private SegmentationScores(final List<EvaluationCsv.Row> images, final List<EvaluationCsv.Row> totals, final int imageCount)
	{
		this.images = Collections.unmodifiableList(images);
		this.totals = Collections.unmodifiableList(totals);
		this.imageCount = imageCount;
	}

	/** Scores the pairs with the thresholds and class rule of {@code options}. */
	public static SegmentationScores compute(final List<EvaluationInputs.ImagePair> pairs, final MatchingOptions options)
	{
		final double[] thresholds = options.thresholds();
		final DatasetMatching dataset = new DatasetMatching();
		final List<SegResult> segs = new ArrayList<>();
		final long[][] errorSums = new long[thresholds.length][4];
		final List<EvaluationCsv.Row> rows = new ArrayList<>();
		for (final EvaluationInputs.ImagePair pair : pairs)
		{
			final Overlaps o = Overlaps.compute(pair.prediction(), pair.groundTruth());
			final MatchingResult m = Matching.match(o, options);
			final SegResult seg = Seg.measure(o);
			dataset.add(pair.name(), m);
			segs.add(seg);
			for (int t = 0; t < thresholds.length; t++)
			{
				final ErrorReport e = ErrorAnalysis.analyse(o, thresholds[t]);
				final long[] counts = { e.splits().size(), e.merges().size(), e.missed().size(), e.spurious().size() };
				for (int k = 0; k < counts.length; k++)
					errorSums[t][k] += counts[k];
				rows.add(row(pair.name(), m.stats().get(t), seg.seg(), counts));
			}
		}
		final List<EvaluationCsv.Row> totals = new ArrayList<>();
		final double seg = SegResult.seg(segs);
		final List<MatchingStats> sums = dataset.totals();
		for (int t = 0; t < sums.size(); t++)
			totals.add(row(ALL_IMAGES, sums.get(t), seg, errorSums[t]));
		return new SegmentationScores(rows, totals, pairs.size());
	}

	private static EvaluationCsv.Row row(final String image, final MatchingStats stats, final double seg, final long[] errors)
	{
		return new EvaluationCsv.Row(image, stats, seg, errors[0], errors[1], errors[2], errors[3]);
	}

	/** One row per image and threshold, images in pair order, thresholds in option order. */
	public List<EvaluationCsv.Row> images()
	{
		return images;
	}

	/** One row per threshold, summed over the images (empty without images). */
	public List<EvaluationCsv.Row> totals()
	{
		return totals;
	}

	/** The total row at the threshold nearest to {@code threshold}. */
	public EvaluationCsv.Row totalAt(final double threshold)
	{
		EvaluationCsv.Row best = null;
		for (final EvaluationCsv.Row r : totals)
			if (best == null || Math.abs(r.stats().threshold() - threshold) < Math.abs(best.stats().threshold() - threshold))
				best = r;
		return best;
	}

	/** Number of images scored. */
	public int imageCount()
	{
		return imageCount;
	}

	/** The summed matching statistics per threshold. */
	public List<MatchingStats> totalStats()
	{
		final List<MatchingStats> out = new ArrayList<>();
		for (final EvaluationCsv.Row r : totals)
			out.add(r.stats());
		return out;
	}
}
