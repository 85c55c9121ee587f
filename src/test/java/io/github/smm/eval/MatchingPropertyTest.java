package io.github.smm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Instance;
import io.github.smm.model.Masks;

/** Optimal matching against brute force and against greedy matching on random small images. */
class MatchingPropertyTest
{
	private static final double[] THRESHOLDS = { 0.1, 0.2, 0.3, 0.4, 0.5, 0.7 };

	@Test
	void optimalEqualsBruteForceAndBeatsGreedy()
	{
		final Random rnd = new Random(11);
		int greedyWorse = 0;
		for (int round = 0; round < 400; round++)
		{
			final List<Instance> preds = randomRects(rnd, 1 + rnd.nextInt(7), 0);
			final List<Instance> gts = randomRects(rnd, 1 + rnd.nextInt(7), 100);
			final double[][] iou = iouMatrix(preds, gts);
			final MatchingResult r = Matching.match(preds, gts, MatchingOptions.defaults().withThresholds(THRESHOLDS));
			for (final double t : THRESHOLDS)
			{
				final MatchingStats s = r.stats(t);
				final double[] best = bruteForce(iou, t, 0, new boolean[gts.size()]);
				final String where = "round " + round + " t=" + t;
				assertEquals((long) best[0], s.truePositives(), where);
				assertEquals(best[1], s.sumMatchedIou(), 1e-9, where);
				assertValidMatching(r, t, iou);
				final int greedy = greedyCount(iou, t);
				assertTrue(s.truePositives() >= greedy, where);
				if (s.truePositives() > greedy)
					greedyWorse++;
			}
		}
		// the random cases must include some where greedy matching is not optimal
		assertTrue(greedyWorse > 0, "no case where greedy was worse");
	}

	/** Every matched pair has IoU >= t and the matching is one-to-one in both directions. */
	private static void assertValidMatching(final MatchingResult r, final double t, final double[][] iou)
	{
		for (int p = 0; p < iou.length; p++)
		{
			final int g = r.partnerOfPrediction(t, p);
			if (g >= 0)
			{
				assertTrue(iou[p][g] >= t);
				assertEquals(p, r.partnerOfGroundTruth(t, g));
			}
		}
	}

	/** Largest (count, total IoU) over all one-to-one matchings of pairs with IoU >= t. */
	private static double[] bruteForce(final double[][] iou, final double t, final int p, final boolean[] used)
	{
		if (p == iou.length)
			return new double[] { 0, 0 };
		double[] best = bruteForce(iou, t, p + 1, used);
		for (int g = 0; g < used.length; g++)
			if (!used[g] && iou[p][g] >= t)
			{
				used[g] = true;
				final double[] rest = bruteForce(iou, t, p + 1, used);
				used[g] = false;
				final double[] with = { rest[0] + 1, rest[1] + iou[p][g] };
				if (with[0] > best[0] || with[0] == best[0] && with[1] > best[1])
					best = with;
			}
		return best;
	}

	/** Matches pairs in order of decreasing IoU while both are free. */
	private static int greedyCount(final double[][] iou, final double t)
	{
		final List<int[]> pairs = new ArrayList<>();
		for (int p = 0; p < iou.length; p++)
			for (int g = 0; g < iou[p].length; g++)
				if (iou[p][g] >= t)
					pairs.add(new int[] { p, g });
		pairs.sort(Comparator.comparingDouble((int[] pg) -> -iou[pg[0]][pg[1]]));
		final boolean[] usedP = new boolean[iou.length], usedG = new boolean[iou.length == 0 ? 0 : iou[0].length];
		int n = 0;
		for (final int[] pg : pairs)
			if (!usedP[pg[0]] && !usedG[pg[1]])
			{
				usedP[pg[0]] = usedG[pg[1]] = true;
				n++;
			}
		return n;
	}

	private static double[][] iouMatrix(final List<Instance> preds, final List<Instance> gts)
	{
		final double[][] iou = new double[preds.size()][gts.size()];
		for (int p = 0; p < preds.size(); p++)
			for (int g = 0; g < gts.size(); g++)
				iou[p][g] = Masks.iou(preds.get(p).mask(), gts.get(g).mask());
		return iou;
	}

	/** Rectangles crowded into a small canvas, so that many overlap. */
	private static List<Instance> randomRects(final Random rnd, final int n, final long firstId)
	{
		final List<Instance> out = new ArrayList<>();
		for (int i = 0; i < n; i++)
		{
			final int x = rnd.nextInt(12), y = rnd.nextInt(12);
			out.add(Draw.rect(firstId + i, x, y, x + 2 + rnd.nextInt(8), y + 2 + rnd.nextInt(8)));
		}
		return out;
	}

	@Test
	void assignmentEqualsBruteForceOnDenseRandomGraphs()
	{
		final Random rnd = new Random(5);
		for (int round = 0; round < 1000; round++)
		{
			final int nl = 1 + rnd.nextInt(7), nr = 1 + rnd.nextInt(7);
			final double density = 0.15 + 0.7 * rnd.nextDouble();
			final double[][] w = new double[nl][nr];
			final List<int[]> edges = new ArrayList<>();
			for (int u = 0; u < nl; u++)
				for (int v = 0; v < nr; v++)
					if (rnd.nextDouble() < density)
					{
						// a few repeated weights to exercise ties
						w[u][v] = rnd.nextInt(4) == 0 ? 0.5 : 0.05 + 0.95 * rnd.nextDouble();
						edges.add(new int[] { u, v });
					}
			final int[] l = edges.stream().mapToInt(e -> e[0]).toArray();
			final int[] r = edges.stream().mapToInt(e -> e[1]).toArray();
			final double[] iou = edges.stream().mapToDouble(e -> w[e[0]][e[1]]).toArray();
			final int[] matched = OptimalAssignment.solve(nl, nr, l, r, iou);
			int count = 0;
			double sum = 0;
			final boolean[] usedR = new boolean[nr];
			for (int u = 0; u < nl; u++)
			{
				final int e = matched[u];
				if (e >= 0)
				{
					assertEquals(u, l[e], "edge of another left vertex");
					assertTrue(!usedR[r[e]], "right vertex matched twice");
					usedR[r[e]] = true;
					count++;
					sum += iou[e];
				}
			}
			final double[][] masked = new double[nl][];
			for (int u = 0; u < nl; u++)
				masked[u] = Arrays.copyOf(w[u], nr);
			final double[] best = bruteForce(masked, 1e-9, 0, new boolean[nr]);
			assertEquals((int) best[0], count, "round " + round);
			assertEquals(best[1], sum, 1e-9, "round " + round);
		}
	}
}
