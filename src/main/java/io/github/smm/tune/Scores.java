package io.github.smm.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.smm.eval.MatchingStats;

/**
 * The evaluation of one merge setting on a set of images: matching statistics summed over the
 * images at each IoU threshold, the numbers of split and merged ground-truth objects (IoU 0.5),
 * and COCO AP where the metric asked for it ({@code NaN} otherwise).
 */
public final class Scores
{
	private final List<MatchingStats> stats;
	private final long splits, merges;
	private final double cocoAp;

	Scores(final List<MatchingStats> stats, final long splits, final long merges, final double cocoAp)
	{
		this.stats = Collections.unmodifiableList(new ArrayList<>(stats));
		this.splits = splits;
		this.merges = merges;
		this.cocoAp = cocoAp;
	}

	/** The per-image scores summed in the given order (so the sums never depend on threads). */
	static Scores sum(final List<ImageScore> images, final double cocoAp)
	{
		final List<MatchingStats> sums = new ArrayList<>();
		long splits = 0, merges = 0;
		for (final ImageScore s : images)
		{
			for (int t = 0; t < s.stats.size(); t++)
				if (sums.size() <= t)
					sums.add(s.stats.get(t));
				else
					sums.set(t, sums.get(t).plus(s.stats.get(t)));
			splits += s.splits;
			merges += s.merges;
		}
		return new Scores(sums, splits, merges, cocoAp);
	}

	/**
	 * The summed statistics at one IoU threshold.
	 *
	 * @throws IllegalArgumentException when it was not computed
	 */
	public MatchingStats stats(final double threshold)
	{
		for (final MatchingStats s : stats)
			if (s.threshold() == threshold)
				return s;
		throw new IllegalArgumentException("IoU threshold " + threshold + " was not evaluated");
	}

	/** Panoptic quality at IoU 0.5. */
	public double pq()
	{
		return stats(0.5).panopticQuality();
	}

	/** F1 at IoU 0.5. */
	public double f1()
	{
		return stats(0.5).f1();
	}

	/** Ground-truth objects that came back in two or more pieces. */
	public long splits()
	{
		return splits;
	}

	/** Outputs that hold two or more ground-truth objects. */
	public long merges()
	{
		return merges;
	}

	/** COCO AP (IoU 0.50:0.95), or {@code NaN} when not computed. */
	public double cocoAp()
	{
		return cocoAp;
	}
}
