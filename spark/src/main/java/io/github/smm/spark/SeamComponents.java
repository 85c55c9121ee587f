package io.github.smm.spark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.baseline.UnionFind;

/**
 * The seam keys of an image's open predictions: the connected components of the key graph
 * ({@link KeyGraph}) among them, put together from each block's own components
 * ({@link BlockGroups}) and the key edges between blocks ({@link SeamEdges}), each keyed by the
 * set of blocks its members come from. Every prediction of a component gets the same key, so a
 * seam task merges a union of whole components.
 */
final class SeamComponents
{
	private SeamComponents()
	{}

	/** The key of every open prediction, per block (aligned with the block's open list), for the blocks of one image. */
	static Map<Integer, SeamKey[]> keys(final int image, final Iterable<BlockGroups> blocks, final Iterable<long[]> edges)
	{
		final List<BlockGroups> sorted = new ArrayList<>();
		blocks.forEach(sorted::add);
		sorted.sort(Comparator.comparingInt(b -> b.block));
		final Map<Long, Integer> position = new HashMap<>();
		final List<Integer> blockOf = new ArrayList<>();
		for (final BlockGroups b : sorted)
			for (final long id : b.ids)
			{
				if (position.put(id, position.size()) != null)
					throw new IllegalStateException("tile prediction " + id + " is open in two blocks");
				blockOf.add(b.block);
			}
		final int[] component = components(sorted, edges, position);
		final Map<Integer, BitSet> touched = new HashMap<>();
		for (int i = 0; i < component.length; i++)
			touched.computeIfAbsent(component[i], r -> new BitSet()).set(blockOf.get(i));
		final Map<BitSet, SeamKey> keys = new HashMap<>();
		final Map<Integer, SeamKey[]> out = new HashMap<>();
		int k = 0;
		for (final BlockGroups b : sorted)
		{
			final SeamKey[] perPrediction = new SeamKey[b.size()];
			for (int i = 0; i < b.size(); i++, k++)
				perPrediction[i] = keys.computeIfAbsent(touched.get(component[k]), set -> new SeamKey(image, set.stream().toArray()));
			out.put(b.block, perPrediction);
		}
		return out;
	}

	/** The component of each open prediction (by position): each block's own components joined by the edges between blocks. */
	private static int[] components(final List<BlockGroups> blocks, final Iterable<long[]> edges, final Map<Long, Integer> position)
	{
		final UnionFind sets = new UnionFind(position.size());
		int offset = 0;
		for (final BlockGroups b : blocks)
		{
			final Map<Integer, Integer> firstOfGroup = new HashMap<>();
			for (int i = 0; i < b.size(); i++)
			{
				final Integer first = firstOfGroup.putIfAbsent(b.groups[i], offset + i);
				if (first != null)
					sets.union(first, offset + i);
			}
			offset += b.size();
		}
		for (final long[] e : edges)
			sets.union(at(position, e[0]), at(position, e[1]));
		return sets.labels();
	}

	private static int at(final Map<Long, Integer> position, final long id)
	{
		final Integer p = position.get(id);
		if (p == null)
			throw new IllegalStateException("a key edge names tile prediction " + id + ", which no block has open");
		return p;
	}
}
