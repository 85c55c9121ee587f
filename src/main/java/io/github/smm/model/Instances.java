package io.github.smm.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

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

	/**
	 * The positions in {@code instances} in {@link #CANONICAL canonical} order. Sorted as packed
	 * primitive keys (top row, left column, position) with the rare equal corners ordered by the
	 * full comparator, when the keys fit in 63 bits (any image up to 2²¹ px a side with up to 2²¹
	 * instances); otherwise by the comparator alone. The order is the same either way.
	 */
	public static int[] canonicalOrder(final List<Instance> instances)
	{
		final int n = instances.size();
		long minY = Long.MAX_VALUE, minX = Long.MAX_VALUE, maxY = Long.MIN_VALUE, maxX = Long.MIN_VALUE;
		for (final Instance i : instances)
		{
			final Box b = i.box();
			minY = Math.min(minY, b.minY);
			maxY = Math.max(maxY, b.minY);
			minX = Math.min(minX, b.minX);
			maxX = Math.max(maxX, b.minX);
		}
		final int indexBits = bits(n - 1), xBits = n == 0 ? 0 : bits(maxX - minX), yBits = n == 0 ? 0 : bits(maxY - minY);
		if (indexBits + xBits + yBits > 63)
			return comparatorOrder(instances);
		final long[] key = new long[n];
		for (int i = 0; i < n; i++)
		{
			final Box b = instances.get(i).box();
			key[i] = ((b.minY - minY) << xBits | (b.minX - minX)) << indexBits | i;
		}
		java.util.Arrays.sort(key);
		final int[] out = new int[n];
		final long mask = (1L << indexBits) - 1;
		for (int i = 0; i < n; i++)
			out[i] = (int) (key[i] & mask);
		// equal corners: order each run by the full comparator (insertion sort; runs are short)
		for (int i = 0, j; i < n; i = j)
		{
			for (j = i + 1; j < n && key[j] >>> indexBits == key[i] >>> indexBits;)
				j++;
			for (int a = i + 1; a < j; a++)
			{
				final int x = out[a];
				int b = a - 1;
				while (b >= i && compareCanonically(instances.get(out[b]), instances.get(x)) > 0)
				{
					out[b + 1] = out[b];
					b--;
				}
				out[b + 1] = x;
			}
		}
		return out;
	}

	/** Bits needed for a value in {@code [0, v]}. */
	private static int bits(final long v)
	{
		return v <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(v);
	}

	private static int[] comparatorOrder(final List<Instance> instances)
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
		requireUniqueIds(instances, Instance::id);
	}

	/** As {@link #requireUniqueIds(List)} for instances of any kind (3D too), their ids given by {@code id}. */
	public static <T> void requireUniqueIds(final List<T> instances, final ToLongFunction<T> id)
	{
		final Set<Long> seen = new HashSet<>();
		for (final T i : instances)
			if (!seen.add(id.applyAsLong(i)))
				throw new InvalidInstanceException(id.applyAsLong(i), "id used by more than one instance");
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
