package io.github.smm.eval.coco;

import java.util.Arrays;

import io.github.smm.io.coco.CocoAnnotation;

/**
 * pycocotools' {@code evaluateImg} for one group and area range: greedy matching of detections,
 * by decreasing score, to the ground truth of best IoU at each threshold.
 * <p>
 * Ground truth outside the area range or crowd is "ignored" and sorted last. A detection takes
 * the best-IoU ground truth not yet matched (crowd regions can take many detections), but once
 * it holds a regular match it does not move to an ignored one. Detections matched to ignored
 * ground truth, and unmatched detections outside the area range, are ignored too.
 * {@code dtMatches} holds the matched ground-truth id, 0 when unmatched — as in pycocotools, a
 * ground truth whose id is 0 therefore counts as unmatched.
 * </p>
 */
final class ImageEvaluation
{
	/** Scores of the detections, decreasing. */
	final double[] dtScores;
	/** [threshold][detection]: id of the matched ground truth, 0 if none. */
	final long[][] dtMatches;
	/** [threshold][detection]: ignored. */
	final boolean[][] dtIgnore;
	/** Number of ground truth that is not ignored. */
	final int regularGt;

	private ImageEvaluation(final double[] dtScores, final long[][] dtMatches, final boolean[][] dtIgnore, final int regularGt)
	{
		this.dtScores = dtScores;
		this.dtMatches = dtMatches;
		this.dtIgnore = dtIgnore;
		this.regularGt = regularGt;
	}

	static ImageEvaluation of(final EvalGroup group, final AreaRange range, final CocoEvalParams p)
	{
		final int nG = group.gts.length, nD = group.dts.length, nT = p.iouCount();
		// ground truth order: regular first, then ignored, each in its original order
		final int[] position = new int[nG];
		final CocoAnnotation[] gt = new CocoAnnotation[nG];
		final boolean[] gtIgnore = new boolean[nG];
		int next = 0, regular = 0;
		for (int pass = 0; pass < 2; pass++)
			for (int g = 0; g < nG; g++)
			{
				final boolean ignore = group.gts[g].isCrowd() || !range.contains(group.gts[g].area());
				if (ignore == (pass == 1))
				{
					position[g] = next;
					gt[next] = group.gts[g];
					gtIgnore[next++] = ignore;
					regular += ignore ? 0 : 1;
				}
			}
		final long[][] dtMatches = new long[nT][nD];
		final boolean[][] dtIgnore = new boolean[nT][nD];
		final Candidate[][] candidates = candidates(group.ious, position);
		for (int t = 0; t < nT; t++)
			match(p.iouThreshold(t), gt, gtIgnore, candidates, dtMatches[t], dtIgnore[t]);
		final double[] scores = new double[nD];
		for (int d = 0; d < nD; d++)
		{
			scores[d] = group.dts[d].score();
			final boolean outside = !range.contains(group.dts[d].area());
			for (int t = 0; t < nT; t++)
				dtIgnore[t][d] |= dtMatches[t][d] == 0 && outside;
		}
		return new ImageEvaluation(scores, dtMatches, dtIgnore, regular);
	}

	/** A ground truth (by sorted position) with positive IoU to a detection. */
	private static final class Candidate
	{
		final int position;
		final double iou;

		Candidate(final int position, final double iou)
		{
			this.position = position;
			this.iou = iou;
		}
	}

	private static Candidate[][] candidates(final SparseIou ious, final int[] position)
	{
		final Candidate[][] out = new Candidate[ious.gtIndex.length][];
		for (int d = 0; d < out.length; d++)
		{
			final int[] g = ious.gtIndex[d];
			out[d] = new Candidate[g.length];
			for (int i = 0; i < g.length; i++)
				out[d][i] = new Candidate(position[g[i]], ious.iou[d][i]);
			Arrays.sort(out[d], (a, b) -> Integer.compare(a.position, b.position));
		}
		return out;
	}

	/** The greedy matching at one threshold; the sparse twin of pycocotools' dense loop. */
	private static void match(final double threshold, final CocoAnnotation[] gt, final boolean[] gtIgnore, final Candidate[][] candidates, final long[] dtMatch, final boolean[] dtIgnore)
	{
		final boolean[] gtMatched = new boolean[gt.length];
		for (int d = 0; d < candidates.length; d++)
		{
			double best = Math.min(threshold, 1 - 1e-10);
			int m = -1;
			for (final Candidate c : candidates[d])
			{
				final int g = c.position;
				if (gtMatched[g] && !gt[g].isCrowd())
					continue;
				if (m > -1 && !gtIgnore[m] && gtIgnore[g])
					break;
				if (c.iou < best)
					continue;
				best = c.iou;
				m = g;
			}
			if (m == -1)
				continue;
			dtIgnore[d] = gtIgnore[m];
			dtMatch[d] = gt[m].id();
			gtMatched[m] = true;
		}
	}
}
