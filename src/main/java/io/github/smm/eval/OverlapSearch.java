package io.github.smm.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;

/**
 * Finds every pair of instances that share at least one pixel: an R-tree ({@link STRtree})
 * over the boxes of one list is queried with the box of each instance of the other, and the
 * exact intersection is computed on runs for the candidates only. Queries run in parallel
 * chunks (a parallel stream: the common fork-join pool, or the caller's pool when called from
 * inside one); the result does not depend on the thread count.
 */
final class OverlapSearch
{
	private static final int CHUNK = 2048;

	private OverlapSearch()
	{}

	/** Pairs {@code (query, target, intersection)} sorted by query, then target index. */
	static final class Pairs
	{
		int size;
		int[] query = new int[16];
		int[] target = new int[16];
		long[] intersection = new long[16];

		void add(final int q, final int t, final long inter)
		{
			if (size == query.length)
			{
				query = Arrays.copyOf(query, 2 * size);
				target = Arrays.copyOf(target, 2 * size);
				intersection = Arrays.copyOf(intersection, 2 * size);
			}
			query[size] = q;
			target[size] = t;
			intersection[size] = inter;
			size++;
		}

		void addAll(final Pairs other)
		{
			for (int k = 0; k < other.size; k++)
				add(other.query[k], other.target[k], other.intersection[k]);
		}
	}

	/** Every pair of a query instance and a target instance that share pixels. */
	static Pairs between(final List<Instance> queries, final List<Instance> targets)
	{
		return search(queries, targets, false);
	}

	/** Every pair {@code i < j} of instances of one list that share pixels. */
	static Pairs within(final List<Instance> instances)
	{
		return search(instances, instances, true);
	}

	private static Pairs search(final List<Instance> queries, final List<Instance> targets, final boolean laterOnly)
	{
		final STRtree tree = new STRtree();
		for (int t = 0; t < targets.size(); t++)
			tree.insert(envelope(targets.get(t).box()), t);
		tree.build();
		final int chunks = (queries.size() + CHUNK - 1) / CHUNK;
		final List<Pairs> parts = IntStream.range(0, chunks).parallel()
				.mapToObj(c -> searchChunk(tree, queries, targets, c * CHUNK, Math.min(queries.size(), (c + 1) * CHUNK), laterOnly))
				.collect(Collectors.toList());
		if (parts.size() == 1)
			return parts.get(0);
		final Pairs all = new Pairs();
		for (final Pairs p : parts)
			all.addAll(p);
		return all;
	}

	private static Pairs searchChunk(final STRtree tree, final List<Instance> queries, final List<Instance> targets, final int from, final int to, final boolean laterOnly)
	{
		final Pairs out = new Pairs();
		final List<Integer> candidates = new ArrayList<>();
		for (int q = from; q < to; q++)
		{
			final Instance query = queries.get(q);
			candidates.clear();
			tree.query(envelope(query.box()), item -> candidates.add((Integer) item));
			candidates.sort(null);
			for (final int t : candidates)
			{
				if (laterOnly && t <= q)
					continue;
				final long inter = Masks.intersectionArea(query.mask(), targets.get(t).mask());
				if (inter > 0)
					out.add(q, t, inter);
			}
		}
		return out;
	}

	/** The closed envelope of the pixels of a half-open box. */
	private static Envelope envelope(final Box b)
	{
		return new Envelope(b.minX, b.maxX - 1, b.minY, b.maxY - 1);
	}
}
