package io.github.smm.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class InstancesTest
{
	/** The packed-key sort and the comparator agree, with many equal corners, and far beyond the packed range. */
	@Test
	void canonicalOrderIsTheComparatorsOrder()
	{
		final Random r = new Random(4);
		for (final long spread : new long[] { 20, 5000, 1L << 40 })
			for (int t = 0; t < 20; t++)
			{
				final List<Instance> list = new ArrayList<>();
				for (int i = 0; i < 300; i++)
				{
					final long x = (long) (r.nextDouble() * spread), y = (long) (r.nextDouble() * spread);
					final Box b = Box.ofSize(x, y, 1 + r.nextInt(3), 1 + r.nextInt(3));
					list.add(new Instance(r.nextInt(1_000_000) * 1000L + i, RleMask.rectangle(b), r.nextInt(3) / 2.0, r.nextInt(2), null, Instance.NO_TILE));
				}
				final List<Instance> sorted = Instances.canonical(list);
				final int[] order = Instances.canonicalOrder(list);
				final long[] want = new long[order.length], got = new long[order.length];
				for (int i = 0; i < order.length; i++)
				{
					want[i] = sorted.get(i).id();
					got[i] = list.get(order[i]).id();
				}
				assertArrayEquals(want, got, "spread " + spread);
			}
	}
}
