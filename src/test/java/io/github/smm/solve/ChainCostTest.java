package io.github.smm.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The chain cost μ (the most a pair inside one cluster that is no cannot-link costs): hand-drawn
 * chains, and every exact method against the brute-force optimum of random problems with μ
 * anywhere in [0, λ], above λ and infinite.
 */
class ChainCostTest
{
	private static final SolverSettings ILP_ONLY = SolverSettings.defaults().withEnumerationLimit(0).withReductions(false).withThreads(1);
	private static final SolverSettings REDUCED_ILP = SolverSettings.defaults().withEnumerationLimit(0).withThreads(1);
	private static final SolverSettings ENUMERATION = SolverSettings.defaults().withEnumerationLimit(SolverSettings.MAX_ENUMERATION_LIMIT).withThreads(1);
	private static final SolverSettings[] EXACT = { SolverSettings.defaults(), ILP_ONLY, REDUCED_ILP, ENUMERATION };
	private static final SolverSettings[] GREEDY = { SolverSettings.defaults().withKind(SolverKind.GREEDY),
			SolverSettings.defaults().withKind(SolverKind.GREEDY).withHeuristic(Heuristic.PIVOT) };

	private static ClusteringProblem problem(final int n, final double lambda, final double gamma, final double mu, final double[]... edges)
	{
		final int[] ei = new int[edges.length], ej = new int[edges.length];
		final double[] w = new double[edges.length];
		for (int k = 0; k < edges.length; k++)
		{
			ei[k] = (int) edges[k][0];
			ej[k] = (int) edges[k][1];
			w[k] = edges[k][2];
		}
		return new ClusteringProblem(n, ei, ej, w, lambda, gamma, null, mu);
	}

	private static void assertEverySolver(final ClusteringProblem p, final int[] expected, final double objective)
	{
		for (final SolverSettings s : EXACT)
		{
			final ClusteringResult r = CorrelationClustering.solve(p, s);
			assertArrayEquals(expected, r.clusterOf(), s.toString());
			assertEquals(objective, r.objective(), 1e-12, s.toString());
			assertTrue(r.provenOptimal(), s.toString());
		}
		for (final SolverSettings s : GREEDY)
			assertArrayEquals(expected, CorrelationClustering.solve(p, s).clusterOf(), s.toString());
	}

	/**
	 * Three pieces of one object from three tiles: 0 overlaps 1 (w 1.7) and 1 overlaps 2 (w 1.6, λ 1),
	 * 0 and 2 are no candidates of each other. At μ = λ joining 2 brings 0.6 and costs λ for 0–2: the
	 * chain stays split ({0,1},{2}: 0.7 against 0.3). At μ = 0.1 (or 0) the three join (1.2, 1.3).
	 */
	@Test
	void threePieceChainJoinsWhenDistantPairsCostLittle()
	{
		final double[] e01 = { 0, 1, 1.7 }, e12 = { 1, 2, 1.6 };
		assertEverySolver(problem(3, 1, 0.5, 1, e01, e12), new int[] { 0, 0, 1 }, 0.7);
		assertEverySolver(problem(3, 1, 0.5, 0.1, e01, e12), new int[] { 0, 0, 0 }, 1.2);
		assertEverySolver(problem(3, 1, 0.5, 0, e01, e12), new int[] { 0, 0, 0 }, 1.3);
	}

	/** The same chain whose ends are a cannot-link (w 0.3 < γ 0.5): never together, however cheap chaining is. */
	@Test
	void cannotLinkStopsAChainAtEveryChainCost()
	{
		for (final double mu : new double[] { 1, 0.5, 0.1, 0 })
		{
			final ClusteringProblem p = problem(3, 1, 0.5, mu, new double[] { 0, 1, 1.6 }, new double[] { 1, 2, 1.7 }, new double[] { 0, 2, 0.3 });
			// {0},{1,2} (0.7) beats {0,1},{2} (0.6); all three would join the cannot-link
			assertEverySolver(p, new int[] { 0, 1, 1 }, 0.7);
		}
	}

	/**
	 * A weak candidate pair (γ ≤ w < λ) costs λ − w, at most μ: with 0–2 at w 0.1, joining all three
	 * scores 0.7 + 0.6 − 0.9 = 0.4 < 0.7 at μ = λ (the chain splits), 0.7 + 0.6 − 0.5 = 0.8 at μ = 0.5.
	 */
	@Test
	void weakCandidatePairCostsAtMostTheChainCost()
	{
		final double[][] e = { { 0, 1, 1.7 }, { 1, 2, 1.6 }, { 0, 2, 0.1 } };
		assertEverySolver(problem(3, 1, 0.05, Double.POSITIVE_INFINITY, e), new int[] { 0, 0, 1 }, 0.7);
		assertEverySolver(problem(3, 1, 0.05, 1, e), new int[] { 0, 0, 1 }, 0.7);
		assertEverySolver(problem(3, 1, 0.05, 0.5, e), new int[] { 0, 0, 0 }, 0.8);
	}

	/** No cap is the published objective to the last bit; μ = λ is the same objective for weights ≥ 0. */
	@Test
	void defaultIsNoCap()
	{
		final ClusteringProblem q = new ClusteringProblem(3, new int[] { 0 }, new int[] { 1 }, new double[] { 1.6 }, 0.7, 0.5);
		assertEquals(Double.POSITIVE_INFINITY, q.chainCost());
		final int[] all = { 0, 0, 0 };
		assertEquals(1.6 - 3 * 0.7, q.objective(all));
		assertEquals(q.objective(all), problem(3, 0.7, 0.5, 0.7, new double[] { 0, 1, 1.6 }).objective(all), 1e-12);
		assertEquals(1.6 - 0.7 - 2 * 0.2, problem(3, 0.7, 0.5, 0.2, new double[] { 0, 1, 1.6 }).objective(all), 1e-12);
	}

	/**
	 * μ = 0 without cannot-links: every attracting chain is one cluster, so the clusters are the
	 * connected components of the edges with w > λ (the union-of-overlaps baselines' clusters).
	 */
	@Test
	void zeroChainCostWithoutCannotLinksGivesAttractingComponents()
	{
		final Random r = new Random(7);
		for (int g = 0; g < 200; g++)
		{
			final int n = 2 + r.nextInt(11);
			final ClusteringProblem p = withChainCost(RandomProblems.uniform(r, n, 0.2 + 0.6 * r.nextDouble(), 0, 2.5, 1, -1), 0);
			final Decomposition d = new Decomposition(p);
			for (final SolverSettings s : EXACT)
			{
				final int[] c = CorrelationClustering.solve(p, s).clusterOf();
				for (int a = 0; a < n; a++)
					for (int b = 0; b < n; b++)
						assertEquals(d.componentOf(a) == d.componentOf(b), c[a] == c[b], "graph " + g + ", " + a + "–" + b + ": " + s);
			}
		}
	}

	@Test
	void badChainCostIsAnError()
	{
		for (final double mu : new double[] { -0.1, Double.NaN, Double.NEGATIVE_INFINITY })
		{
			final InvalidProblemException e = assertThrows(InvalidProblemException.class, () -> problem(2, 1, 0.5, mu, new double[] { 0, 1, 1.5 }));
			assertTrue(e.getMessage().contains("chain cost"), e.getMessage());
		}
	}

	/**
	 * Random graphs of up to 9 vertices, μ uniform in [0, 1.5·λ] (exactly 0 for one in six, +∞ for one
	 * in six): the exact
	 * methods reach the brute-force optimum over all partitions and say so, the greedy ones never
	 * beat it and never join a cannot-link, and the result is the same on 1 and 3 threads.
	 */
	@Test
	void exactSolverMatchesEnumerationOfAllPartitions()
	{
		final Random r = new Random(20261207);
		int joinedThroughNonEdges = 0;
		for (int g = 0; g < 600; g++)
		{
			final int n = 2 + r.nextInt(8);
			final double lambda = 0.2 + 1.3 * r.nextDouble();
			final ClusteringProblem base = RandomProblems.uniform(r, n, 0.2 + 0.8 * r.nextDouble(), 0, lambda * (1.5 + 1.5 * r.nextDouble()), lambda,
					lambda * (1.4 * r.nextDouble() - 0.2));
			final int kind = r.nextInt(6);
			final double mu = kind == 0 ? 0 : kind == 1 ? Double.POSITIVE_INFINITY : 1.5 * lambda * r.nextDouble();
			final ClusteringProblem p = withChainCost(base, mu);
			final double optimum = BruteForce.optimum(p);
			final String what = "graph " + g + " (n=" + n + ", m=" + p.edgeCount() + ", λ=" + lambda + ", γ=" + p.gamma() + ", μ=" + mu + ")";
			for (final SolverSettings s : EXACT)
			{
				final ClusteringResult res = CorrelationClustering.solve(p, s);
				assertEquals(optimum, res.objective(), 1e-9, what + ": " + s);
				assertTrue(res.provenOptimal() && p.respectsCannotLinks(res.clusterOf()), what + ": " + s);
				assertArrayEquals(res.clusterOf(), CorrelationClustering.solve(p, s.withThreads(3)).clusterOf(), what + ": threads");
			}
			for (final SolverSettings s : GREEDY)
			{
				final ClusteringResult res = CorrelationClustering.solve(p, s);
				assertTrue(res.objective() <= optimum + 1e-9 && p.respectsCannotLinks(res.clusterOf()), what + ": " + s);
			}
			if (CorrelationClustering.solve(p, ILP_ONLY).objective() > CorrelationClustering.solve(base, ILP_ONLY).objective() + 1e-9)
				joinedThroughNonEdges++;
		}
		assertTrue(joinedThroughNonEdges >= 100, "the chain cost changed too few optima: " + joinedThroughNonEdges);
	}

	private static ClusteringProblem withChainCost(final ClusteringProblem p, final double mu)
	{
		final int m = p.edgeCount();
		final int[] ei = new int[m], ej = new int[m];
		final double[] w = new double[m];
		for (int k = 0; k < m; k++)
		{
			ei[k] = p.edgeI(k);
			ej[k] = p.edgeJ(k);
			w[k] = p.weight(k);
		}
		return new ClusteringProblem(p.size(), ei, ej, w, p.lambda(), p.gamma(), null, mu);
	}
}
