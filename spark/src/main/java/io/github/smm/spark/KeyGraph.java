package io.github.smm.spark;

import java.util.List;

import io.github.smm.Method;
import io.github.smm.MergeOptions;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.baseline.UnionFind;
import io.github.smm.graph.CandidateGraph;
import io.github.smm.index.CandidatePairs;
import io.github.smm.index.Candidates;
import io.github.smm.model.Instance;

/**
 * The graph whose connected components key the seam stage: the <i>key edges</i> among tile
 * predictions. With the correlation-clustering methods ({@code smm-exact}, {@code smm-greedy}) a
 * key edge is an attracting edge of the merge (a candidate of the merge's class rule with
 * w &gt; λ and no cannot-link, {@link SpatialMaskMerging#isAttracting}) or, when overlaps are
 * resolved, a pair of predictions of any classes that share a pixel. With the baselines every
 * candidate pair is one (their clusters follow candidate edges of any weight). Key edges are
 * candidate pairs of the block tasks' grouping rule ({@link Candidates}, across classes when
 * class-agnostic or when overlaps are resolved), so a component of the candidate graph is a union
 * of components of the key graph.
 */
final class KeyGraph
{
	private KeyGraph()
	{}

	/** The candidate pairs of the block tasks' grouping rule among {@code list}. */
	static CandidatePairs candidates(final List<Instance> list, final MergeOptions o)
	{
		return Candidates.find(list, o.rho(), o.classAgnostic() || o.resolveOverlaps(), o.threads());
	}

	/** Whether the key graph can be finer than the candidate graph under these options. */
	static boolean splitsCandidates(final MergeOptions o)
	{
		return o.method() == Method.SMM_EXACT || o.method() == Method.SMM_GREEDY;
	}

	/**
	 * Which of {@code pairs} (of positions in {@code list}, canonically ordered as the merge orders
	 * them) are key edges. The weights are the merge's: {@link CandidateGraph#build} computes each
	 * pair's weight from the two instances alone.
	 */
	static boolean[] keyEdges(final List<Instance> list, final CandidatePairs pairs, final MergeOptions o)
	{
		final boolean[] key = new boolean[pairs.size()];
		if (!splitsCandidates(o))
		{
			java.util.Arrays.fill(key, true);
			return key;
		}
		final CandidateGraph g = CandidateGraph.build(list, pairs, o.weightParameters(), o.threads());
		for (int k = 0; k < key.length; k++)
		{
			final boolean sameClass = o.classAgnostic() || list.get(pairs.first(k)).classId() == list.get(pairs.second(k)).classId();
			key[k] = sameClass && SpatialMaskMerging.isAttracting(g, k, o) || o.resolveOverlaps() && g.intersection(k) > 0;
		}
		return key;
	}

	/** The components of the key graph among {@code list} (canonically ordered), numbered 0..k-1 in order of their first member. */
	static int[] components(final List<Instance> list, final MergeOptions o)
	{
		final CandidatePairs pairs = candidates(list, o);
		final boolean[] key = keyEdges(list, pairs, o);
		final UnionFind sets = new UnionFind(list.size());
		for (int k = 0; k < key.length; k++)
			if (key[k])
				sets.union(pairs.first(k), pairs.second(k));
		return sets.labels();
	}
}
