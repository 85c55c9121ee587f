package io.github.smm.eval.coco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import io.github.smm.eval.Overlaps;
import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/**
 * COCO average precision and recall (pycocotools' matching and accumulation, {@link CocoEvaluator})
 * of objects given as {@link Overlaps}: each object's size and every positive intersection,
 * whatever the dimension. This is how label volumes get AP: their overlaps are counted in voxels
 * and the IoU is the 3D mask IoU. Images are the list's positions; categories the ground truth's
 * classes (ascending); nothing is crowd.
 */
public final class OverlapAp
{
	private OverlapAp()
	{}

	/**
	 * Evaluates the images.
	 *
	 * @throws IllegalArgumentException naming a prediction whose class no ground truth has
	 */
	public static CocoEvalResult evaluate(final List<Overlaps> images, final CocoEvalParams params)
	{
		final TreeSet<Integer> classes = new TreeSet<>();
		for (final Overlaps o : images)
			for (final Instance g : o.groundTruth())
				classes.add(g.classId());
		for (final Overlaps o : images)
			for (final Instance p : o.predictions())
				if (!classes.contains(p.classId()))
					throw new IllegalArgumentException("prediction " + p.id() + ": class " + p.classId() + " is not a class of the ground truth " + classes);
		return CocoEvaluator.accumulate(params, new ArrayList<>(classes), images.size(), (cats, i) -> group(images.get(i), cats, params.largestMaxDet()));
	}

	/** The objects of some classes on one image with their IoUs; {@code null} when there are none. */
	private static EvalGroup group(final Overlaps o, final List<Integer> classes, final int maxDet)
	{
		final int[] position = new int[o.groundTruth().size()];
		Arrays.fill(position, -1);
		final List<CocoAnnotation> gts = new ArrayList<>();
		for (int g = 0; g < position.length; g++)
		{
			final Instance gt = o.groundTruth().get(g);
			if (classes.contains(gt.classId()))
			{
				position[g] = gts.size();
				// ids from 1: pycocotools reads a matched id 0 as unmatched
				gts.add(new CocoAnnotation(g + 1, 1, gt.classId(), RleMask.EMPTY, false, gt.area(), 1));
			}
		}
		final List<CocoAnnotation> dts = new ArrayList<>();
		for (int p = 0; p < o.predictions().size(); p++)
		{
			final Instance pr = o.predictions().get(p);
			if (classes.contains(pr.classId()))
				dts.add(new CocoAnnotation(p, 1, pr.classId(), RleMask.EMPTY, false, pr.area(), pr.score()));
		}
		if (gts.isEmpty() && dts.isEmpty())
			return null;
		final CocoAnnotation[] sorted = EvalGroup.byScore(dts, maxDet);
		final int[][] index = new int[sorted.length][];
		final double[][] iou = new double[sorted.length][];
		for (int d = 0; d < sorted.length; d++)
		{
			final int[] pairs = o.pairsOfPrediction((int) sorted[d].id());
			final int[] idx = new int[pairs.length];
			final double[] val = new double[pairs.length];
			int n = 0;
			// pairs come in increasing ground-truth index, so positions ascend
			for (final int pair : pairs)
				if (position[o.groundTruthIndex(pair)] >= 0)
				{
					idx[n] = position[o.groundTruthIndex(pair)];
					val[n++] = o.iou(pair);
				}
			index[d] = Arrays.copyOf(idx, n);
			iou[d] = Arrays.copyOf(val, n);
		}
		return new EvalGroup(gts.toArray(new CocoAnnotation[0]), sorted, SparseIou.given(index, iou));
	}
}
