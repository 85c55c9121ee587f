package io.github.smm.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Static helpers on collections of {@link Instance}s. */
public final class Instances
{
	private Instances()
	{}

	/**
	 * A canonical order that depends only on the instances themselves, never on the order they
	 * arrived in: top-left corner, then area, score, class, id.
	 */
	public static final Comparator<Instance> CANONICAL = Instances::compareCanonically;

	/** {@link #CANONICAL} written out: one small method, quick to compile on a JVM's first merge. */
	private static int compareCanonically(final Instance a, final Instance b)
	{
		final Box p = a.box(), q = b.box();
		int c = Long.compare(p.minY, q.minY);
		if (c == 0)
			c = Long.compare(p.minX, q.minX);
		if (c == 0)
			c = Long.compare(a.area(), b.area());
		if (c == 0)
			c = Double.compare(a.score(), b.score());
		if (c == 0)
			c = Integer.compare(a.classId(), b.classId());
		return c != 0 ? c : Long.compare(a.id(), b.id());
	}

	/** The instances sorted {@link #CANONICAL canonically}. */
	public static List<Instance> canonical(final List<Instance> instances)
	{
		final List<Instance> sorted = new ArrayList<>(instances);
		sorted.sort(CANONICAL);
		return sorted;
	}

	/** The positions in {@code instances} in {@link #CANONICAL canonical} order. */
	public static int[] canonicalOrder(final List<Instance> instances)
	{
		final Integer[] order = new Integer[instances.size()];
		for (int i = 0; i < order.length; i++)
			order[i] = i;
		java.util.Arrays.sort(order, (x, y) -> compareCanonically(instances.get(x), instances.get(y)));
		final int[] out = new int[order.length];
		for (int i = 0; i < out.length; i++)
			out[i] = order[i];
		return out;
	}

	/**
	 * Checks that ids are unique.
	 *
	 * @throws InvalidInstanceException naming the first repeated id
	 */
	public static void requireUniqueIds(final List<Instance> instances)
	{
		final Set<Long> seen = new HashSet<>();
		for (final Instance i : instances)
			if (!seen.add(i.id()))
				throw new InvalidInstanceException(i.id(), "id used by more than one instance");
	}

	/** The smallest box holding every instance; empty for no instances. */
	public static Box bounds(final List<Instance> instances)
	{
		Box b = null;
		for (final Instance i : instances)
			b = b == null ? i.box() : b.union(i.box());
		return b == null ? new Box(0, 0, 0, 0) : b;
	}
}
