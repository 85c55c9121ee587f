package io.github.smm.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SolveSummaryTest
{
	@Test
	void countsWhatWasProvenAndAddsUp()
	{
		final ClusteringProblem p = RandomProblems.geometric(new Random(1), 80, 12);
		final ClusteringResult tiny = CorrelationClustering.solve(p, SolverSettings.defaults().withWorkLimit(20_000).withThreads(1));
		final SolveSummary s = SolveSummary.of(tiny.components());
		assertEquals(tiny.components().size(), s.components());
		assertEquals(tiny.provenOptimalCount(), s.provenOptimal());
		assertTrue(s.provenOptimal() < s.components());
		double gap = 0;
		int largest = 0;
		for (final ComponentReport c : tiny.components())
		{
			gap += c.gap();
			largest = Math.max(largest, c.size());
		}
		assertEquals(gap, s.totalGap(), 1e-12);
		assertTrue(s.totalGap() > 0);
		assertEquals(largest, s.largestComponent());
		assertTrue(s.work() >= 20_000);
		final SolveSummary twice = s.plus(s);
		assertEquals(2 * s.components(), twice.components());
		assertEquals(2 * s.totalGap(), twice.totalGap(), 1e-12);
		assertEquals(s.largestComponent(), twice.largestComponent());
		assertEquals(s.components(), s.plus(SolveSummary.NONE).components());
		assertTrue(s.toString().startsWith(s.components() + " components (" + s.provenOptimal() + " proven optimal, largest " + largest + ", total gap "), s.toString());
		final SolveSummary none = SolveSummary.of(List.of());
		assertEquals("0 components (0 proven optimal, largest 0, total gap 0), solver 0.000 s", none.toString());
	}
}
