package io.github.smm.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * one-to-one; for lower thresholds the optimal assignment is computed on each connected
 * component of the sparse candidate graph (see {@link OptimalAssignment}).
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
		final double[] thresholds = options.thresholds();
		final List<MatchingResult.Assignment> assignments = new ArrayList<>(thresholds.length);
		for (final double t : thresholds)
			assignments.add(assign(overlaps, t, options.classAware()));
		return new MatchingResult(overlaps, thresholds, assignments);
	}

	static MatchingResult.Assignment assign(final Overlaps o, final double threshold, final boolean classAware)
	{
		final int nPred = o.predictions().size();
		final MatchingResult.Assignment a = new MatchingResult.Assignment(nPred, o.groundTruth().size());
		final int[] candidates = candidates(o, threshold, classAware);
		final UnionFind sets = new UnionFind(nPred + o.groundTruth().size());
		for (final int k : candidates)
			sets.union(o.predictionIndex(k), nPred + o.groundTruthIndex(k));
		final int[] roots = new int[candidates.length];
		for (int i = 0; i < candidates.length; i++)
			roots[i] = sets.find(o.predictionIndex(candidates[i]));
		final int[] order = orderByRoot(roots);
		for (int from = 0; from < order.length;)
		{
			int to = from + 1;
			while (to < order.length && roots[order[to]] == roots[order[from]])
				to++;
			final int[] component = new int[to - from];
			for (int i = from; i < to; i++)
				component[i - from] = candidates[order[i]];
			matchComponent(o, component, a);
			from = to;
		}
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

	/** Positions {@code 0 .. n-1} ordered by root, stable. */
	private static int[] orderByRoot(final int[] roots)
	{
		final Integer[] boxed = new Integer[roots.length];
		for (int i = 0; i < roots.length; i++)
			boxed[i] = i;
		Arrays.sort(boxed, (x, y) -> Integer.compare(roots[x], roots[y]));
		return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
	}

	/** Matches the candidate pairs of one connected component. */
	private static void matchComponent(final Overlaps o, final int[] pairs, final MatchingResult.Assignment a)
	{
		final LocalIndex preds = new LocalIndex(), gts = new LocalIndex();
		final int[] l = new int[pairs.length], r = new int[pairs.length];
		final double[] iou = new double[pairs.length];
		for (int e = 0; e < pairs.length; e++)
		{
			l[e] = preds.local(o.predictionIndex(pairs[e]));
			r[e] = gts.local(o.groundTruthIndex(pairs[e]));
			iou[e] = o.iou(pairs[e]);
		}
		if (preds.size() == 1 || gts.size() == 1)
		{
			// a star: the best single pair is optimal
			int best = 0;
			for (int e = 1; e < pairs.length; e++)
				if (iou[e] > iou[best])
					best = e;
			a.set(o.predictionIndex(pairs[best]), o.groundTruthIndex(pairs[best]), iou[best]);
			return;
		}
		final int[] matched = OptimalAssignment.solve(preds.size(), gts.size(), l, r, iou);
		for (final int e : matched)
			if (e >= 0)
				a.set(o.predictionIndex(pairs[e]), o.groundTruthIndex(pairs[e]), iou[e]);
	}

	/** Numbers the global indices of one component {@code 0, 1, …} in order of appearance. */
	private static final class LocalIndex
	{
		private final Map<Integer, Integer> map = new HashMap<>();

		int local(final int global)
		{
			return map.computeIfAbsent(global, g -> map.size());
		}

		int size()
		{
			return map.size();
		}
	}
}
