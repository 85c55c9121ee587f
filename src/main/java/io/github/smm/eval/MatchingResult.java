package io.github.smm.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.smm.model.Instance;

/**
 * The outcome of {@link Matching} for one image: per IoU threshold the
 * {@link MatchingStats} and which objects were matched to which.
 */
public final class MatchingResult
{
	/** The matched partner of every object at one threshold (-1: unmatched). */
	static final class Assignment
	{
		final int[] predictionPartner;
		final int[] groundTruthPartner;
		final double[] predictionIou;
		long matches;
		double sumIou;

		Assignment(final int predictions, final int groundTruth)
		{
			predictionPartner = new int[predictions];
			groundTruthPartner = new int[groundTruth];
			predictionIou = new double[predictions];
			Arrays.fill(predictionPartner, -1);
			Arrays.fill(groundTruthPartner, -1);
		}

		void set(final int prediction, final int groundTruth, final double iou)
		{
			predictionPartner[prediction] = groundTruth;
			groundTruthPartner[groundTruth] = prediction;
			predictionIou[prediction] = iou;
			matches++;
			sumIou += iou;
		}
	}

	private final Overlaps overlaps;
	private final double[] thresholds;
	private final List<Assignment> assignments;
	private final List<MatchingStats> stats;

	MatchingResult(final Overlaps overlaps, final double[] thresholds, final List<Assignment> assignments)
	{
		this.overlaps = overlaps;
		this.thresholds = thresholds;
		this.assignments = assignments;
		final List<MatchingStats> s = new ArrayList<>();
		for (int i = 0; i < thresholds.length; i++)
			s.add(new MatchingStats(thresholds[i], overlaps.predictions().size(), overlaps.groundTruth().size(), assignments.get(i).matches, assignments.get(i).sumIou));
		stats = Collections.unmodifiableList(s);
	}

	/** The overlaps the matching was computed from. */
	public Overlaps overlaps()
	{
		return overlaps;
	}

	/** The IoU thresholds, in the order of the options (a copy). */
	public double[] thresholds()
	{
		return thresholds.clone();
	}

	/** The statistics at every threshold, in threshold order. */
	public List<MatchingStats> stats()
	{
		return stats;
	}

	/**
	 * The statistics at one threshold.
	 *
	 * @throws IllegalArgumentException when it is not one of {@link #thresholds()}
	 */
	public MatchingStats stats(final double threshold)
	{
		return stats.get(indexOf(threshold));
	}

	/**
	 * Index in {@link Overlaps#groundTruth()} of the object matched to a prediction at a
	 * threshold, or -1.
	 */
	public int partnerOfPrediction(final double threshold, final int predictionIndex)
	{
		return assignments.get(indexOf(threshold)).predictionPartner[predictionIndex];
	}

	/**
	 * Index in {@link Overlaps#predictions()} of the prediction matched to a ground-truth object
	 * at a threshold, or -1.
	 */
	public int partnerOfGroundTruth(final double threshold, final int groundTruthIndex)
	{
		return assignments.get(indexOf(threshold)).groundTruthPartner[groundTruthIndex];
	}

	/**
	 * The per-object table at one threshold: a row for every ground-truth object (in input
	 * order), then one for every prediction (in input order).
	 */
	public List<ObjectMatch> objects(final double threshold)
	{
		final Assignment a = assignments.get(indexOf(threshold));
		final List<Instance> preds = overlaps.predictions(), gts = overlaps.groundTruth();
		final List<ObjectMatch> rows = new ArrayList<>(preds.size() + gts.size());
		for (int g = 0; g < gts.size(); g++)
		{
			final int p = a.groundTruthPartner[g];
			rows.add(p < 0 ? ObjectMatch.unmatched(ObjectMatch.Side.GROUND_TRUTH, gts.get(g).id())
					: ObjectMatch.matched(ObjectMatch.Side.GROUND_TRUTH, gts.get(g).id(), preds.get(p).id(), a.predictionIou[p]));
		}
		for (int p = 0; p < preds.size(); p++)
		{
			final int g = a.predictionPartner[p];
			rows.add(g < 0 ? ObjectMatch.unmatched(ObjectMatch.Side.PREDICTION, preds.get(p).id())
					: ObjectMatch.matched(ObjectMatch.Side.PREDICTION, preds.get(p).id(), gts.get(g).id(), a.predictionIou[p]));
		}
		return rows;
	}

	private int indexOf(final double threshold)
	{
		for (int i = 0; i < thresholds.length; i++)
			if (thresholds[i] == threshold)
				return i;
		throw new IllegalArgumentException("IoU threshold " + threshold + " was not evaluated; thresholds are " + Arrays.toString(thresholds));
	}
}
