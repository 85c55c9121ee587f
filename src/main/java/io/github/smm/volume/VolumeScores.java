package io.github.smm.volume;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.github.smm.eval.MatchingStats;
import io.github.smm.eval.coco.CocoEvalResult;

/**
 * The scores of one volume, or of a data set of volumes pooled ({@link VolumeDataset}): matching
 * statistics per IoU threshold, SEG, the split / merged / missed / spurious counts per IoU
 * threshold (as the 2D evaluation counts them: a 2D image read as a one-slice volume gives the 2D
 * figures) and COCO AP/AP50/AP75/AR (every object size, no detection cap).
 */
public final class VolumeScores
{
	private static final int ALL = Integer.MAX_VALUE;

	private final String name;
	private final List<MatchingStats> stats;
	private final double seg;
	/** {splits, merges, missed, spurious} per threshold. */
	private final long[][] errors;
	private final CocoEvalResult coco;

	VolumeScores(final String name, final List<MatchingStats> stats, final double seg, final long[][] errors, final CocoEvalResult coco)
	{
		this.name = Objects.requireNonNull(name, "name");
		this.stats = Collections.unmodifiableList(stats);
		this.seg = seg;
		if (errors.length != stats.size())
			throw new IllegalArgumentException(name + ": error counts for " + errors.length + " thresholds but statistics for " + stats.size());
		this.errors = new long[errors.length][];
		for (int t = 0; t < errors.length; t++)
			this.errors[t] = errors[t].clone();
		this.coco = Objects.requireNonNull(coco, "COCO result of " + name);
	}

	/** The volume's name, or {@link VolumeDataset#ALL_VOLUMES} for the pooled scores. */
	public String name()
	{
		return name;
	}

	/** Matching statistics, one per IoU threshold in the order asked. */
	public List<MatchingStats> stats()
	{
		return stats;
	}

	/** Cell Tracking Challenge SEG (over every ground-truth object; NaN without any). */
	public double seg()
	{
		return seg;
	}

	/** Ground-truth objects split, at the first threshold. */
	public long splits()
	{
		return splits(0);
	}

	/** Ground-truth objects merged, at the first threshold. */
	public long merges()
	{
		return merges(0);
	}

	/** Ground-truth objects missed, at the first threshold. */
	public long missed()
	{
		return missed(0);
	}

	/** Predictions matching no ground-truth object, at the first threshold. */
	public long spurious()
	{
		return spurious(0);
	}

	/** Ground-truth objects split at threshold {@code t} (index into {@link #stats()}). */
	public long splits(final int t)
	{
		return errors[t][0];
	}

	/** Ground-truth objects merged at threshold {@code t}. */
	public long merges(final int t)
	{
		return errors[t][1];
	}

	/** Ground-truth objects missed at threshold {@code t}. */
	public long missed(final int t)
	{
		return errors[t][2];
	}

	/** Spurious predictions at threshold {@code t}. */
	public long spurious(final int t)
	{
		return errors[t][3];
	}

	/** The COCO evaluation (for its precision–recall curves). */
	public CocoEvalResult coco()
	{
		return coco;
	}

	/** AP, AP50, AP75 and AR: every size, no detection cap. */
	public double[] cocoSummary()
	{
		return new double[] { coco.averagePrecision("all", ALL), coco.averagePrecision(0.5, "all", ALL), coco.averagePrecision(0.75, "all", ALL), coco.averageRecall("all", ALL) };
	}
}
