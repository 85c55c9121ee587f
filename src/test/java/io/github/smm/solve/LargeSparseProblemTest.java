package io.github.smm.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The workload of a whole slide: 80,000 vertices in over 40,000 components, nearly all of one to
 * four vertices, plus a few dozen larger chained ones. Checks validity and that every component is
 * proven optimal; prints the solve times (measured, not asserted).
 */
class LargeSparseProblemTest
{
	@Test
	void solvesEightyThousandVerticesInSmallComponents()
	{
		final ClusteringProblem p = slide(new Random(42), 80_000);
		final SolverSettings exact = SolverSettings.defaults().withThreads(2);
		final SolverSettings greedy = exact.withKind(SolverKind.GREEDY);
		long t0 = System.nanoTime();
		CorrelationClustering.solve(p, exact); // first call: class loading and JIT
		final double coldMs = (System.nanoTime() - t0) / 1e6;
		CorrelationClustering.solve(p, greedy);
		t0 = System.nanoTime();
		final ClusteringResult r = CorrelationClustering.solve(p, exact);
		final double exactMs = (System.nanoTime() - t0) / 1e6;
		t0 = System.nanoTime();
		final ClusteringResult g = CorrelationClustering.solve(p, greedy);
		final double greedyMs = (System.nanoTime() - t0) / 1e6;

		final int[] bySize = new int[6];
		for (final ComponentReport c : r.components())
			bySize[Math.min(5, c.size())]++;
		System.out.printf("LargeSparseProblemTest: %d vertices, %d edges, %d components (sizes 1/2/3/4/5+: %d/%d/%d/%d/%d), %d clusters;"
				+ " exact %.0f ms (first call %.0f ms; objective %.3f, %d proven), greedy %.0f ms (objective %.3f, %d proven) on 2 threads%n",
				p.size(), p.edgeCount(), r.components().size(), bySize[1], bySize[2], bySize[3], bySize[4], bySize[5], r.clusterCount(),
				exactMs, coldMs, r.objective(), r.provenOptimalCount(), greedyMs, g.objective(), g.provenOptimalCount());

		SolverContractTest.assertValid(p, r);
		SolverContractTest.assertValid(p, g);
		assertEquals(r.components().size(), r.provenOptimalCount());
		assertTrue(r.components().size() > 40_000);
		assertTrue(g.objective() <= r.objective() + 1e-6);
	}

	/** Small groups (1–4 vertices, like duplicates and fragments) with a few dozen chained groups of 8–20. */
	private static ClusteringProblem slide(final Random r, final int n)
	{
		final List<double[]> edges = new ArrayList<>();
		for (int start = 0; start < n;)
		{
			final int size = Math.min(n - start, r.nextInt(1000) == 0 ? 8 + r.nextInt(13) : 1 + r.nextInt(4));
			for (int i = start; i < start + size; i++)
				for (int j = i + 1; j < start + size; j++)
					if (j - i <= 3 && r.nextDouble() < 0.8)
						edges.add(new double[] { i, j, 0.3 + 2.2 * r.nextDouble() });
			if (start + size < n && r.nextDouble() < 0.3)
				edges.add(new double[] { start + size - 1, start + size, 0.6 * r.nextDouble() });
			start += size;
		}
		return RandomProblems.of(n, edges, 1.0, 0.5);
	}
}
