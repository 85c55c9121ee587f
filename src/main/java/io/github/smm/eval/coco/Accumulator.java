package io.github.smm.eval.coco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * pycocotools' {@code accumulate}: for every category, area range and cap, the detections of
 * all images in decreasing score order (stable, images in id order) give cumulative true and
 * false positives; precision is made monotone from the right and read at each recall threshold
 * (the first detection reaching it; 0 past the last recall reached). Settings without any
 * regular ground truth keep precision and recall -1.
 */
final class Accumulator
{
	private static final double EPS = Math.ulp(1.0);

	private final CocoEvalParams p;
	private final int nT, nR, nK, nA, nM;
	final double[] precision, recall, scores;

	Accumulator(final CocoEvalParams p, final int categories)
	{
		this.p = p;
		nT = p.iouCount();
		nR = p.recallThresholds().length;
		nK = categories;
		nA = p.areaRanges().size();
		nM = p.maxDets().length;
		precision = filled(nT * nR * nK * nA * nM);
		scores = filled(nT * nR * nK * nA * nM);
		recall = filled(nT * nK * nA * nM);
	}

	private static double[] filled(final int n)
	{
		final double[] v = new double[n];
		Arrays.fill(v, -1);
		return v;
	}

	/** @param evaluations [category][area range][image], null where an image has nothing */
	void accumulate(final ImageEvaluation[][][] evaluations)
	{
		final int[] caps = p.maxDets();
		for (int k = 0; k < nK; k++)
			for (int a = 0; a < nA; a++)
				for (int m = 0; m < nM; m++)
					accumulate(evaluations[k][a], k, a, m, caps[m]);
	}

	private void accumulate(final ImageEvaluation[] images, final int k, final int a, final int m, final int maxDet)
	{
		final List<ImageEvaluation> e = new ArrayList<>();
		for (final ImageEvaluation im : images)
			if (im != null)
				e.add(im);
		if (e.isEmpty())
			return;
		int regular = 0, n = 0;
		for (final ImageEvaluation im : e)
		{
			regular += im.regularGt;
			n += Math.min(maxDet, im.dtScores.length);
		}
		if (regular == 0)
			return;
		// detections of all images: (image, index), stably sorted by decreasing score
		final Integer[] order = new Integer[n];
		final int[] image = new int[n], index = new int[n];
		final double[] score = new double[n];
		for (int i = 0, j = 0; i < e.size(); i++)
			for (int d = 0; d < Math.min(maxDet, e.get(i).dtScores.length); d++, j++)
			{
				order[j] = j;
				image[j] = i;
				index[j] = d;
				score[j] = e.get(i).dtScores[d];
			}
		Arrays.sort(order, (x, y) -> score[x] > score[y] ? -1 : score[x] < score[y] ? 1 : 0);
		for (int t = 0; t < nT; t++)
		{
			final double[] rc = new double[n], pr = new double[n];
			double tp = 0, fp = 0;
			for (int j = 0; j < n; j++)
			{
				final ImageEvaluation im = e.get(image[order[j]]);
				final int d = index[order[j]];
				if (!im.dtIgnore[t][d])
				{
					if (im.dtMatches[t][d] != 0)
						tp++;
					else
						fp++;
				}
				rc[j] = tp / regular;
				pr[j] = tp / (fp + tp + EPS);
			}
			recall[((t * nK + k) * nA + a) * nM + m] = n > 0 ? rc[n - 1] : 0;
			interpolate(rc, pr, score, order, t, k, a, m);
		}
	}

	/** Monotone precision read at each recall threshold, as pycocotools does. */
	private void interpolate(final double[] rc, final double[] pr, final double[] score, final Integer[] order, final int t, final int k, final int a, final int m)
	{
		final int n = rc.length;
		for (int i = n - 1; i > 0; i--)
			if (pr[i] > pr[i - 1])
				pr[i - 1] = pr[i];
		final double[] thresholds = p.recallThresholds();
		int i = 0;
		for (int r = 0; r < nR; r++)
		{
			// numpy's searchsorted(rc, threshold, side='left'): first rc >= threshold
			while (i < n && rc[i] < thresholds[r])
				i++;
			final int at = (((t * nR + r) * nK + k) * nA + a) * nM + m;
			if (i < n)
			{
				precision[at] = pr[i];
				scores[at] = score[order[i]];
			}
			else
			{
				precision[at] = 0;
				scores[at] = 0;
			}
		}
	}
}
