package io.github.smm.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Every solver against the brute-force optimum on random graphs of up to 9 vertices with random
 * density, weights, {@code λ} and {@code γ} (ranges chosen so that edges attract, repel and
 * cannot-link, including attracting cannot-links when {@code γ > λ}).
 */
class BruteForceComparisonTest
{
	private static final int GRAPHS = 1200;
	private static final double TOL = 1e-9;

	private static final SolverSettings ILP_ONLY = SolverSettings.defaults().withEnumerationLimit(0).withReductions(false).withThreads(1);
	private static final SolverSettings REDUCED_ILP = SolverSettings.defaults().withEnumerationLimit(0).withThreads(1);
	private static final SolverSettings ENUMERATION = SolverSettings.defaults().withEnumerationLimit(SolverSettings.MAX_ENUMERATION_LIMIT).withThreads(1);
	private static final SolverSettings GREEDY = SolverSettings.defaults().withKind(SolverKind.GREEDY).withHeuristic(Heuristic.PIVOT).withThreads(1);
	private static final SolverSettings GAEC_KL = SolverSettings.defaults().withKind(SolverKind.GREEDY).withHeuristic(Heuristic.GAEC_KL).withThreads(1);

	@Test
	void exactMatchesBruteForceAndGreedyNeverBeatsIt()
	{
		final Random r = new Random(20240611);
		double ratioSum = 0, gaecRatioSum = 0;
		int ratioCount = 0, greedyOptimal = 0, gaecOptimal = 0, ilpComponents = 0, largeIlpComponents = 0;
		for (int g = 0; g < GRAPHS; g++)
		{
			final ClusteringProblem p = randomProblem(r);
			final double optimum = BruteForce.optimum(p);
			final ClusteringResult ilp = CorrelationClustering.solve(p, ILP_ONLY);
			final ClusteringResult enumeration = CorrelationClustering.solve(p, ENUMERATION);
			final ClusteringResult greedy = CorrelationClustering.solve(p, GREEDY);
			final ClusteringResult reduced = CorrelationClustering.solve(p, REDUCED_ILP);
			final ClusteringResult gaec = CorrelationClustering.solve(p, GAEC_KL);
			final String what = "graph " + g + " (n=" + p.size() + ", m=" + p.edgeCount() + ", λ=" + p.lambda() + ", γ=" + p.gamma() + ")";
			assertEquals(optimum, ilp.objective(), TOL, what + ": ILP");
			assertEquals(optimum, enumeration.objective(), TOL, what + ": enumeration");
			assertEquals(optimum, reduced.objective(), TOL, what + ": reductions + ILP");
			assertTrue(ilp.provenOptimal() && enumeration.provenOptimal() && reduced.provenOptimal(), what + ": exact result not reported optimal");
			assertTrue(p.respectsCannotLinks(gaec.clusterOf()), what + ": GAEC + KL joined a cannot-link");
			assertTrue(gaec.objective() <= optimum + TOL, what + ": GAEC + KL above the optimum");
			if (gaec.objective() >= optimum - TOL)
				gaecOptimal++;
			assertTrue(p.respectsCannotLinks(greedy.clusterOf()), what + ": greedy joined a cannot-link");
			assertTrue(greedy.objective() <= optimum + TOL, what + ": greedy above the optimum");
			for (final ComponentReport c : ilp.components())
				if (c.size() > 2) // two vertices attract, or they would be two components: joined without a search
				{
					assertEquals("ilp", c.method(), what);
					ilpComponents++;
					if (c.size() >= 5)
						largeIlpComponents++;
				}
			if (greedy.objective() >= optimum - TOL)
				greedyOptimal++;
			if (optimum > TOL)
			{
				ratioSum += greedy.objective() / optimum;
				gaecRatioSum += gaec.objective() / optimum;
				ratioCount++;
			}
		}
		final double meanRatio = ratioSum / ratioCount, gaecRatio = gaecRatioSum / ratioCount;
		System.out.printf("BruteForceComparisonTest: %d graphs, %d components through the ILP (%d of 5 to 9 vertices); pivot+LS optimal on %d graphs (%.1f %%), mean ratio %.4f;"
				+ " GAEC+KL optimal on %d (%.1f %%), mean ratio %.4f (over %d graphs with positive optimum)%n",
				GRAPHS, ilpComponents, largeIlpComponents, greedyOptimal, 100.0 * greedyOptimal / GRAPHS, meanRatio, gaecOptimal, 100.0 * gaecOptimal / GRAPHS, gaecRatio, ratioCount);
		assertTrue(largeIlpComponents >= GRAPHS / 4, "too few components of 5 or more vertices exercised the ILP: " + largeIlpComponents);
		assertTrue(meanRatio >= 0.9, "mean greedy/optimum ratio " + meanRatio);
		assertTrue(greedyOptimal >= GRAPHS / 2, "greedy optimal on only " + greedyOptimal + " of " + GRAPHS + " graphs");
		assertTrue(gaecRatio >= 0.9 && gaecOptimal >= GRAPHS / 2, "GAEC + KL: mean ratio " + gaecRatio + ", optimal on " + gaecOptimal);
	}

	private static ClusteringProblem randomProblem(final Random r)
	{
		final int n = 2 + r.nextInt(8);
		final double density = 0.2 + 0.8 * r.nextDouble();
		final double lambda = 0.2 + 1.3 * r.nextDouble();
		final double gamma = lambda * (1.4 * r.nextDouble() - 0.2);
		final double wMax = lambda * (1.5 + 1.5 * r.nextDouble());
		return RandomProblems.uniform(r, n, density, 0, wMax, lambda, gamma);
	}
}
