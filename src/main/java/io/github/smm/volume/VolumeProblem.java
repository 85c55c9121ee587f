package io.github.smm.volume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.MergeOptions;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.baseline.UnionFind;
import io.github.smm.graph.CandidateGraph;
import io.github.smm.solve.ClusteringProblem;

/**
 * The correlation-clustering problem of a 3D candidate graph. With {@link UnseenPairs#AS_2D} it is
 * exactly the 2D merge's ({@link SpatialMaskMerging#problem}); with {@link UnseenPairs#NEUTRAL},
 * inside each connected component of the attracting edges (w &gt; λ, not cannot-link) every pair
 * that no block saw together weighs λ, so it costs nothing; such pairs are never cannot-links.
 * Components above {@link #LARGEST_NEUTRAL_COMPONENT} vertices keep their candidate edges only.
 */
final class VolumeProblem
{
	/** Components up to this size get their unseen pairs neutralised (quadratic in the size). */
	static final int LARGEST_NEUTRAL_COMPONENT = 400;

	private VolumeProblem()
	{}

	static ClusteringProblem of(final CandidateGraph graph, final List<VolumeInstance> sorted, final MergeOptions options, final UnseenPairs unseen)
	{
		if (unseen == UnseenPairs.AS_2D)
			return SpatialMaskMerging.problem(graph, options);
		final int n = graph.vertexCount();
		final double lambda = options.lambda(), gamma = options.gamma();
		final UnionFind attract = SpatialMaskMerging.attracting(graph, options);
		final Map<Long, Integer> edgeOf = new HashMap<>();
		for (int k = 0; k < graph.edgeCount(); k++)
			edgeOf.put(key(graph.pairs().first(k), graph.pairs().second(k)), k);
		final Map<Integer, List<Integer>> components = new HashMap<>();
		for (int v = 0; v < n; v++)
			components.computeIfAbsent(attract.find(v), r -> new ArrayList<>()).add(v);
		final Edges e = new Edges();
		for (int k = 0; k < graph.edgeCount(); k++)
		{
			final int a = graph.pairs().first(k), b = graph.pairs().second(k);
			if (attract.find(a) != attract.find(b))
				continue;
			final boolean small = components.get(attract.find(a)).size() <= LARGEST_NEUTRAL_COMPONENT;
			final double w = graph.sharedView(k) || !small ? graph.weight(k) : Math.max(graph.weight(k), lambda);
			e.add(a, b, w, graph.sharedView(k));
		}
		for (final List<Integer> c : components.values())
			if (c.size() > 1 && c.size() <= LARGEST_NEUTRAL_COMPONENT)
				for (int i = 0; i < c.size(); i++)
					for (int j = i + 1; j < c.size(); j++)
					{
						final int a = c.get(i), b = c.get(j);
						if (!edgeOf.containsKey(key(a, b)) && !seenTogether(sorted.get(a), sorted.get(b)))
							e.add(a, b, lambda, false);
					}
		return e.problem(n, lambda, gamma, SpatialMaskMerging.chainCost(options));
	}

	private static long key(final int a, final int b)
	{
		return (long) Math.min(a, b) << 32 | Math.max(a, b);
	}

	/**
	 * Whether some block saw voxels of these predictions together: their windows meet and the
	 * shared region holds a voxel of either (always, when a window is unknown).
	 */
	static boolean seenTogether(final VolumeInstance a, final VolumeInstance b)
	{
		if (a.window() == null || b.window() == null)
			return true;
		final Box3 w = a.window().intersect(b.window());
		return !w.isEmpty() && (VolumeMasks.volume(a.mask(), w) > 0 || VolumeMasks.volume(b.mask(), w) > 0);
	}

	/** The growing edge list, sorted by endpoints when the problem is made. */
	private static final class Edges
	{
		int[] first = new int[64], second = new int[64];
		double[] weight = new double[64];
		boolean[] may = new boolean[64];
		int count;

		void add(final int a, final int b, final double w, final boolean mayCannotLink)
		{
			if (count == first.length)
			{
				first = Arrays.copyOf(first, 2 * count);
				second = Arrays.copyOf(second, 2 * count);
				weight = Arrays.copyOf(weight, 2 * count);
				may = Arrays.copyOf(may, 2 * count);
			}
			first[count] = Math.min(a, b);
			second[count] = Math.max(a, b);
			weight[count] = w;
			may[count++] = mayCannotLink;
		}

		ClusteringProblem problem(final int n, final double lambda, final double gamma, final double chainCost)
		{
			final Integer[] order = new Integer[count];
			for (int k = 0; k < count; k++)
				order[k] = k;
			Arrays.sort(order, (x, y) -> first[x] != first[y] ? Integer.compare(first[x], first[y]) : Integer.compare(second[x], second[y]));
			final int[] ei = new int[count], ej = new int[count];
			final double[] w = new double[count];
			final boolean[] m = new boolean[count];
			for (int k = 0; k < count; k++)
			{
				ei[k] = first[order[k]];
				ej[k] = second[order[k]];
				w[k] = weight[order[k]];
				m[k] = may[order[k]];
			}
			return new ClusteringProblem(n, ei, ej, w, lambda, gamma, m, chainCost);
		}
	}
}
