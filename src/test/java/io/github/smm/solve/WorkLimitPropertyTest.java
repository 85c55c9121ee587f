package io.github.smm.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The exact search cut short by its work budget, against brute force: whatever the budget, the
 * partition is valid, never worse than either heuristic, never claimed optimal unless it is, and its
 * reported upper bound really bounds the optimum; the same budget gives the same result for every
 * thread count.
 */
class WorkLimitPropertyTest
{
	private static final double TOL = 1e-7;
	private static final long[] LIMITS = { 1, 40, 400, 4_000, SolverSettings.DEFAULT_WORK_LIMIT };

	@Test
	void budgetedSearchKeepsAValidBoundAndNeverLosesToTheHeuristics()
	{
		final Random r = new Random(1616);
		int cutShort = 0;
		for (int g = 0; g < 250; g++)
		{
			final int n = 6 + r.nextInt(5);
			final double lambda = 0.3 + r.nextDouble();
			final ClusteringProblem p = RandomProblems.uniform(r, n, 0.4 + 0.6 * r.nextDouble(), 0, lambda * 2.5, lambda, lambda * r.nextDouble());
			final double optimum = BruteForce.optimum(p);
			final double heuristics = Math.max(greedy(p, Heuristic.PIVOT), greedy(p, Heuristic.GAEC_KL));
			for (final long limit : LIMITS)
			{
				final SolverSettings s = SolverSettings.defaults().withEnumerationLimit(0).withWorkLimit(limit).withThreads(1);
				final ClusteringResult result = CorrelationClustering.solve(p, s);
				final String what = "graph " + g + " (n=" + n + "), work limit " + limit;
				SolverContractTest.assertValid(p, result);
				assertTrue(result.objective() <= optimum + TOL, what + ": above the optimum");
				assertTrue(result.objective() >= heuristics - TOL, what + ": " + result.objective() + " below the heuristics' " + heuristics);
				double bound = 0;
				for (final ComponentReport c : result.components())
					bound += c.upperBound();
				assertTrue(bound >= optimum - TOL, what + ": bound " + bound + " below the optimum " + optimum);
				if (result.provenOptimal())
					assertEquals(optimum, result.objective(), TOL, what + ": claimed optimal");
				else
					cutShort++;
				if (limit == SolverSettings.DEFAULT_WORK_LIMIT)
					assertTrue(result.provenOptimal(), what + ": not proven with the default budget");
				SolverContractTest.assertSameResult(result, CorrelationClustering.solve(p, s.withThreads(3)));
			}
		}
		assertTrue(cutShort >= 50, "the small budgets cut too few searches short to test anything: " + cutShort);
	}

	private static double greedy(final ClusteringProblem p, final Heuristic h)
	{
		return CorrelationClustering.solve(p, SolverSettings.defaults().withKind(SolverKind.GREEDY).withHeuristic(h).withThreads(1)).objective();
	}
}
