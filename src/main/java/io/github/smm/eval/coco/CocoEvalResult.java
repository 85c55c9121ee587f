package io.github.smm.eval.coco;

import java.util.List;

/**
 * The accumulated COCO evaluation, as pycocotools' {@code eval}: precision
 * {@code [T][R][K][A][M]} and recall {@code [T][K][A][M]} (threshold, recall threshold,
 * category, area range, cap), -1 where a setting has no regular ground truth; and the means
 * pycocotools' {@code summarize} prints.
 */
public final class CocoEvalResult
{
	private final CocoEvalParams params;
	private final List<Integer> categoryIds;
	private final double[] precision, recall, scores;
	private final int nR, nK, nA, nM;

	CocoEvalResult(final CocoEvalParams params, final List<Integer> categoryIds, final Accumulator acc)
	{
		this.params = params;
		this.categoryIds = categoryIds;
		this.precision = acc.precision;
		this.recall = acc.recall;
		this.scores = acc.scores;
		nR = params.recallThresholds().length;
		nK = categoryIds.size();
		nA = params.areaRanges().size();
		nM = params.maxDets().length;
	}

	public CocoEvalParams params()
	{
		return params;
	}

	/** The category ids along {@code K}, ascending; {@code [-1]} when class-agnostic. */
	public List<Integer> categoryIds()
	{
		return categoryIds;
	}

	/** Interpolated precision, or -1 where there is no regular ground truth. */
	public double precision(final int t, final int r, final int k, final int a, final int m)
	{
		return precision[(((t * nR + r) * nK + k) * nA + a) * nM + m];
	}

	/** The score of the detection where precision was read ({@code eval['scores']}). */
	public double score(final int t, final int r, final int k, final int a, final int m)
	{
		return scores[(((t * nR + r) * nK + k) * nA + a) * nM + m];
	}

	/** Recall of all detections under the cap, or -1 where there is no regular ground truth. */
	public double recall(final int t, final int k, final int a, final int m)
	{
		return recall[((t * nK + k) * nA + a) * nM + m];
	}

	/** Mean precision over every IoU threshold, recall threshold and category; -1 without data. */
	public double averagePrecision(final String areaLabel, final int maxDets)
	{
		return mean(true, Double.NaN, areaLabel, maxDets);
	}

	/** Mean precision at one IoU threshold (compared exactly, as pycocotools does). */
	public double averagePrecision(final double iouThreshold, final String areaLabel, final int maxDets)
	{
		return mean(true, iouThreshold, areaLabel, maxDets);
	}

	/** Mean recall over every IoU threshold and category; -1 without data. */
	public double averageRecall(final String areaLabel, final int maxDets)
	{
		return mean(false, Double.NaN, areaLabel, maxDets);
	}

	/** Mean recall at one IoU threshold. */
	public double averageRecall(final double iouThreshold, final String areaLabel, final int maxDets)
	{
		return mean(false, iouThreshold, areaLabel, maxDets);
	}

	/** pycocotools' summary of this result. */
	public CocoSummary summary()
	{
		return new CocoSummary(this);
	}

	/** pycocotools' {@code _summarize}: the mean of the entries above -1, or -1 if none. */
	private double mean(final boolean ap, final double iouThreshold, final String areaLabel, final int maxDets)
	{
		final int a = areaIndex(areaLabel), m = capIndex(maxDets);
		if (a < 0 || m < 0)
			return -1;
		final double[] thresholds = params.iouThresholds();
		final double[] values = new double[thresholds.length * (ap ? nR : 1) * nK];
		int n = 0;
		for (int t = 0; t < thresholds.length; t++)
		{
			if (!Double.isNaN(iouThreshold) && thresholds[t] != iouThreshold)
				continue;
			for (int r = 0; r < (ap ? nR : 1); r++)
				for (int k = 0; k < nK; k++)
				{
					final double v = ap ? precision(t, r, k, a, m) : recall(t, k, a, m);
					if (v > -1)
						values[n++] = v;
				}
		}
		return n == 0 ? -1 : PairwiseSum.mean(values, n);
	}

	private int areaIndex(final String label)
	{
		final List<AreaRange> ranges = params.areaRanges();
		for (int a = 0; a < ranges.size(); a++)
			if (ranges.get(a).label().equals(label))
				return a;
		return -1;
	}

	private int capIndex(final int maxDets)
	{
		final int[] caps = params.maxDets();
		for (int m = 0; m < caps.length; m++)
			if (caps[m] == maxDets)
				return m;
		return -1;
	}
}
