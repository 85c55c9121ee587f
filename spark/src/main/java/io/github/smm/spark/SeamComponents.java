package io.github.smm.spark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.MergeOptions;
import io.github.smm.baseline.UnionFind;
import io.github.smm.index.CandidatePairs;
import io.github.smm.index.Candidates;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * The seam keys of an image's open predictions, from their boxes alone: the connected
 * components of the candidate graph among them (the rule of the block tasks and of the merge:
 * {@link Candidates}, box gap ≤ ρ, across classes when class-agnostic or when overlaps are
 * resolved), each keyed by the set of blocks its members come from. Every prediction of a
 * component gets the same key, so a seam task merges a union of whole components.
 */
final class SeamComponents
{
	private SeamComponents()
	{}

	/** The key of every open prediction, per block (aligned with the block's open list), for the blocks of one image. */
	static Map<Integer, SeamKey[]> keys(final int image, final Iterable<BlockBoxes> blocks, final MergeOptions merge)
	{
		final List<BlockBoxes> sorted = new ArrayList<>();
		blocks.forEach(sorted::add);
		sorted.sort(Comparator.comparingInt(b -> b.block));
		final List<Instance> stand = new ArrayList<>();
		final List<Integer> blockOf = new ArrayList<>();
		for (final BlockBoxes b : sorted)
			for (int i = 0; i < b.size(); i++)
			{
				stand.add(new Instance(stand.size(), boxMask(b.box(i)), 1, b.classId(i), null, 0));
				blockOf.add(b.block);
			}
		final int[] component = components(stand, merge);
		final Map<Integer, BitSet> touched = new HashMap<>();
		for (int i = 0; i < component.length; i++)
			touched.computeIfAbsent(component[i], r -> new BitSet()).set(blockOf.get(i));
		final Map<BitSet, SeamKey> keys = new HashMap<>();
		final Map<Integer, SeamKey[]> out = new HashMap<>();
		int k = 0;
		for (final BlockBoxes b : sorted)
		{
			final SeamKey[] perPrediction = new SeamKey[b.size()];
			for (int i = 0; i < b.size(); i++, k++)
				perPrediction[i] = keys.computeIfAbsent(touched.get(component[k]), set -> new SeamKey(image, set.stream().toArray()));
			out.put(b.block, perPrediction);
		}
		return out;
	}

	/** The component of each prediction, numbered 0..k-1 in order of its smallest index. */
	private static int[] components(final List<Instance> stand, final MergeOptions merge)
	{
		final UnionFind sets = new UnionFind(stand.size());
		final CandidatePairs pairs = Candidates.find(stand, merge.rho(), merge.classAgnostic() || merge.resolveOverlaps(), merge.threads());
		for (int p = 0; p < pairs.size(); p++)
			sets.union(pairs.first(p), pairs.second(p));
		return sets.labels();
	}

	/** A mask of two rows with exactly this box: all the candidate search looks at. */
	private static RleMask boxMask(final Box box)
	{
		final RleMaskBuilder b = RleMask.builder();
		b.addRun(box.minY, box.minX, box.maxX);
		if (box.maxY - 1 > box.minY)
			b.addRun(box.maxY - 1, box.minX, box.maxX);
		return b.build();
	}
}
