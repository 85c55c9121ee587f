package io.github.smm.tune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.github.smm.Method;

/** The coordinate moves of the local refinement phase. */
class LocalSearchTest
{
	private static final SearchSpace SPACE = SearchSpace.parse("beta2=0:3,gamma,tau_d,overlap_measure", Method.SMM_EXACT, Metric.pq(), true);

	@Test
	void aMoveChangesOneOrTwoParametersWithinTheBounds()
	{
		final double[] centre = { 0.5, 0.02, 0.97, 1 };
		int one = 0, two = 0;
		final Set<Double> steps = new HashSet<>();
		for (int k = 0; k < 400; k++)
		{
			final double[] y = LocalSearch.move(SPACE, centre, Set.of(), new SplittableRandom(k));
			int changed = 0;
			for (int d = 0; d < y.length; d++)
				if (y[d] != centre[d])
				{
					changed++;
					if (d == 3)
						assertTrue(y[d] == 0 || y[d] == 2, "a category moves to another choice: " + y[d]);
					else
					{
						assertTrue(y[d] >= 0 && y[d] <= 1, "inside the bounds: " + y[d]);
						if (d == 0)
							steps.add(Math.abs(y[d] - centre[d]));
					}
				}
			assertTrue(changed == 1 || changed == 2, changed + " parameters changed");
			if (changed == 1)
				one++;
			else
				two++;
		}
		assertTrue(one > two && two > 0, "mostly one parameter, sometimes two: " + one + " / " + two);
		assertEquals(Set.of(0.25, 0.125, 0.0625, 0.03125), steps, "steps of a quarter down to a 32nd of the range");
	}

	@Test
	void aMoveAtABoundTurnsInward()
	{
		final double[] centre = { 1, 0, 0, 0 };
		int upper = 0, lower = 0;
		for (int k = 0; k < 200; k++)
		{
			final double[] y = LocalSearch.move(SPACE, centre, Set.of(), new SplittableRandom(k));
			assertFalse(SPACE.settings(y).equals(SPACE.settings(centre)), "a move at the bounds is not clamped back onto the centre: " + SPACE.settings(y));
			upper += y[0] < 1 ? 1 : 0;
			lower += y[1] > 0 ? 1 : 0;
		}
		assertTrue(upper > 0 && lower > 0, "both bounded parameters moved inward: " + upper + ", " + lower);
	}

	@Test
	void deterministicForAStreamAndAvoidsTriedSettings()
	{
		final double[] centre = { 0.5, 0.5, 0.5, 0 };
		assertArrayEquals(LocalSearch.move(SPACE, centre, Set.of(), new SplittableRandom(9)), LocalSearch.move(SPACE, centre, Set.of(), new SplittableRandom(9)));
		final Set<Settings> tried = new HashSet<>();
		tried.add(SPACE.settings(centre));
		for (int k = 0; k < 30; k++)
		{
			final Settings s = SPACE.settings(LocalSearch.move(SPACE, centre, tried, new SplittableRandom(k)));
			assertFalse(tried.contains(s), "move " + k + " repeats a tried setting: " + s);
			tried.add(s);
		}
	}
}
