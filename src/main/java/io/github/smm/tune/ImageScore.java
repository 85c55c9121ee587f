package io.github.smm.tune;

import java.util.List;

import io.github.smm.eval.MatchingStats;
import io.github.smm.model.Instance;

/** The evaluation of one merge setting on one image (see {@link Scores}). */
final class ImageScore
{
	final List<MatchingStats> stats;
	final long splits, merges;
	/** The merged objects, kept only when the metric needs their scores (COCO AP); else null. */
	final List<Instance> outputs;

	ImageScore(final List<MatchingStats> stats, final long splits, final long merges, final List<Instance> outputs)
	{
		this.stats = stats;
		this.splits = splits;
		this.merges = merges;
		this.outputs = outputs;
	}
}
