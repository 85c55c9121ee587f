package io.github.smm.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.smm.model.Instance;

/**
 * One-to-one matching of predictions to ground-truth objects at IoU thresholds, as defined
 * by StarDist and Cellpose: at threshold {@code t} a prediction and a ground-truth object may
 * be matched when their IoU ≥ {@code t} (and, when {@link MatchingOptions#classAware()}, they
 * have the same class). Among all one-to-one matchings of such pairs, the one with the most
 * pairs is chosen, and among those the one with the largest total IoU of the matched pairs.
 * <p>
 * Duplicates are penalised: three copies of one object give one true positive and two false
 * positives. For {@code t > 0.5} and non-overlapping objects the candidate pairs are already
 * one-to-one; for lower thresholds a real assignment is needed, computed on the sparse
 * candidate graph (see {@link OptimalAssignment}).
 * </p>
 * <p>
 * Unlike StarDist, pairs below the threshold never influence which pairs are matched.
 * </p>
 */
public final class Matching
{
	private Matching()
	{}

	/**
	 * Matches the predictions of one image to its ground truth (masks in the same coordinates).
	 *
	 * @throws io.github.smm.model.InvalidInstanceException when an id is repeated on one side
	 */
	public static MatchingResult match(final List<Instance> predictions, final List<Instance> groundTruth, final MatchingOptions options)
	{
		Objects.requireNonNull(options, "options");
		return match(Overlaps.compute(predictions, groundTruth), options);
	}

	/** Matches using overlaps computed before (e.g. shared with {@link Seg}). */
	public static MatchingResult match(final Overlaps overlaps, final MatchingOptions options)
	{
		Objects.requireNonNull(overlaps, "overlaps");
		Objects.requireNonNull(options, "options");
		final double[] thresholds = options.thresholds();
		final List<MatchingResult.Assignment> assignments = new ArrayList<>(thresholds.length);
		for (final double t : thresholds)
			assignments.add(assign(overlaps, t, options.classAware()));
		return new MatchingResult(overlaps, thresholds, assignments);
	}

	static MatchingResult.Assignment assign(final Overlaps o, final double threshold, final boolean classAware)
	{
		final MatchingResult.Assignment a = new MatchingResult.Assignment(o.predictions().size(), o.groundTruth().size());
		final int[] pairs = candidates(o, threshold, classAware);
		final int[] l = new int[pairs.length], r = new int[pairs.length];
		final double[] iou = new double[pairs.length];
		for (int e = 0; e < pairs.length; e++)
		{
			l[e] = o.predictionIndex(pairs[e]);
			r[e] = o.groundTruthIndex(pairs[e]);
			iou[e] = o.iou(pairs[e]);
		}
		for (final int e : OptimalAssignment.solve(o.predictions().size(), o.groundTruth().size(), l, r, iou))
			if (e >= 0)
				a.set(l[e], r[e], iou[e]);
		return a;
	}

	/** The pairs that may match at the threshold, in pair order. */
	private static int[] candidates(final Overlaps o, final double threshold, final boolean classAware)
	{
		final int[] out = new int[o.size()];
		int n = 0;
		for (int k = 0; k < o.size(); k++)
			if (o.iou(k) >= threshold && (!classAware || o.predictions().get(o.predictionIndex(k)).classId() == o.groundTruth().get(o.groundTruthIndex(k)).classId()))
				out[n++] = k;
		return Arrays.copyOf(out, n);
	}
}
