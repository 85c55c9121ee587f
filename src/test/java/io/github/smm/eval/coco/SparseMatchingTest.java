package io.github.smm.eval.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.model.Box;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/**
 * The sparse matching against a dense transcription of pycocotools' {@code evaluateImg} loop on
 * a full IoU matrix, on random crowded scenes with crowd regions, tied scores and equal IoUs.
 */
class SparseMatchingTest
{
	@Test
	void sparseMatchingEqualsTheDenseLoop()
	{
		final Random rnd = new Random(21);
		final CocoEvalParams p = CocoEvalParams.pycocotools();
		for (int trial = 0; trial < 300; trial++)
		{
			final List<CocoAnnotation> gts = new ArrayList<>(), dts = new ArrayList<>();
			final int nG = rnd.nextInt(25), nD = rnd.nextInt(30);
			for (int g = 0; g < nG; g++)
			{
				final RleMask m = randomRect(rnd);
				final boolean crowd = rnd.nextInt(8) == 0;
				gts.add(new CocoAnnotation(g + 1, 1, 1, m, crowd, rnd.nextInt(4) == 0 ? rnd.nextInt(3000) : m.area(), 1));
			}
			for (int d = 0; d < nD; d++)
			{
				final RleMask m = rnd.nextBoolean() && nG > 0 ? jitter(rnd, gts.get(rnd.nextInt(nG)).mask()) : randomRect(rnd);
				dts.add(new CocoAnnotation(d + 1, 1, 1, m, false, m.area(), rnd.nextInt(5) / 4.0));
			}
			final EvalGroup group = new EvalGroup(gts, dts, 20);
			for (final AreaRange range : p.areaRanges())
			{
				final ImageEvaluation sparse = ImageEvaluation.of(group, range, p);
				final Dense dense = new Dense(group.gts, group.dts, range, p.iouThresholds());
				for (int t = 0; t < p.iouCount(); t++)
				{
					assertArrayEquals(dense.dtMatches[t], sparse.dtMatches[t], "trial " + trial + " " + range + " t=" + t);
					assertArrayEquals(dense.dtIgnore[t], sparse.dtIgnore[t], "trial " + trial + " " + range + " t=" + t);
				}
				assertEquals(dense.regular, sparse.regularGt);
			}
		}
	}

	private static RleMask randomRect(final Random rnd)
	{
		final long x = rnd.nextInt(60), y = rnd.nextInt(60);
		return RleMask.rectangle(new Box(x, y, x + 1 + rnd.nextInt(50), y + 1 + rnd.nextInt(50)));
	}

	private static RleMask jitter(final Random rnd, final RleMask m)
	{
		final Box b = m.box();
		final long dx = rnd.nextInt(5) - 2, dy = rnd.nextInt(5) - 2;
		return RleMask.rectangle(new Box(Math.max(0, b.minX + dx), Math.max(0, b.minY + dy), b.maxX + dx + rnd.nextInt(3), b.maxY + dy + 1));
	}

	/** pycocotools' loops, transcribed on a dense IoU matrix. */
	private static final class Dense
	{
		final long[][] dtMatches;
		final boolean[][] dtIgnore;
		int regular;

		Dense(final CocoAnnotation[] gtIn, final CocoAnnotation[] dt, final AreaRange range, final double[] thresholds)
		{
			final List<CocoAnnotation> gt = new ArrayList<>();
			for (final boolean ignoredPass : new boolean[] { false, true })
				for (final CocoAnnotation g : gtIn)
					if ((g.isCrowd() || !range.contains(g.area())) == ignoredPass)
						gt.add(g);
			final int nG = gt.size(), nD = dt.length, nT = thresholds.length;
			final boolean[] gtIg = new boolean[nG];
			for (int g = 0; g < nG; g++)
			{
				gtIg[g] = gt.get(g).isCrowd() || !range.contains(gt.get(g).area());
				regular += gtIg[g] ? 0 : 1;
			}
			final double[][] ious = new double[nD][nG];
			for (int d = 0; d < nD; d++)
				for (int g = 0; g < nG; g++)
				{
					final long inter = Masks.intersectionArea(dt[d].mask(), gt.get(g).mask());
					final long union = gt.get(g).isCrowd() ? dt[d].mask().area() : dt[d].mask().area() + gt.get(g).mask().area() - inter;
					ious[d][g] = inter == 0 ? 0 : (double) inter / union;
				}
			dtMatches = new long[nT][nD];
			dtIgnore = new boolean[nT][nD];
			for (int t = 0; t < nT; t++)
			{
				final boolean[] gtm = new boolean[nG];
				for (int d = 0; d < nD; d++)
				{
					double iou = Math.min(thresholds[t], 1 - 1e-10);
					int m = -1;
					for (int g = 0; g < nG; g++)
					{
						if (gtm[g] && !gt.get(g).isCrowd())
							continue;
						if (m > -1 && !gtIg[m] && gtIg[g])
							break;
						if (ious[d][g] < iou)
							continue;
						iou = ious[d][g];
						m = g;
					}
					if (m == -1)
						continue;
					dtIgnore[t][d] = gtIg[m];
					dtMatches[t][d] = gt.get(m).id();
					gtm[m] = true;
				}
				for (int d = 0; d < nD; d++)
					dtIgnore[t][d] |= dtMatches[t][d] == 0 && !range.contains(dt[d].area());
			}
		}
	}
}
