package io.github.smm.eval;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.model.Instance;

/**
 * Sorts segmentation errors into splits, merges, misses and spurious predictions.
 * Class-agnostic. With {@code |·|} the pixel count and {@code t} the IoU threshold:
 * <ul>
 * <li>A prediction P <b>belongs</b> to the ground-truth object G that holds at least half of
 * it: {@code |P∩G| ≥ 0.5·|P|}. (Several G can qualify only when ground-truth objects overlap
 * or P lies exactly half in each of two; then P belongs to the one with the largest
 * intersection, the first in the list on a tie.)</li>
 * <li>A ground-truth object G is <b>split</b> when at least two predictions belong to it;
 * those predictions are its <em>pieces</em>. (Two copies of one predicted object both belong
 * to it, so duplicates show up here too.)</li>
 * <li>A prediction P is <b>merged</b> when at least two ground-truth objects have at least
 * half of their pixels inside it: {@code |P∩G| ≥ 0.5·|G|}; those are its <em>merged
 * objects</em>.</li>
 * <li>A ground-truth object is <b>missed</b> when no prediction has IoU ≥ t with it, it is not
 * split and it is not a merged object of a merged prediction.</li>
 * <li>A prediction is <b>spurious</b> when no ground-truth object has IoU ≥ t with it, it is
 * not merged and it is not a piece of a split object.</li>
 * </ul>
 * Excluding the objects of splits and merges from misses and spurious predictions counts each
 * error once: a cell cut in two is one split, not a split plus two spurious pieces.
 */
public final class ErrorAnalysis
{
	/** The IoU threshold used by default for misses and spurious predictions. */
	public static final double DEFAULT_IOU_THRESHOLD = 0.5;

	private ErrorAnalysis()
	{}

	/** The errors at the {@link #DEFAULT_IOU_THRESHOLD default} IoU threshold. */
	public static ErrorReport analyse(final List<Instance> predictions, final List<Instance> groundTruth)
	{
		return analyse(Overlaps.compute(predictions, groundTruth), DEFAULT_IOU_THRESHOLD);
	}

	/**
	 * The errors, with misses and spurious predictions judged at IoU threshold {@code t}.
	 *
	 * @throws IllegalArgumentException when {@code t} is not in {@code (0, 1]}
	 */
	public static ErrorReport analyse(final Overlaps o, final double t)
	{
		if (!(t > 0 && t <= 1))
			throw new IllegalArgumentException("IoU threshold " + t + " is not in (0, 1]");
		final List<Instance> preds = o.predictions(), gts = o.groundTruth();
		final int[] owner = owners(o);
		final List<List<Long>> pieces = new ArrayList<>();
		for (int g = 0; g < gts.size(); g++)
			pieces.add(new ArrayList<>());
		for (int p = 0; p < preds.size(); p++)
			if (owner[p] >= 0)
				pieces.get(owner[p]).add(preds.get(p).id());
		final List<ErrorReport.Split> splits = new ArrayList<>();
		for (int g = 0; g < gts.size(); g++)
			if (pieces.get(g).size() >= 2)
				splits.add(new ErrorReport.Split(gts.get(g).id(), pieces.get(g)));
		final boolean[] inMerge = new boolean[gts.size()];
		final List<ErrorReport.Merge> merges = merges(o, inMerge);
		final List<Long> missed = new ArrayList<>();
		for (int g = 0; g < gts.size(); g++)
			if (!inMerge[g] && pieces.get(g).size() < 2 && !hasMatch(o, o.pairsOfGroundTruth(g), t))
				missed.add(gts.get(g).id());
		final List<Long> spurious = new ArrayList<>();
		for (int p = 0; p < preds.size(); p++)
		{
			final boolean pieceOfSplit = owner[p] >= 0 && pieces.get(owner[p]).size() >= 2;
			final int[] pairs = o.pairsOfPrediction(p);
			if (!pieceOfSplit && insideCount(o, pairs) < 2 && !hasMatch(o, pairs, t))
				spurious.add(preds.get(p).id());
		}
		return new ErrorReport(preds.size(), gts.size(), splits, merges, missed, spurious);
	}

	/** The ground-truth object each prediction belongs to, or -1. */
	private static int[] owners(final Overlaps o)
	{
		final int[] owner = new int[o.predictions().size()];
		for (int p = 0; p < owner.length; p++)
		{
			owner[p] = -1;
			long best = 0;
			final long area = o.predictions().get(p).area();
			for (final int k : o.pairsOfPrediction(p))
				if (2 * o.intersection(k) >= area && o.intersection(k) > best)
				{
					best = o.intersection(k);
					owner[p] = o.groundTruthIndex(k);
				}
		}
		return owner;
	}

	private static List<ErrorReport.Merge> merges(final Overlaps o, final boolean[] inMerge)
	{
		final List<ErrorReport.Merge> merges = new ArrayList<>();
		for (int p = 0; p < o.predictions().size(); p++)
		{
			final int[] pairs = o.pairsOfPrediction(p);
			if (insideCount(o, pairs) < 2)
				continue;
			final List<Long> ids = new ArrayList<>();
			for (final int k : pairs)
				if (isInside(o, k))
				{
					ids.add(o.groundTruth().get(o.groundTruthIndex(k)).id());
					inMerge[o.groundTruthIndex(k)] = true;
				}
			merges.add(new ErrorReport.Merge(o.predictions().get(p).id(), ids));
		}
		return merges;
	}

	/** Number of ground-truth objects with at least half of their pixels in the pairs' prediction. */
	private static int insideCount(final Overlaps o, final int[] pairsOfPrediction)
	{
		int n = 0;
		for (final int k : pairsOfPrediction)
			if (isInside(o, k))
				n++;
		return n;
	}

	private static boolean isInside(final Overlaps o, final int pair)
	{
		return 2 * o.intersection(pair) >= o.groundTruth().get(o.groundTruthIndex(pair)).area();
	}

	private static boolean hasMatch(final Overlaps o, final int[] pairs, final double t)
	{
		for (final int k : pairs)
			if (o.iou(k) >= t)
				return true;
		return false;
	}
}
