package io.github.smm.baseline;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

import io.github.smm.graph.CandidateGraph;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.model.Instance;

/**
 * The merging methods SMM is compared with, on the same candidate graph and masks. Each
 * returns a cluster label per instance; the caller fuses clusters. Score ties are broken by
 * the (canonical) instance order, so results never depend on input order. Each method is
 * written once for instances of any kind (2D here, 3D in {@code volume}): given their scores and
 * the overlap of each candidate pair (edge {@code k} → overlap, {@code NaN} when undefined).
 */
public final class Baselines
{
	private Baselines()
	{}

	/** The overlap of each edge of a 2D graph by {@code measure} ({@link OverlapMeasure#of} on its intersection). */
	private static IntToDoubleFunction overlaps(final List<Instance> instances, final CandidateGraph graph, final OverlapMeasure measure)
	{
		return k -> measure.of(instances.get(graph.pairs().first(k)), instances.get(graph.pairs().second(k)), graph.intersection(k));
	}

	/**
	 * Mask NMS: in descending score order, each surviving instance suppresses every later
	 * candidate whose overlap with it reaches {@code threshold}; a suppressed instance joins the
	 * cluster of the survivor that suppressed it first.
	 */
	public static int[] nms(final List<Instance> instances, final CandidateGraph graph, final OverlapMeasure measure, final double threshold)
	{
		return suppress(instances, Instance::score, graph, overlaps(instances, graph, measure), threshold);
	}

	/** {@link #nms(List, CandidateGraph, OverlapMeasure, double)} for instances of any kind. */
	public static <T> int[] nms(final List<T> instances, final ToDoubleFunction<T> score, final CandidateGraph graph, final IntToDoubleFunction overlap, final double threshold)
	{
		return suppress(instances, score, graph, overlap, threshold);
	}

	/**
	 * SAHI-style greedy non-maximum merging on masks: in descending score order, each
	 * unassigned instance takes every unassigned candidate whose overlap with it reaches
	 * {@code threshold}. The caller fuses each cluster by union (NMS keeps the survivor's mask).
	 */
	public static int[] greedyNmm(final List<Instance> instances, final CandidateGraph graph, final OverlapMeasure measure, final double threshold)
	{
		return suppress(instances, Instance::score, graph, overlaps(instances, graph, measure), threshold);
	}

	/** {@link #greedyNmm(List, CandidateGraph, OverlapMeasure, double)} for instances of any kind. */
	public static <T> int[] greedyNmm(final List<T> instances, final ToDoubleFunction<T> score, final CandidateGraph graph, final IntToDoubleFunction overlap, final double threshold)
	{
		return suppress(instances, score, graph, overlap, threshold);
	}

	/** Transitive union of all candidate pairs whose overlap reaches {@code threshold}. */
	public static int[] unionIou(final List<Instance> instances, final CandidateGraph graph, final OverlapMeasure measure, final double threshold)
	{
		return unionIou(graph, overlaps(instances, graph, measure), threshold);
	}

	/** {@link #unionIou(List, CandidateGraph, OverlapMeasure, double)} for instances of any kind. */
	public static int[] unionIou(final CandidateGraph graph, final IntToDoubleFunction overlap, final double threshold)
	{
		final UnionFind uf = new UnionFind(graph.vertexCount());
		for (int k = 0; k < graph.edgeCount(); k++)
		{
			final int a = graph.pairs().first(k), b = graph.pairs().second(k);
			if (overlap.applyAsDouble(k) >= threshold)
				uf.union(a, b);
		}
		return uf.labels();
	}

	/** Connected components of the graph of edges with weight &gt; λ. */
	public static int[] components(final CandidateGraph graph, final double lambda)
	{
		final UnionFind uf = new UnionFind(graph.vertexCount());
		for (int k = 0; k < graph.edgeCount(); k++)
			if (graph.weight(k) > lambda)
				uf.union(graph.pairs().first(k), graph.pairs().second(k));
		return uf.labels();
	}

	/** Shared core of NMS and greedy NMM: score-ordered absorption of unassigned neighbours. */
	private static <T> int[] suppress(final List<T> instances, final ToDoubleFunction<T> score, final CandidateGraph graph, final IntToDoubleFunction overlap, final double threshold)
	{
		final int n = instances.size();
		final int[][] neighbours = adjacency(graph, n);
		final Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++)
			order[i] = i;
		final double[] scores = new double[n];
		for (int i = 0; i < n; i++)
			scores[i] = score.applyAsDouble(instances.get(i));
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
		final int[] owner = new int[n];
		Arrays.fill(owner, -1);
		for (final int keep : order)
		{
			if (owner[keep] >= 0)
				continue;
			owner[keep] = keep;
			for (final int e : neighbours[keep])
			{
				final int other = graph.pairs().first(e) == keep ? graph.pairs().second(e) : graph.pairs().first(e);
				if (owner[other] < 0 && overlap.applyAsDouble(e) >= threshold)
					owner[other] = keep;
			}
		}
		return UnionFind.canonical(owner);
	}

	/** For each vertex, the indices of its edges in increasing order. */
	static int[][] adjacency(final CandidateGraph graph, final int n)
	{
		final int[] degree = new int[n];
		for (int k = 0; k < graph.edgeCount(); k++)
		{
			degree[graph.pairs().first(k)]++;
			degree[graph.pairs().second(k)]++;
		}
		final int[][] adj = new int[n][];
		for (int i = 0; i < n; i++)
			adj[i] = new int[degree[i]];
		Arrays.fill(degree, 0);
		for (int k = 0; k < graph.edgeCount(); k++)
		{
			final int a = graph.pairs().first(k), b = graph.pairs().second(k);
			adj[a][degree[a]++] = k;
			adj[b][degree[b]++] = k;
		}
		return adj;
	}
}
