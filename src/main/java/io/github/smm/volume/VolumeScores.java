package io.github.smm.volume;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.github.smm.eval.MatchingStats;
import io.github.smm.eval.coco.CocoEvalResult;

/**
 * The scores of one volume, or of a data set of volumes pooled ({@link VolumeDataset}): matching
 * statistics per IoU threshold, SEG, the split / merged / missed / spurious counts at IoU 0.5
 * and COCO AP/AP50/AP75/AR (every object size, no detection cap).
 */
public final class VolumeScores
{
	private static final int ALL = Integer.MAX_VALUE;

	private final String name;
	private final List<MatchingStats> stats;
	private final double seg;
	private final long splits, merges, missed, spurious;
	private final CocoEvalResult coco;

	VolumeScores(final String name, final List<MatchingStats> stats, final double seg, final long[] errors, final CocoEvalResult coco)
	{
		this.name = Objects.requireNonNull(name, "name");
		this.stats = Collections.unmodifiableList(stats);
		this.seg = seg;
		this.splits = errors[0];
		this.merges = errors[1];
		this.missed = errors[2];
		this.spurious = errors[3];
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

	public long splits()
	{
		return splits;
	}

	public long merges()
	{
		return merges;
	}

	public long missed()
	{
		return missed;
	}

	public long spurious()
	{
		return spurious;
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
