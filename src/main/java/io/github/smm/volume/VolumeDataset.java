package io.github.smm.volume;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.smm.eval.DatasetMatching;
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
import io.github.smm.eval.coco.OverlapAp;

/**
 * The evaluation of a data set of volumes, pooled as the 2D data set is: the matching counts of
 * every volume summed and every ratio recomputed from the sums ({@link DatasetMatching}, so a
 * volume of many objects weighs more than one of few — never a mean of per-volume F1), SEG over
 * every ground-truth object of every volume, split / merged / missed / spurious counts (per IoU
 * threshold, as in 2D) summed,
 * COCO AP accumulated over the volumes as pycocotools accumulates over images. Each pair's 3D
 * overlaps are computed once ({@link VolumeEvaluation#overlaps}) and only they are kept, not the
 * masks, so volumes can be read one after the other. Volumes keep the order they were added in.
 */
public final class VolumeDataset
{
	/** The name of the pooled scores. */
	public static final String ALL_VOLUMES = "all";

	private final MatchingOptions options;
	private final CocoEvalParams cocoParams;
	private final DatasetMatching matching = new DatasetMatching();
	private final List<Overlaps> overlaps = new ArrayList<>();
	private final List<SegResult> segs = new ArrayList<>();
	private final List<VolumeScores> volumes = new ArrayList<>();
	/** {splits, merges, missed, spurious} per threshold, summed over the volumes. */
	private final long[][] errors;

	/** An empty data set scored at the thresholds of {@code options}; COCO AP class-agnostic. */
	public VolumeDataset(final MatchingOptions options)
	{
		this.options = options;
		this.errors = new long[options.thresholds().length][4];
		this.cocoParams = CocoEvalParams.defaults().withUseCategories(false).withMaxDets(Integer.MAX_VALUE).withAreaRanges(List.of(AreaRange.ALL));
	}

	/**
	 * Scores one volume pair and adds it.
	 *
	 * @throws IllegalArgumentException when the name is already used
	 */
	public VolumeScores add(final String name, final List<VolumeInstance> predictions, final List<VolumeInstance> groundTruth)
	{
		final Overlaps o = VolumeEvaluation.overlaps(predictions, groundTruth, 1);
		final MatchingResult m = Matching.match(o, options);
		matching.add(name, m);
		final SegResult seg = Seg.measure(o);
		final double[] thresholds = options.thresholds();
		final long[][] counts = new long[thresholds.length][];
		for (int t = 0; t < thresholds.length; t++)
		{
			final ErrorReport e = ErrorAnalysis.analyse(o, thresholds[t]);
			counts[t] = new long[] { e.splits().size(), e.merges().size(), e.missed().size(), e.spurious().size() };
			for (int k = 0; k < 4; k++)
				errors[t][k] += counts[t][k];
		}
		overlaps.add(o);
		segs.add(seg);
		final VolumeScores s = new VolumeScores(name, m.stats(), seg.seg(), counts, OverlapAp.evaluate(List.of(o), cocoParams));
		volumes.add(s);
		return s;
	}

	/** The scores of every volume, in the order added. */
	public List<VolumeScores> volumes()
	{
		return Collections.unmodifiableList(volumes);
	}

	/**
	 * The pooled scores of all volumes.
	 *
	 * @throws IllegalStateException when no volume was added
	 */
	public VolumeScores pooled()
	{
		if (volumes.isEmpty())
			throw new IllegalStateException("no volume was evaluated");
		return new VolumeScores(ALL_VOLUMES, matching.totals(), SegResult.seg(segs), errors, OverlapAp.evaluate(overlaps, cocoParams));
	}
}
