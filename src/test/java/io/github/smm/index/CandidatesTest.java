package io.github.smm.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/** The R-tree candidate search equals an O(n²) scan on random boxes. */
class CandidatesTest
{
	@Test
	void equalsBruteForceScan()
	{
		final Random rnd = new Random(11);
		for (int trial = 0; trial < 60; trial++)
		{
			final int n = 1 + rnd.nextInt(trial < 50 ? 200 : 9000);
			final List<Instance> instances = new ArrayList<>();
			for (int i = 0; i < n; i++)
			{
				final long x = rnd.nextInt(2000), y = rnd.nextInt(2000);
				instances.add(new Instance(i, RleMask.rectangle(Box.ofSize(x, y, 1 + rnd.nextInt(40), 1 + rnd.nextInt(40))), 0.5, rnd.nextInt(3), null, 0));
			}
			final double rho = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble() * 40;
			final boolean agnostic = rnd.nextBoolean();
			final List<int[]> expected = new ArrayList<>();
			for (int i = 0; i < n; i++)
				for (int j = i + 1; j < n; j++)
				{
					final Instance a = instances.get(i), b = instances.get(j);
					if ((agnostic || a.classId() == b.classId()) && a.box().gap(b.box()) <= rho)
						expected.add(new int[] { i, j });
				}
			for (final int threads : new int[] { 1, 3 })
			{
				final CandidatePairs found = Candidates.find(instances, rho, agnostic, threads);
				assertEquals(expected.size(), found.size(), "trial " + trial);
				for (int k = 0; k < found.size(); k++)
					assertArrayEquals(expected.get(k), new int[] { found.first(k), found.second(k) });
			}
		}
	}

	@Test
	void boxGapIsPixelCentreDistance()
	{
		final Box a = Box.ofSize(0, 0, 2, 2);
		assertEquals(0, a.gap(Box.ofSize(1, 1, 2, 2)), 0);
		assertEquals(1, a.gap(Box.ofSize(2, 0, 2, 2)), 0);
		assertEquals(Math.sqrt(2), a.gap(Box.ofSize(2, 2, 2, 2)), 1e-15);
		assertEquals(5, a.gap(Box.ofSize(4, 5, 1, 1)), 1e-15);
	}
}
