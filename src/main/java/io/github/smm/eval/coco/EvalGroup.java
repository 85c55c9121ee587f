package io.github.smm.eval.coco;

import java.util.Arrays;
import java.util.List;

import io.github.smm.io.coco.CocoAnnotation;

/**
 * The ground truth and detections that pycocotools evaluates together: one image and one
 * category (or every category, class-agnostic). Ground truth keeps pycocotools' order;
 * detections are sorted by decreasing score (stable) and cut at the largest cap.
 */
final class EvalGroup
{
	final CocoAnnotation[] gts;
	final CocoAnnotation[] dts;
	final SparseIou ious;

	EvalGroup(final List<CocoAnnotation> gts, final List<CocoAnnotation> dts, final int maxDet)
	{
		this.gts = gts.toArray(new CocoAnnotation[0]);
		this.dts = byScore(dts, maxDet);
		this.ious = SparseIou.of(this.gts, this.dts);
	}

	/** A group whose IoUs are known: {@code dts} already by decreasing score. */
	EvalGroup(final CocoAnnotation[] gts, final CocoAnnotation[] dts, final SparseIou ious)
	{
		this.gts = gts;
		this.dts = dts;
		this.ious = ious;
	}

	/** Stable sort by decreasing score (equal scores keep their order), first {@code maxDet}. */
	static CocoAnnotation[] byScore(final List<CocoAnnotation> dts, final int maxDet)
	{
		final CocoAnnotation[] sorted = dts.toArray(new CocoAnnotation[0]);
		Arrays.sort(sorted, (a, b) -> a.score() > b.score() ? -1 : a.score() < b.score() ? 1 : 0);
		return sorted.length > maxDet ? Arrays.copyOf(sorted, maxDet) : sorted;
	}
}
