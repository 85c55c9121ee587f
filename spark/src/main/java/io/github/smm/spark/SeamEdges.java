package io.github.smm.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.MergeOptions;
import io.github.smm.index.CandidatePairs;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

import scala.Tuple2;

/**
 * The key edges between the open predictions of two blocks of one image ({@link KeyGraph}), found
 * in one small task per pair of blocks whose predictions can be candidates of each other. A block
 * sends an open prediction to the task of another block when the prediction's box lies within ρ of
 * that block's region (the union of its tile windows, which holds all its predictions): no other
 * prediction can be a candidate of it, so every pair of predictions of two blocks that is a
 * candidate pair meets in the task of the two blocks, with both masks, and gets the merge's weight.
 */
final class SeamEdges
{
	private SeamEdges()
	{}

	/** The pair tasks a block's open predictions go to: key (image, the two blocks), value (block, prediction). */
	static List<Tuple2<SeamKey, Tuple2<Integer, ObjectRecord>>> near(final BlockResult r, final Box[] regions, final double rho)
	{
		final List<Tuple2<SeamKey, Tuple2<Integer, ObjectRecord>>> out = new ArrayList<>();
		for (final ObjectRecord o : r.open)
		{
			final Box box = o.box();
			for (int q = 0; q < regions.length; q++)
				if (q != r.block && box.gap(regions[q]) <= rho)
					out.add(new Tuple2<>(new SeamKey(r.image, new int[] { r.block, q }), new Tuple2<>(r.block, o)));
		}
		return out;
	}

	/** The key edges between predictions of different blocks among the members of one pair task, as pairs of ids. */
	static List<long[]> edges(final Iterable<Tuple2<Integer, ObjectRecord>> members, final MergeOptions merge)
	{
		final List<Instance> list = new ArrayList<>();
		final Map<Long, Integer> blockOf = new HashMap<>();
		for (final Tuple2<Integer, ObjectRecord> m : members)
		{
			list.add(m._2.toInstance());
			blockOf.put(m._2.id(), m._1);
		}
		final List<Instance> sorted = Instances.canonical(list);
		final CandidatePairs all = KeyGraph.candidates(sorted, merge);
		final List<Integer> across = new ArrayList<>();
		for (int k = 0; k < all.size(); k++)
			if (!blockOf.get(sorted.get(all.first(k)).id()).equals(blockOf.get(sorted.get(all.second(k)).id())))
				across.add(k);
		final int[] first = new int[across.size()], second = new int[across.size()];
		for (int k = 0; k < first.length; k++)
		{
			first[k] = all.first(across.get(k));
			second[k] = all.second(across.get(k));
		}
		final CandidatePairs pairs = new CandidatePairs(first, second);
		final boolean[] key = KeyGraph.keyEdges(sorted, pairs, merge);
		final List<long[]> out = new ArrayList<>();
		for (int k = 0; k < key.length; k++)
			if (key[k])
				out.add(new long[] { sorted.get(first[k]).id(), sorted.get(second[k]).id() });
		return out;
	}
}
