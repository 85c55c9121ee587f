package io.github.smm.volume;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.eval.ErrorAnalysis;
import io.github.smm.eval.ErrorReport;
import io.github.smm.eval.Matching;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingResult;
import io.github.smm.eval.Overlaps;
import io.github.smm.eval.Seg;
import io.github.smm.eval.SegResult;
import io.github.smm.eval.coco.AreaRange;
import io.github.smm.eval.coco.CocoEvalParams;
import io.github.smm.eval.coco.CocoEvalResult;
import io.github.smm.eval.coco.OverlapAp;
import io.github.smm.index.CandidatePairs;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/**
 * Evaluation of 3D predictions against 3D ground truth with the 2D evaluation's definitions:
 * one-to-one matching at IoU thresholds (F1, PQ, …), Cell Tracking Challenge SEG (defined in
 * 3D), split/merge analysis, COCO AP with the 3D mask IoU. Those need only each object's size and each overlapping pair's
 * intersection; the 3D overlaps are computed here on voxel masks and handed to the 2D code
 * through stand-in instances whose area is the object's volume (and which carry its id, score
 * and class).
 */
public final class VolumeEvaluation
{
	private VolumeEvaluation()
	{}

	/** Every prediction/ground-truth pair sharing a voxel, with its intersection volume. */
	public static Overlaps overlaps(final List<VolumeInstance> predictions, final List<VolumeInstance> groundTruth, final int threads)
	{
		final int np = predictions.size();
		final List<VolumeInstance> all = new ArrayList<>(predictions);
		all.addAll(groundTruth);
		final CandidatePairs pairs = VolumeCandidates.find(all, 0, true, VoxelSize.ISOTROPIC, threads);
		final long[] found = new long[pairs.size()];
		int n = 0;
		final List<Long> inter = new ArrayList<>();
		for (int k = 0; k < pairs.size(); k++)
		{
			final int a = pairs.first(k), b = pairs.second(k);
			if (a >= np || b < np)
				continue;
			final long v = VolumeMasks.intersectionVolume(all.get(a).mask(), all.get(b).mask());
			if (v == 0)
				continue;
			found[n++] = (long) a << 32 | (b - np);
			inter.add(v);
		}
		// already sorted by prediction, then ground truth (pairs come sorted by first, then second)
		final int[] pi = new int[n], gi = new int[n];
		final long[] iv = new long[n];
		for (int k = 0; k < n; k++)
		{
			pi[k] = (int) (found[k] >>> 32);
			gi[k] = (int) found[k];
			iv[k] = inter.get(k);
		}
		return Overlaps.of(standIns(predictions), standIns(groundTruth), pi, gi, iv);
	}

	/** One-to-one matching at each threshold of {@code options}. */
	public static MatchingResult match(final List<VolumeInstance> predictions, final List<VolumeInstance> groundTruth, final MatchingOptions options)
	{
		return Matching.match(overlaps(predictions, groundTruth, 1), options);
	}

	/** Cell Tracking Challenge SEG. */
	public static SegResult seg(final List<VolumeInstance> predictions, final List<VolumeInstance> groundTruth)
	{
		return Seg.measure(overlaps(predictions, groundTruth, 1));
	}

	/** Split, merged, missed and spurious objects at IoU 0.5. */
	public static ErrorReport errors(final List<VolumeInstance> predictions, final List<VolumeInstance> groundTruth)
	{
		return ErrorAnalysis.analyse(overlaps(predictions, groundTruth, 1), ErrorAnalysis.DEFAULT_IOU_THRESHOLD);
	}

	/**
	 * COCO AP and AR (IoU 0.50:0.95, 101 recall points) with the 3D mask IoU, every object size
	 * (pycocotools' small / medium / large are areas in pixels² and mean nothing for volumes), no
	 * detection cap; per class when {@code perCategory}, else class-agnostic.
	 */
	public static CocoEvalResult cocoAp(final List<VolumeInstance> predictions, final List<VolumeInstance> groundTruth, final boolean perCategory)
	{
		final CocoEvalParams params = CocoEvalParams.defaults().withUseCategories(perCategory).withMaxDets(Integer.MAX_VALUE).withAreaRanges(List.of(AreaRange.ALL));
		return OverlapAp.evaluate(List.of(overlaps(predictions, groundTruth, 1)), params);
	}

	/** Instances whose area is each object's volume, with its id, score and class. */
	private static List<Instance> standIns(final List<VolumeInstance> objects)
	{
		final List<Instance> out = new ArrayList<>(objects.size());
		for (final VolumeInstance o : objects)
		{
			if (o.volume() > Integer.MAX_VALUE)
				throw new IllegalArgumentException("object " + o.id() + " has " + o.volume() + " voxels, more than the evaluation counts (2^31)");
			out.add(new Instance(o.id(), RleMask.rectangle(Box.ofSize(0, 0, o.volume(), 1)), o.score(), o.classId(), null, Instance.NO_TILE));
		}
		return out;
	}
}
