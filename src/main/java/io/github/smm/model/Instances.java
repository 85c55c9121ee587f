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
	public static final Comparator<Instance> CANONICAL = Comparator
			.comparingLong((Instance i) -> i.box().minY)
			.thenComparingLong(i -> i.box().minX)
			.thenComparingLong(Instance::area)
			.thenComparingDouble(Instance::score)
			.thenComparingInt(Instance::classId)
			.thenComparingLong(Instance::id);

	/** The instances sorted {@link #CANONICAL canonically}. */
	public static List<Instance> canonical(final List<Instance> instances)
	{
		final List<Instance> sorted = new ArrayList<>(instances);
		sorted.sort(CANONICAL);
		return sorted;
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
