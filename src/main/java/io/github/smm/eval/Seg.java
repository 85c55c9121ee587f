package io.github.smm.eval;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.model.Instance;

/**
 * The SEG measure of the Cell Tracking Challenge. A ground-truth object R is matched to the
 * prediction S that covers more than half of it, {@code |R∩S| > 0.5·|R|}, and scores the
 * Jaccard index {@code J = |R∩S| / |R∪S|}; an object with no such prediction scores 0. SEG is
 * the mean of J over the ground-truth objects; extra predictions are not penalised.
 * <p>
 * With non-overlapping predictions at most one prediction qualifies. When predictions overlap
 * and several do, the one with the largest J is taken (the first in the list on a tie).
 * The measure is class-agnostic.
 * </p>
 */
public final class Seg
{
	private Seg()
	{}

	/**
	 * SEG of one image (masks in the same coordinates).
	 *
	 * @throws io.github.smm.model.InvalidInstanceException when an id is repeated on one side
	 */
	public static SegResult measure(final List<Instance> predictions, final List<Instance> groundTruth)
	{
		return measure(Overlaps.compute(predictions, groundTruth));
	}

	/** SEG from overlaps computed before. */
	public static SegResult measure(final Overlaps o)
	{
		final List<Instance> gts = o.groundTruth();
		final List<ObjectMatch> rows = new ArrayList<>(gts.size());
		double sum = 0;
		for (int g = 0; g < gts.size(); g++)
		{
			int best = -1;
			double bestJ = 0;
			for (final int k : o.pairsOfGroundTruth(g))
				if (2 * o.intersection(k) > gts.get(g).area() && (best < 0 || o.iou(k) > bestJ))
				{
					best = k;
					bestJ = o.iou(k);
				}
			final long id = gts.get(g).id();
			if (best < 0)
				rows.add(ObjectMatch.unmatched(ObjectMatch.Side.GROUND_TRUTH, id));
			else
				rows.add(ObjectMatch.matched(ObjectMatch.Side.GROUND_TRUTH, id, o.predictions().get(o.predictionIndex(best)).id(), bestJ));
			sum += bestJ;
		}
		return new SegResult(rows, sum);
	}
}
