package io.github.smm.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Validation, objective and cannot-link checks of {@link ClusteringProblem}, and settings validation. */
class ClusteringProblemTest
{
	private static ClusteringProblem of(final int n, final int[] ei, final int[] ej, final double[] w, final double lambda, final double gamma)
	{
		return new ClusteringProblem(n, ei, ej, w, lambda, gamma);
	}

	private static void assertRejected(final Executable build, final String... fragments)
	{
		final InvalidProblemException e = assertThrows(InvalidProblemException.class, build);
		for (final String f : fragments)
			assertTrue(e.getMessage().contains(f), "message \"" + e.getMessage() + "\" does not name " + f);
	}

	@Test
	void rejectsBadInputNamingTheOffendingEdgeOrValue()
	{
		final int[] none = new int[0];
		final double[] noWeights = new double[0];
		assertRejected(() -> of(-1, none, none, noWeights, 1, 0.5), "-1");
		assertRejected(() -> of(3, new int[] { 0, 1 }, new int[] { 1 }, new double[] { 1, 1 }, 1, 0.5), "2 first endpoints", "1 second");
		assertRejected(() -> of(3, new int[] { 0, 1 }, new int[] { 1, 5 }, new double[] { 1, 1 }, 1, 0.5), "edge 1 (1, 5)", "outside 0..2");
		assertRejected(() -> of(3, new int[] { -2 }, new int[] { 1 }, new double[] { 1 }, 1, 0.5), "edge 0 (-2, 1)");
		assertRejected(() -> of(3, new int[] { 0, 2 }, new int[] { 1, 2 }, new double[] { 1, 1 }, 1, 0.5), "edge 1 (2, 2)", "same vertex");
		assertRejected(() -> of(3, new int[] { 0, 1, 2 }, new int[] { 1, 2, 1 }, new double[] { 1, 1, 1 }, 1, 0.5), "edge 2 (1, 2) repeats edge 1");
		assertRejected(() -> of(3, new int[] { 0, 1, 0 }, new int[] { 1, 2, 2 }, new double[] { 1, 1, Double.NaN }, 1, 0.5), "edge 2 (0, 2)", "NaN");
		assertRejected(() -> of(3, new int[] { 0 }, new int[] { 1 }, new double[] { Double.POSITIVE_INFINITY }, 1, 0.5), "edge 0", "Infinity");
		assertRejected(() -> of(3, none, none, noWeights, Double.NaN, 0.5), "lambda", "NaN");
		assertRejected(() -> of(3, none, none, noWeights, Double.POSITIVE_INFINITY, 0.5), "lambda", "Infinity");
		assertRejected(() -> of(3, none, none, noWeights, -0.5, 0.5), "lambda", "-0.5");
		assertRejected(() -> of(3, none, none, noWeights, 1, Double.NEGATIVE_INFINITY), "gamma", "-Infinity");
	}

	@Test
	void objectiveCountsEdgeWeightsMinusLambdaForEveryPairInside()
	{
		// 0–1 (2.0), 1–2 (0.3, a cannot-link with γ = 0.5), vertex 3 alone; λ = 1.
		final ClusteringProblem p = of(4, new int[] { 1, 2 }, new int[] { 0, 1 }, new double[] { 2.0, 0.3 }, 1, 0.5);
		assertEquals(0, p.edgeI(0));
		assertEquals(1, p.edgeJ(0));
		assertEquals(1.0, p.objective(new int[] { 0, 0, 1, 2 }), 1e-12);
		assertEquals(2.3 - 3, p.objective(new int[] { 0, 0, 0, 1 }), 1e-12);
		assertEquals(2.3 - 6, p.objective(new int[] { 5, 5, 5, 5 }), 1e-12, "non-edges 0–2, 0–3, 1–3, 2–3 each cost λ");
		assertEquals(0, p.objective(new int[] { 7, -3, 100, 0 }), 0, "labels may be any ints");
		assertTrue(p.respectsCannotLinks(new int[] { 0, 0, 1, 1 }));
		assertFalse(p.respectsCannotLinks(new int[] { 0, 0, 0, 1 }));
		assertTrue(p.isCannotLink(1));
		assertFalse(p.isCannotLink(0));
		assertEquals(1, p.edgeIndex(2, 1));
		assertEquals(-1, p.edgeIndex(0, 3));
		assertThrows(IllegalArgumentException.class, () -> p.objective(new int[3]));
	}

	@Test
	void settingsRejectOutOfRangeValues()
	{
		final SolverSettings s = SolverSettings.defaults();
		assertEquals(SolverKind.EXACT, s.kind());
		assertEquals(SolverSettings.DEFAULT_MAX_EXACT_COMPONENT_SIZE, s.maxExactComponentSize());
		assertEquals(SolverSettings.DEFAULT_WORK_LIMIT, s.workLimit());
		assertTrue(s.reductions());
		assertEquals(12, s.enumerationLimit());
		assertTrue(s.threads() >= 1);
		assertRejected(() -> s.withThreads(0), "threads", "0");
		assertRejected(() -> s.withEnumerationLimit(13), "enumeration limit", "13");
		assertRejected(() -> s.withEnumerationLimit(-1), "enumeration limit", "-1");
		assertRejected(() -> s.withWorkLimit(0), "work limit", "0");
		assertRejected(() -> s.withWorkLimit(-5), "work limit", "-5");
		assertRejected(() -> s.withHeuristic(null), "heuristic");
		assertRejected(() -> s.withMaxExactComponentSize(-1), "maximum exact component size");
		assertRejected(() -> s.withMaxExactComponentSize(1001), "maximum exact component size", "1001");
		assertRejected(() -> s.withKind(null), "kind");
		assertEquals(SolverKind.GREEDY, s.withKind(SolverKind.GREEDY).kind());
		assertEquals(SolverKind.EXACT, s.kind(), "settings are immutable");
	}
}
