package io.github.smm.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.smm.model.Instance;
import io.github.smm.model.InvalidInstanceException;

/**
 * Every prediction/ground-truth pair that shares at least one pixel, with its intersection
 * area. Found through an R-tree over boxes and exact run intersection, so memory and time
 * follow the number of overlapping pairs, never {@code predictions × groundTruth}.
 * <p>
 * Pairs are numbered {@code 0 .. size()-1} in order of prediction index, then ground-truth
 * index. Indices refer to positions in the two input lists.
 * </p>
 */
public final class Overlaps
{
	private final List<Instance> predictions;
	private final List<Instance> groundTruth;
	private final int size;
	private final int[] pred, gt;
	private final long[] inter;
	private final int[] predStart;
	private final int[] gtStart, gtPairs;

	private Overlaps(final List<Instance> predictions, final List<Instance> groundTruth, final OverlapSearch.Pairs pairs)
	{
		this.predictions = predictions;
		this.groundTruth = groundTruth;
		size = pairs.size;
		pred = pairs.query;
		gt = pairs.target;
		inter = pairs.intersection;
		predStart = new int[predictions.size() + 1];
		gtStart = new int[groundTruth.size() + 1];
		for (int k = 0; k < size; k++)
		{
			predStart[pred[k] + 1]++;
			gtStart[gt[k] + 1]++;
		}
		for (int i = 0; i < predictions.size(); i++)
			predStart[i + 1] += predStart[i];
		for (int i = 0; i < groundTruth.size(); i++)
			gtStart[i + 1] += gtStart[i];
		gtPairs = new int[size];
		final int[] fill = Arrays.copyOf(gtStart, groundTruth.size());
		for (int k = 0; k < size; k++)
			gtPairs[fill[gt[k]]++] = k;
	}

	/**
	 * The overlaps between two lists of instances (masks in the same global coordinates).
	 * The R-tree queries run in parallel chunks on the current fork-join pool (the common pool,
	 * or the caller's when called from inside one); the result does not depend on it.
	 *
	 * @throws NullPointerException naming the list and index of a {@code null} instance
	 * @throws InvalidInstanceException when an id is used twice within one list
	 */
	public static Overlaps compute(final List<Instance> predictions, final List<Instance> groundTruth)
	{
		final List<Instance> p = List.copyOf(requireValid(predictions, "prediction"));
		final List<Instance> g = List.copyOf(requireValid(groundTruth, "ground-truth"));
		return new Overlaps(p, g, OverlapSearch.between(p, g));
	}

	/**
	 * Overlaps known from elsewhere (e.g. cached per predicted mask while tuning): pair {@code k}
	 * is prediction {@code predictionIndex[k]} with ground truth {@code groundTruthIndex[k]},
	 * sharing {@code intersection[k] > 0} pixels, sorted by prediction then ground-truth index.
	 * The caller vouches that these are all the overlapping pairs.
	 *
	 * @throws IllegalArgumentException naming the first pair that is out of order, out of range
	 *             or has no shared pixel
	 */
	public static Overlaps of(final List<Instance> predictions, final List<Instance> groundTruth, final int[] predictionIndex, final int[] groundTruthIndex, final long[] intersection)
	{
		final List<Instance> p = List.copyOf(requireValid(predictions, "prediction"));
		final List<Instance> g = List.copyOf(requireValid(groundTruth, "ground-truth"));
		final int n = predictionIndex.length;
		if (groundTruthIndex.length != n || intersection.length != n)
			throw new IllegalArgumentException("pair arrays differ in length");
		final OverlapSearch.Pairs pairs = new OverlapSearch.Pairs();
		for (int k = 0; k < n; k++)
		{
			final int a = predictionIndex[k], b = groundTruthIndex[k];
			if (a < 0 || a >= p.size() || b < 0 || b >= g.size() || intersection[k] <= 0)
				throw new IllegalArgumentException("overlap pair " + k + " (prediction " + a + ", ground truth " + b + ", " + intersection[k] + " px) is out of range or empty");
			if (k > 0 && (a < predictionIndex[k - 1] || a == predictionIndex[k - 1] && b <= groundTruthIndex[k - 1]))
				throw new IllegalArgumentException("overlap pair " + k + " is not sorted by prediction, then ground-truth index");
			pairs.add(a, b, intersection[k]);
		}
		return new Overlaps(p, g, pairs);
	}

	static List<Instance> requireValid(final List<Instance> instances, final String side)
	{
		Objects.requireNonNull(instances, side + " instances");
		final Map<Long, Integer> seen = new HashMap<>();
		for (int i = 0; i < instances.size(); i++)
		{
			final Instance inst = Objects.requireNonNull(instances.get(i), side + " instance at index " + i + " is null");
			final Integer before = seen.put(inst.id(), i);
			if (before != null)
				throw new InvalidInstanceException(inst.id(), "id used by two " + side + " instances (indices " + before + " and " + i + ")");
		}
		return instances;
	}

	public List<Instance> predictions()
	{
		return predictions;
	}

	public List<Instance> groundTruth()
	{
		return groundTruth;
	}

	/** Number of overlapping pairs. */
	public int size()
	{
		return size;
	}

	/** Index (in {@link #predictions()}) of the prediction of a pair. */
	public int predictionIndex(final int pair)
	{
		return pred[check(pair)];
	}

	/** Index (in {@link #groundTruth()}) of the ground-truth object of a pair. */
	public int groundTruthIndex(final int pair)
	{
		return gt[check(pair)];
	}

	/** Number of pixels the two objects of a pair share (always positive). */
	public long intersection(final int pair)
	{
		return inter[check(pair)];
	}

	/** Intersection over union of a pair. */
	public double iou(final int pair)
	{
		final long i = intersection(pair);
		return (double) i / (predictions.get(pred[pair]).area() + groundTruth.get(gt[pair]).area() - i);
	}

	/** Fraction of the prediction's pixels inside the ground-truth object: |P∩G| / |P|. */
	public double predictionCoverage(final int pair)
	{
		return (double) intersection(pair) / predictions.get(pred[pair]).area();
	}

	/** Fraction of the ground-truth object's pixels inside the prediction: |P∩G| / |G|. */
	public double groundTruthCoverage(final int pair)
	{
		return (double) intersection(pair) / groundTruth.get(gt[pair]).area();
	}

	/** The pairs of one prediction, in increasing ground-truth index. */
	public int[] pairsOfPrediction(final int predictionIndex)
	{
		Objects.checkIndex(predictionIndex, predictions.size());
		final int[] out = new int[predStart[predictionIndex + 1] - predStart[predictionIndex]];
		for (int k = 0; k < out.length; k++)
			out[k] = predStart[predictionIndex] + k;
		return out;
	}

	/** The pairs of one ground-truth object, in increasing prediction index. */
	public int[] pairsOfGroundTruth(final int groundTruthIndex)
	{
		Objects.checkIndex(groundTruthIndex, groundTruth.size());
		return Arrays.copyOfRange(gtPairs, gtStart[groundTruthIndex], gtStart[groundTruthIndex + 1]);
	}

	private int check(final int pair)
	{
		return Objects.checkIndex(pair, size);
	}
}
