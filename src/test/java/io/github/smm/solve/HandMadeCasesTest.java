package io.github.smm.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Small hand-drawn cases with known answers, and the fallbacks. */
class HandMadeCasesTest
{
	private static final SolverSettings ILP_ONLY = SolverSettings.defaults().withEnumerationLimit(0).withReductions(false).withThreads(1);
	private static final SolverSettings[] ALL = { SolverSettings.defaults(), ILP_ONLY, SolverSettings.defaults().withKind(SolverKind.GREEDY),
			SolverSettings.defaults().withKind(SolverKind.GREEDY).withHeuristic(Heuristic.PIVOT) };

	private static ClusteringProblem problem(final int n, final double lambda, final double gamma, final double[]... edges)
	{
		final int[] ei = new int[edges.length], ej = new int[edges.length];
		final double[] w = new double[edges.length];
		for (int k = 0; k < edges.length; k++)
		{
			ei[k] = (int) edges[k][0];
			ej[k] = (int) edges[k][1];
			w[k] = edges[k][2];
		}
		return new ClusteringProblem(n, ei, ej, w, lambda, gamma);
	}

	/**
	 * Vertex 0 attracts 1 (gain 0.8) and 2 (gain 0.6); 1–2 is not an edge (gain −1). With only the
	 * inequality {@code x01 + x12 − x02 ≤ 1} (the one orientation of triple 0 < 1 < 2), the invalid
	 * "0 with 1, 0 with 2, 1 apart from 2" scores 1.4 and wins; the inequality centred on 0,
	 * {@code x01 + x02 − x12 ≤ 1}, forbids it. The true optimum is {0,1},{2} with 0.8.
	 */
	@Test
	void triangleThatOneInequalityAloneWouldGetWrong()
	{
		final ClusteringProblem p = problem(3, 1.0, 0.5, new double[] { 0, 1, 1.8 }, new double[] { 0, 2, 1.6 });
		final ClusteringResult r = CorrelationClustering.solve(p, ILP_ONLY);
		assertArrayEquals(new int[] { 0, 0, 1 }, r.clusterOf());
		assertEquals(0.8, r.objective(), 1e-12);
		final ComponentReport c = r.components().get(0);
		assertEquals("ilp", c.method());
		assertTrue(c.provenOptimal());
		assertEquals(0.8, c.upperBound(), 1e-9, "the bound must come from a model that holds the centred inequality");
		for (final SolverSettings s : ALL)
			assertArrayEquals(new int[] { 0, 0, 1 }, CorrelationClustering.solve(p, s).clusterOf(), s.toString());
	}

	/** The same shape with the centre at the largest index, so no fixed orientation happens to cover it. */
	@Test
	void triangleCentredOnTheLastVertex()
	{
		final ClusteringProblem p = problem(3, 1.0, 0.5, new double[] { 0, 2, 1.6 }, new double[] { 1, 2, 1.8 });
		for (final SolverSettings s : ALL)
		{
			final ClusteringResult r = CorrelationClustering.solve(p, s);
			assertArrayEquals(new int[] { 0, 1, 1 }, r.clusterOf(), s.toString());
			assertEquals(0.8, r.objective(), 1e-12);
		}
	}

	/** When both gains exceed λ, joining all three is worth it although 1–2 costs λ. */
	@Test
	void triangleJoinedThroughANonEdgeWhenWorthIt()
	{
		final ClusteringProblem p = problem(3, 1.0, 0.5, new double[] { 0, 1, 2.5 }, new double[] { 0, 2, 2.4 });
		for (final SolverSettings s : ALL)
		{
			final ClusteringResult r = CorrelationClustering.solve(p, s);
			assertArrayEquals(new int[] { 0, 0, 0 }, r.clusterOf(), s.toString());
			assertEquals(1.5 + 1.4 - 1.0, r.objective(), 1e-12);
		}
	}

	/** Chain a–b–c with a cannot-link a–c: b goes with its stronger partner, c stays apart. */
	@Test
	void chainWithCannotLinkAtItsEnds()
	{
		final ClusteringProblem p = problem(3, 1.0, 0.5, new double[] { 0, 1, 2.0 }, new double[] { 1, 2, 1.9 }, new double[] { 0, 2, 0.2 });
		assertTrue(p.isCannotLink(2));
		for (final SolverSettings s : ALL)
		{
			final ClusteringResult r = CorrelationClustering.solve(p, s);
			assertArrayEquals(new int[] { 0, 0, 1 }, r.clusterOf(), s.toString());
			assertEquals(1.0, r.objective(), 1e-12);
			assertTrue(p.respectsCannotLinks(r.clusterOf()));
		}
	}

	/** A path of 10 vertices with maxExactComponentSize 5 is solved greedily and not claimed optimal. */
	@Test
	void componentAboveSizeLimitFallsBackToGreedy()
	{
		final double[][] path = new double[9][];
		for (int i = 0; i < 9; i++)
			path[i] = new double[] { i, i + 1, 1.5 };
		final ClusteringProblem p = problem(10, 1.0, 0.5, path);
		final ClusteringResult r = CorrelationClustering.solve(p, SolverSettings.defaults().withMaxExactComponentSize(5));
		assertEquals(1, r.components().size());
		final ComponentReport c = r.components().get(0);
		assertEquals("greedy", c.method());
		assertEquals(Fallback.SIZE_LIMIT, c.fallback());
		assertFalse(c.provenOptimal());
		assertEquals(0, r.provenOptimalCount());
		assertEquals(4.5, c.upperBound(), 1e-12, "bound: the sum of positive gains");
		assertEquals(2.5, BruteForce.optimum(p), 1e-12);
		assertTrue(c.objective() <= 2.5 + 1e-12);
		SolverContractTest.assertValid(p, r);
		// Without the limit the same component is solved exactly.
		final ComponentReport exact = CorrelationClustering.solve(p, ILP_ONLY).components().get(0);
		assertEquals("ilp", exact.method());
		assertTrue(exact.provenOptimal());
		assertEquals(2.5, exact.objective(), 1e-9);
	}

	/**
	 * A chained 80-vertex component with a work limit far too small to prove anything: the best
	 * partition found is kept (never worse than greedy's), with a proven bound above it, and the
	 * result is the same on every run and for every thread count — the limit counts work, not time.
	 */
	@Test
	void componentOverWorkLimitKeepsTheBestPartitionWithItsGap()
	{
		final ClusteringProblem p = RandomProblems.geometric(new Random(1), 80, 12);
		final SolverSettings tiny = SolverSettings.defaults().withWorkLimit(20_000).withThreads(1);
		final ClusteringResult r = CorrelationClustering.solve(p, tiny);
		final ComponentReport big = r.components().stream().max((a, b) -> Integer.compare(a.size(), b.size())).get();
		assertTrue(big.size() >= 40, "expected one large component, got " + big.size());
		assertEquals(Fallback.WORK_LIMIT, big.fallback());
		assertFalse(big.provenOptimal());
		assertTrue(big.upperBound() > big.objective());
		assertTrue(big.gap() > 0);
		assertTrue(big.work() >= 20_000);
		final ClusteringResult greedy = CorrelationClustering.solve(p, SolverSettings.defaults().withKind(SolverKind.GREEDY));
		assertTrue(r.objective() >= greedy.objective() - 1e-9);
		SolverContractTest.assertValid(p, r);
		for (final int threads : new int[] { 1, 2, 3 })
			SolverContractTest.assertSameResult(r, CorrelationClustering.solve(p, tiny.withThreads(threads)));
	}

	/** On a 40-vertex chained component the exact solver proves an optimum at least as good as greedy. */
	@Test
	void exactSolvesAFortyVertexComponent()
	{
		final ClusteringProblem p = RandomProblems.geometric(new Random(1), 40, 12);
		final ClusteringResult exact = CorrelationClustering.solve(p, SolverSettings.defaults().withThreads(1).withReductions(false));
		final ClusteringResult greedy = CorrelationClustering.solve(p, SolverSettings.defaults().withKind(SolverKind.GREEDY));
		final ComponentReport big = exact.components().stream().max((a, b) -> Integer.compare(a.size(), b.size())).get();
		assertTrue(big.size() >= 30, "expected one large component, got " + big.size());
		assertEquals("ilp", big.method());
		assertTrue(big.provenOptimal());
		assertTrue(exact.objective() >= greedy.objective() - 1e-9);
		SolverContractTest.assertValid(p, exact);
	}

	/** λ = 0: unrelated pairs cost nothing; still a valid optimum. */
	@Test
	void zeroLambda()
	{
		final Random rnd = new Random(9);
		for (int i = 0; i < 50; i++)
		{
			final ClusteringProblem p = RandomProblems.uniform(rnd, 2 + rnd.nextInt(7), 0.6, 0, 1, 0, 0.3);
			final double optimum = BruteForce.optimum(p);
			assertEquals(optimum, CorrelationClustering.solve(p, ILP_ONLY).objective(), 1e-9);
			assertEquals(optimum, CorrelationClustering.solve(p, SolverSettings.defaults()).objective(), 1e-9);
			assertTrue(p.respectsCannotLinks(CorrelationClustering.solve(p, ALL[2]).clusterOf()));
		}
	}

	/** Separate groups joined only by weak edges come back as separate components, in order of their smallest vertex. */
	@Test
	void componentsAreSplitAtWeakEdges()
	{
		final ClusteringProblem p = problem(5, 1.0, 0.5, new double[] { 0, 3, 2.0 }, new double[] { 3, 1, 0.9 }, new double[] { 1, 4, 2.0 }, new double[] { 2, 4, 0.4 });
		final ClusteringResult r = CorrelationClustering.solve(p, SolverSettings.defaults());
		assertEquals(3, r.components().size());
		assertArrayEquals(new int[] { 0, 3 }, r.components().get(0).vertices());
		assertArrayEquals(new int[] { 1, 4 }, r.components().get(1).vertices());
		assertArrayEquals(new int[] { 2 }, r.components().get(2).vertices());
		assertEquals("trivial", r.components().get(2).method());
		assertArrayEquals(new int[] { 0, 1, 2, 0, 1 }, r.clusterOf());
		assertEquals(3, r.clusterCount());
		assertEquals(2.0, r.objective(), 1e-12);
	}

	/** A low-weight edge that may not be a cannot-link is scored like any pair and can be chained over. */
	@Test
	void exemptLowEdgesAreNotCannotLinks()
	{
		// 0–1 and 1–2 attract strongly; 0–2 weighs 0.4 < gamma
		final int[] ei = { 0, 1, 0 }, ej = { 1, 2, 2 };
		final double[] w = { 2, 2, 0.4 };
		final ClusteringProblem strict = new ClusteringProblem(3, ei, ej, w, 1, 0.5);
		final ClusteringProblem exempt = new ClusteringProblem(3, ei, ej, w, 1, 0.5, new boolean[] { true, true, false });
		for (final SolverSettings s : ALL)
		{
			final int[] c = CorrelationClustering.solve(exempt, s).clusterOf();
			assertArrayEquals(new int[] { 0, 0, 0 }, c, s.kind() + ": 2 + 2 + (0.4 - 1) - 2 = 1.4 > 1 for any split");
			final int[] d = CorrelationClustering.solve(strict, s).clusterOf();
			assertTrue(d[0] != d[2], s.kind() + ": a cannot-link is never inside a cluster");
		}
	}

	/**
	 * A blob (0) over four cells (1–4) that exclude each other: with triangle inequalities alone
	 * the relaxation puts the blob half with every cell (value 2.4 against the optimum 1.5); the star
	 * inequality {@code x01 + x02 + x03 + x04 ≤ 1} closes the gap at the root.
	 */
	@Test
	void blobOverMutuallyExclusiveCellsNeedsTheStarCut()
	{
		final java.util.List<double[]> edges = new java.util.ArrayList<>();
		for (int i = 1; i <= 4; i++)
		{
			edges.add(new double[] { 0, i, 1.7 + 0.2 * i });
			for (int j = i + 1; j <= 4; j++)
				edges.add(new double[] { i, j, 0.2 });
		}
		final ClusteringProblem p = RandomProblems.of(5, edges, 1, 0.5);
		final ClusteringResult r = CorrelationClustering.solve(p, ILP_ONLY);
		assertEquals(BruteForce.optimum(p), r.objective(), 1e-12);
		assertEquals(1.5, r.objective(), 1e-12);
		assertArrayEquals(new int[] { 0, 1, 2, 3, 0 }, r.clusterOf());
		final ComponentReport c = r.components().get(0);
		assertEquals("ilp", c.method());
		assertTrue(c.provenOptimal());
		assertEquals(1.5, c.upperBound(), 1e-9);
		// the root relaxation is already tight: no branching (a start of all singletons, so the search must find the optimum itself)
		final Component whole = Component.of(p, new Decomposition(p), 0);
		final CuttingPlaneSearch.Outcome out = CuttingPlaneSearch.solve(whole, new int[] { 0, 1, 2, 3, 4 }, new WorkBudget(Long.MAX_VALUE));
		assertEquals(1, out.nodes);
		assertTrue(out.proven);
		assertEquals(1.5, whole.objective(out.label), 1e-12);
	}
}
