package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.InvalidOptionException;

/** The options of tune-bench for the seed-spread runs: fold seed, folds only, report points, refinement share. */
class TuneBenchOptionsTest
{
	@Test
	void readsTheSeedSpreadOptions()
	{
		final TuneBench.TuneBenchOptions o = TuneBench.TuneBenchOptions.parse(new String[] { "--seed", "3", "--fold-seed", "1", "--final-run", "no", "--report-at", "30, 40", "--refine-last", "0.2" });
		assertEquals(3, o.seed);
		assertEquals(1L, o.foldSeed);
		assertEquals(false, o.finalRun);
		assertEquals(List.of(30, 40), o.reportAt);
		assertEquals(0.2, o.refineLast, 0);
		final TuneBench.TuneBenchOptions d = TuneBench.TuneBenchOptions.parse(new String[0]);
		assertNull(d.foldSeed, "the folds follow --seed unless told");
		assertTrue(d.finalRun);
		assertEquals(List.of(), d.reportAt);
		assertNull(d.refineLast, "the tuner's own default");
	}

	@Test
	void badValuesNameTheOption()
	{
		for (final String[] bad : List.of(new String[] { "--final-run", "maybe" }, new String[] { "--report-at", "30,0" }, new String[] { "--refine-last", "1.5" }))
		{
			final InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> TuneBench.TuneBenchOptions.parse(bad));
			assertTrue(e.getMessage().contains(bad[0]), e.getMessage());
		}
	}
}
