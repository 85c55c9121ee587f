package io.github.smm.eval;

/**
 * Matching counts at one IoU threshold and the metrics derived from them, as defined by
 * StarDist's {@code matching} (and used by Cellpose). Counts of several images add up
 * ({@link #plus}); every metric is then recomputed from the summed counts, as StarDist's
 * {@code matching_dataset} does. A ratio whose denominator is 0 is reported as 0.
 */
public final class MatchingStats
{
	private final double threshold;
	private final long predictions;
	private final long groundTruth;
	private final long truePositives;
	private final double sumMatchedIou;

	/**
	 * @param sumMatchedIou the sum of the IoU of the matched pairs
	 * @throws IllegalArgumentException when the counts are inconsistent
	 */
	public MatchingStats(final double threshold, final long predictions, final long groundTruth, final long truePositives, final double sumMatchedIou)
	{
		if (predictions < 0 || groundTruth < 0 || truePositives < 0 || truePositives > Math.min(predictions, groundTruth))
			throw new IllegalArgumentException("inconsistent counts: " + truePositives + " matches of " + predictions + " predictions and " + groundTruth + " ground-truth objects");
		if (!(sumMatchedIou >= 0 && sumMatchedIou <= truePositives + 1e-9 * truePositives))
			throw new IllegalArgumentException("sum of matched IoU " + sumMatchedIou + " is not in [0, " + truePositives + "]");
		this.threshold = threshold;
		this.predictions = predictions;
		this.groundTruth = groundTruth;
		this.truePositives = truePositives;
		this.sumMatchedIou = sumMatchedIou;
	}

	/**
	 * The counts of both summed (for a data set).
	 *
	 * @throws IllegalArgumentException when the thresholds differ
	 */
	public MatchingStats plus(final MatchingStats o)
	{
		if (o.threshold != threshold)
			throw new IllegalArgumentException("cannot add statistics at IoU threshold " + o.threshold + " to those at " + threshold);
		return new MatchingStats(threshold, predictions + o.predictions, groundTruth + o.groundTruth, truePositives + o.truePositives, sumMatchedIou + o.sumMatchedIou);
	}

	public double threshold()
	{
		return threshold;
	}

	/** Number of predicted objects. */
	public long predictions()
	{
		return predictions;
	}

	/** Number of ground-truth objects. */
	public long groundTruth()
	{
		return groundTruth;
	}

	/** TP: matched pairs. */
	public long truePositives()
	{
		return truePositives;
	}

	/** FP: unmatched predictions. */
	public long falsePositives()
	{
		return predictions - truePositives;
	}

	/** FN: unmatched ground-truth objects. */
	public long falseNegatives()
	{
		return groundTruth - truePositives;
	}

	/** Sum of the IoU of the matched pairs. */
	public double sumMatchedIou()
	{
		return sumMatchedIou;
	}

	/** TP / (TP + FP). */
	public double precision()
	{
		return ratio(truePositives, predictions);
	}

	/** TP / (TP + FN). */
	public double recall()
	{
		return ratio(truePositives, groundTruth);
	}

	/** 2 TP / (2 TP + FP + FN). */
	public double f1()
	{
		return ratio(2 * truePositives, predictions + groundTruth);
	}

	/** TP / (TP + FP + FN) (StarDist's "accuracy"; the "average precision" of some papers). */
	public double accuracy()
	{
		return ratio(truePositives, predictions + groundTruth - truePositives);
	}

	/** Mean IoU of the matched pairs (StarDist's {@code mean_matched_score}). */
	public double meanMatchedIou()
	{
		return ratio(sumMatchedIou, truePositives);
	}

	/**
	 * Sum of matched IoU over the number of ground-truth objects, counting 0 for a missed
	 * object (StarDist's {@code mean_true_score}).
	 */
	public double meanTrueIou()
	{
		return ratio(sumMatchedIou, groundTruth);
	}

	/** SQ, the segmentation quality of panoptic quality: the {@link #meanMatchedIou()}. */
	public double segmentationQuality()
	{
		return meanMatchedIou();
	}

	/** RQ, the recognition quality of panoptic quality: the {@link #f1()}. */
	public double recognitionQuality()
	{
		return f1();
	}

	/** PQ = SQ × RQ = Σ matched IoU / (TP + FP/2 + FN/2). */
	public double panopticQuality()
	{
		return ratio(2 * sumMatchedIou, predictions + groundTruth);
	}

	private static double ratio(final double num, final double den)
	{
		return den == 0 ? 0 : num / den;
	}

	@Override
	public String toString()
	{
		return String.format("IoU>=%.2f: TP=%d FP=%d FN=%d precision=%.4f recall=%.4f F1=%.4f accuracy=%.4f meanMatchedIoU=%.4f PQ=%.4f", threshold, truePositives, falsePositives(), falseNegatives(), precision(), recall(), f1(), accuracy(), meanMatchedIou(), panopticQuality());
	}
}
