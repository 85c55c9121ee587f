package io.github.smm.solve;

import java.util.Arrays;

/**
 * Deterministic greedy correlation clustering on a sparse component: pivot clustering followed by
 * single-vertex local search. Never joins a cannot-link.
 * <p>
 * Vertices are ranked by their <em>attraction</em> (sum of positive gains to neighbours),
 * strongest first, ties by vertex index. <b>Pivot phase:</b> the strongest unassigned vertex opens
 * a cluster; its unassigned neighbours with positive gain to it are offered a place in order of
 * that gain (ties by rank) and join unless they have a cannot-link with a member. <b>Local
 * search:</b> in rank order, each vertex moves to the other cluster (or a new singleton) that
 * gains the most, if that strictly improves the objective; passes repeat until none moves. The
 * outcome depends only on the weights, except where exact ties are broken by vertex index.
 */
final class GreedyClustering
{
	private static final double EPS = 1e-12;
	private static final int MAX_PASSES = 10_000;

	private final Component c;
	private final int[] order, rank, clusterOf;
	/** Members and summed {@link Component#mass} of each cluster. */
	private int[] clusterSize;
	private long[] clusterMass;
	private int clusterCount;
	/** Scratch: per cluster, summed weight from the current vertex; which clusters were touched. */
	private double[] sum;
	private int[] touched, touchMark;

	private GreedyClustering(final Component c)
	{
		this.c = c;
		final int k = c.size;
		order = rankByAttraction(c);
		rank = new int[k];
		for (int r = 0; r < k; r++)
			rank[order[r]] = r;
		clusterOf = new int[k];
		clusterSize = new int[k];
		clusterMass = new long[k];
		sum = new double[k];
		touched = new int[k];
		touchMark = new int[k];
	}

	/** Pivot clustering then local search; returns local labels. */
	static int[] solve(final Component c)
	{
		final GreedyClustering g = new GreedyClustering(c);
		g.pivot();
		g.localSearch();
		return g.clusterOf;
	}

	/** Local search started from the given labelling (which must respect cannot-links); returns improved labels. */
	static int[] improve(final Component c, final int[] label)
	{
		final GreedyClustering g = new GreedyClustering(c);
		g.adopt(label);
		g.localSearch();
		return g.clusterOf;
	}

	/** The vertices, strongest attraction (sum of positive gains) first, ties by index: an order that does not depend on the numbering. */
	static int[] rankByAttraction(final Component c)
	{
		final int k = c.size;
		final double[] attraction = new double[k];
		final Integer[] boxed = new Integer[k];
		for (int a = 0; a < k; a++)
		{
			boxed[a] = a;
			for (int q = c.start[a]; q < c.start[a + 1]; q++)
				attraction[a] += Math.max(0, c.gain[q]);
		}
		Arrays.sort(boxed, (x, y) -> attraction[x] != attraction[y] ? Double.compare(attraction[y], attraction[x]) : Integer.compare(x, y));
		final int[] order = new int[k];
		for (int r = 0; r < k; r++)
			order[r] = boxed[r];
		return order;
	}

	private void adopt(final int[] label)
	{
		final int[] relabel = new int[c.size];
		Arrays.fill(relabel, -1);
		for (final int a : order)
		{
			final int l = label[a];
			if (l < 0 || l >= c.size)
				throw new IllegalArgumentException("local label " + l + " of vertex " + a + " outside 0.." + (c.size - 1));
			if (relabel[l] < 0)
				relabel[l] = clusterCount++;
			clusterOf[a] = relabel[l];
			clusterSize[clusterOf[a]]++;
			clusterMass[clusterOf[a]] += c.mass[a];
		}
	}

	private void pivot()
	{
		Arrays.fill(clusterOf, -1);
		final int[] candidates = new int[c.size];
		for (final int p : order)
		{
			if (clusterOf[p] >= 0)
				continue;
			final int id = openCluster();
			clusterOf[p] = id;
			clusterSize[id] = 1;
			clusterMass[id] = c.mass[p];
			int count = 0;
			for (int q = c.start[p]; q < c.start[p + 1]; q++)
				if (clusterOf[c.neighbour[q]] < 0 && c.gain[q] > 0)
					candidates[count++] = q;
			sortByGainThenRank(candidates, count);
			for (int i = 0; i < count; i++)
			{
				final int b = c.neighbour[candidates[i]];
				if (!hasCannotLinkInto(b, id))
				{
					clusterOf[b] = id;
					clusterSize[id]++;
					clusterMass[id] += c.mass[b];
				}
			}
		}
	}

	/** Insertion sort of adjacency positions by gain (descending), then neighbour rank. */
	private void sortByGainThenRank(final int[] qs, final int count)
	{
		for (int i = 1; i < count; i++)
		{
			final int q = qs[i];
			int j = i - 1;
			while (j >= 0 && before(q, qs[j]))
			{
				qs[j + 1] = qs[j];
				j--;
			}
			qs[j + 1] = q;
		}
	}

	private boolean before(final int q, final int r)
	{
		if (c.gain[q] != c.gain[r])
			return c.gain[q] > c.gain[r];
		return rank[c.neighbour[q]] < rank[c.neighbour[r]];
	}

	private boolean hasCannotLinkInto(final int b, final int cluster)
	{
		for (int q = c.start[b]; q < c.start[b + 1]; q++)
			if (c.gain[q] == Double.NEGATIVE_INFINITY && clusterOf[c.neighbour[q]] == cluster)
				return true;
		return false;
	}

	private int openCluster()
	{
		if (clusterCount == clusterSize.length)
		{
			final int grown = 2 * clusterCount + 1;
			clusterSize = Arrays.copyOf(clusterSize, grown);
			clusterMass = Arrays.copyOf(clusterMass, grown);
			sum = Arrays.copyOf(sum, grown);
			touchMark = Arrays.copyOf(touchMark, grown);
		}
		return clusterCount++;
	}

	private void localSearch()
	{
		for (int pass = 0; pass < MAX_PASSES; pass++)
		{
			boolean moved = false;
			for (final int v : order)
				moved |= moveIfBetter(v);
			if (!moved)
				return;
		}
	}

	/** Moves {@code v} to the cluster that gains most, if that strictly beats staying. */
	private boolean moveIfBetter(final int v)
	{
		final int own = clusterOf[v];
		final int count = gatherSums(v);
		final double mv = c.mass[v];
		final double stay = (touchMark[own] == v + 1 ? sum[own] : 0) - c.nonEdgeCost * mv * (clusterMass[own] - c.mass[v]);
		double best = clusterSize[own] > 1 ? 0 : Double.NEGATIVE_INFINITY;
		int target = -1;
		for (int i = 0; i < count; i++)
		{
			final int t = touched[i];
			if (t == own)
				continue;
			final double gain = sum[t] - c.nonEdgeCost * mv * clusterMass[t];
			if (gain > best || gain == best && target >= 0 && t < target)
			{
				best = gain;
				target = t;
			}
		}
		for (int i = 0; i < count; i++)
			touchMark[touched[i]] = 0;
		if (!(best > stay + EPS * Math.max(1, Math.abs(stay))))
			return false;
		if (target < 0)
			target = openCluster();
		clusterSize[own]--;
		clusterSize[target]++;
		clusterMass[own] -= c.mass[v];
		clusterMass[target] += c.mass[v];
		clusterOf[v] = target;
		return true;
	}

	/** Sums the excess {@code gain + μ·m_v·m_u} (μ: the non-edge cost, min(λ, chain cost)) (or −∞) from {@code v} into each neighbouring cluster; returns how many clusters were touched. */
	private int gatherSums(final int v)
	{
		int count = 0;
		for (int q = c.start[v]; q < c.start[v + 1]; q++)
		{
			final int t = clusterOf[c.neighbour[q]];
			if (touchMark[t] != v + 1)
			{
				touchMark[t] = v + 1;
				sum[t] = 0;
				if (count == touched.length)
					touched = Arrays.copyOf(touched, 2 * count);
				touched[count++] = t;
			}
			sum[t] += c.gain[q] + c.nonEdgeCost * c.mass[v] * (double) c.mass[c.neighbour[q]];
		}
		return count;
	}
}
