package io.github.smm.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The near-twin reduction against brute force, and the algebra of contracted components. */
class ReductionsTest
{
	private static final double TOL = 1e-9;

	/**
	 * Random problems with planted duplicates (a vertex and noisy copies of its relations):
	 * every pair the rule contracts is together in <em>every</em> optimal partition, and the
	 * optimum of the contracted component plus the gains inside the groups is the optimum.
	 */
	@Test
	void contractedPairsAreTogetherInEveryOptimum()
	{
		final Random r = new Random(16);
		int contracted = 0, problems = 0;
		for (int g = 0; g < 600; g++)
		{
			final ClusteringProblem p = withDuplicates(r, 3 + r.nextInt(4), 1 + r.nextInt(3));
			final Decomposition d = new Decomposition(p);
			for (int c = 0; c < d.componentCount(); c++)
			{
				if (d.componentSize(c) < 2)
					continue;
				final Component comp = Component.of(p, d, c);
				final int[] groups = Reductions.forcedGroups(comp, new WorkBudget(Long.MAX_VALUE));
				final int count = max(groups) + 1;
				problems++;
				if (count == comp.size)
					continue;
				contracted += comp.size - count;
				final double optimum = optimum(comp);
				for (final int[] best : optimalLabellings(comp, optimum))
					for (int a = 0; a < comp.size; a++)
						for (int b = 0; b < comp.size; b++)
							if (groups[a] == groups[b])
								assertEquals(best[a], best[b], "graph " + g + ": vertices " + a + ", " + b + " contracted but apart in an optimum");
				final Component reduced = comp.contract(groups, count);
				assertEquals(optimum, optimum(reduced) + comp.internalGain(groups), TOL, "graph " + g);
			}
		}
		System.out.printf("ReductionsTest: %d components, %d vertices contracted away%n", problems, contracted);
		assertTrue(contracted > 200, "the rule fired only " + contracted + " times");
	}

	/** Any labelling of a contracted component scores, expanded, its value plus the internal gains. */
	@Test
	void contractionKeepsTheObjectiveOfEveryPartition()
	{
		final Random r = new Random(5);
		for (int g = 0; g < 200; g++)
		{
			final ClusteringProblem p = RandomProblems.uniform(r, 4 + r.nextInt(5), 0.6);
			final Component c = Component.of(p, new Decomposition(p), 0).size == p.size() ? Component.of(p, new Decomposition(p), 0) : null;
			if (c == null)
				continue;
			final int[] groups = new int[c.size];
			int count = 0;
			for (int a = 0; a < c.size; a++)
				groups[a] = a == 0 || r.nextBoolean() ? count++ : r.nextInt(count);
			final Component reduced = c.contract(groups, count);
			for (int t = 0; t < 10; t++)
			{
				final int[] label = new int[count];
				for (int s = 0; s < count; s++)
					label[s] = r.nextInt(3);
				final int[] expanded = new int[c.size];
				for (int a = 0; a < c.size; a++)
					expanded[a] = label[groups[a]];
				final double want = c.objective(expanded), got = reduced.objective(label) + c.internalGain(groups);
				if (want == Double.NEGATIVE_INFINITY)
					assertEquals(want, got);
				else
					assertEquals(want, got, 1e-9, "graph " + g);
			}
			for (int a = 0; a < count; a++)
				for (int b = 0; b < count; b++)
					if (a != b)
						assertEquals(reduced.denseGains()[a * count + b], reduced.pairGain(a, b), 0);
		}
	}

	/** Two exact copies of a vertex are contracted; a lone attracting pair is joined without any search. */
	@Test
	void exactDuplicatesAreContracted()
	{
		// 0 and 1 are copies: both attract 2 (gain 0.5) and are cannot-linked with 3; 0–1 attract (gain 1)
		final ClusteringProblem p = new ClusteringProblem(4, new int[] { 0, 0, 1, 0, 1, 2 }, new int[] { 1, 2, 2, 3, 3, 3 }, new double[] { 2, 1.5, 1.5, 0.1, 0.1, 1.8 }, 1, 0.5);
		final Component c = Component.of(p, new Decomposition(p), 0);
		final int[] groups = Reductions.forcedGroups(c, new WorkBudget(Long.MAX_VALUE));
		assertEquals(groups[0], groups[1]);
		assertTrue(groups[2] != groups[3] || groups[0] != groups[2]);
		final ClusteringResult r = CorrelationClustering.solve(p, SolverSettings.defaults());
		assertEquals(BruteForce.optimum(p), r.objective(), TOL);
		assertTrue(r.provenOptimal());
		final ClusteringProblem pair = new ClusteringProblem(2, new int[] { 0 }, new int[] { 1 }, new double[] { 1.2 }, 1, 0.5);
		final ClusteringResult one = CorrelationClustering.solve(pair, SolverSettings.defaults());
		assertArrayEquals(new int[] { 0, 0 }, one.clusterOf());
		assertEquals("enumeration", one.components().get(0).method());
		assertEquals(0, one.components().get(0).work());
	}

	/** {@code base} random vertices, each with up to {@code copies} noisy duplicates (at most 9 vertices in all). */
	private static ClusteringProblem withDuplicates(final Random r, final int base, final int copies)
	{
		final List<Integer> origin = new ArrayList<>();
		for (int b = 0; b < base; b++)
			for (int k = 0, n = 1 + r.nextInt(copies + 1); k < n && origin.size() < 9; k++)
				origin.add(b);
		final int n = origin.size();
		final double[][] w = new double[base][base];
		for (int a = 0; a < base; a++)
			for (int b = a + 1; b < base; b++)
				w[a][b] = w[b][a] = r.nextDouble() < 0.6 ? 2.5 * r.nextDouble() : -1;
		final List<double[]> edges = new ArrayList<>();
		for (int i = 0; i < n; i++)
			for (int j = i + 1; j < n; j++)
			{
				final int a = origin.get(i), b = origin.get(j);
				if (a == b)
					edges.add(new double[] { i, j, 1.6 + 0.8 * r.nextDouble() });
				else if (w[a][b] >= 0)
					edges.add(new double[] { i, j, Math.max(0, w[a][b] + 0.1 * r.nextGaussian()) });
			}
		return RandomProblems.of(n, edges, 1.0, 0.5);
	}

	/** The optimum of a component by trying every partition. */
	private static double optimum(final Component c)
	{
		double best = Double.NEGATIVE_INFINITY;
		final int[] label = new int[c.size];
		do
			best = Math.max(best, c.objective(label));
		while (next(label));
		return best;
	}

	private static List<int[]> optimalLabellings(final Component c, final double optimum)
	{
		final List<int[]> all = new ArrayList<>();
		final int[] label = new int[c.size];
		do
			if (c.objective(label) >= optimum - TOL)
				all.add(label.clone());
		while (next(label));
		return all;
	}

	/** Advances a restricted growth string; false after the last. */
	private static boolean next(final int[] label)
	{
		for (int i = label.length - 1; i > 0; i--)
		{
			int max = 0;
			for (int j = 0; j < i; j++)
				max = Math.max(max, label[j]);
			if (label[i] <= max)
			{
				label[i]++;
				for (int j = i + 1; j < label.length; j++)
					label[j] = 0;
				return true;
			}
		}
		return false;
	}

	private static int max(final int[] a)
	{
		int m = 0;
		for (final int x : a)
			m = Math.max(m, x);
		return m;
	}
}
