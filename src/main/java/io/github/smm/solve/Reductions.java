package io.github.smm.solve;

import java.util.Arrays;

/**
 * Safe reductions of a component before the exact search: pairs that <em>every</em> optimal
 * partition keeps together are contracted to one vertex ({@link Component#contract}), so the
 * optimal partitions of the reduced component are exactly those of the component.
 * <p>
 * <b>Rule (near twins).</b> For an adjacent pair {u, v} with gain {@code g_uv > 0}, let
 *
 * <pre>
 * D(u, v) = Σ over x ∉ {u, v} of |g_ux − g_vx|
 * </pre>
 *
 * where a difference is 0 when both gains are {@code −∞} (a cannot-link of both) and {@code +∞}
 * when only one is. If {@code 2·g_uv > D(u, v)}, every optimal partition puts u and v together.
 * <p>
 * <i>Proof.</i> Take a valid partition with u in cluster A and v in another cluster B. Since
 * {@code D} is finite, u and v have cannot-links with exactly the same vertices; B∖{v} has none
 * with v (the partition is valid), hence none with u, so moving u into B gives a valid partition,
 * and likewise moving v into A. The two moves change the objective by
 *
 * <pre>
 * Δ1 = g_uv + Σ_{x∈B∖v} g_ux − Σ_{x∈A∖u} g_ux,    Δ2 = g_uv + Σ_{x∈A∖u} g_vx − Σ_{x∈B∖v} g_vx,
 * Δ1 + Δ2 = 2·g_uv + Σ_{x∈B∖v} (g_ux − g_vx) + Σ_{x∈A∖u} (g_vx − g_ux) ≥ 2·g_uv − D(u, v) &gt; 0,
 * </pre>
 *
 * so one of them strictly improves: a partition separating u and v is never optimal. ∎
 * <p>
 * All pairs that satisfy the rule in the current component are contracted at once (each holds in
 * every optimum, so all do together), and the rule is applied again to the contracted component
 * (where it reads the same with groups for vertices) until no pair satisfies it. It catches
 * duplicates: the copies of one object seen by several tiles attract each other and relate almost
 * identically to everything around them. A margin of {@code 1e-9} (relative) keeps rounding from
 * deciding a tie.
 */
final class Reductions
{
	private Reductions()
	{}

	/**
	 * Groups of vertices that every optimum keeps together: one label per vertex of {@code c},
	 * {@code 0..groups-1} in order of first appearance (every vertex its own group when nothing
	 * can be contracted).
	 */
	static int[] forcedGroups(final Component c, final WorkBudget budget)
	{
		int[] groupOf = identity(c.size);
		Component current = c;
		while (true)
		{
			final int[] step = contractiblePairs(current, budget);
			final int groups = max(step) + 1;
			if (groups == current.size)
				return groupOf;
			for (int a = 0; a < c.size; a++)
				groupOf[a] = step[groupOf[a]];
			current = current.contract(step, groups);
		}
	}

	/** One pass of the rule: the groups of all pairs of {@code c} that satisfy it (union of them), canonical labels. */
	private static int[] contractiblePairs(final Component c, final WorkBudget budget)
	{
		final int[] parent = identity(c.size);
		double totalMass = 0;
		for (final int m : c.mass)
			totalMass += m;
		for (int u = 0; u < c.size; u++)
			for (int q = c.start[u]; q < c.start[u + 1]; q++)
			{
				final int v = c.neighbour[q];
				if (v > u && c.gain[q] > 0 && 2 * c.gain[q] > difference(c, u, v, totalMass, budget) * (1 + 1e-9) + 1e-9)
					union(parent, u, v);
			}
		final int[] label = new int[c.size];
		final int[] id = new int[c.size];
		Arrays.fill(id, -1);
		int next = 0;
		for (int a = 0; a < c.size; a++)
		{
			final int r = find(parent, a);
			if (id[r] < 0)
				id[r] = next++;
			label[a] = id[r];
		}
		return label;
	}

	/** {@code D(u, v)} of the rule: a merge of the two sorted adjacency lists plus the pairs adjacent to neither. */
	static double difference(final Component c, final int u, final int v, final double totalMass, final WorkBudget budget)
	{
		double d = 0, seenMass = c.mass[u] + c.mass[v];
		int p = c.start[u], q = c.start[v];
		final int pe = c.start[u + 1], qe = c.start[v + 1];
		while (p < pe || q < qe)
		{
			final int x = p < pe && (q >= qe || c.neighbour[p] <= c.neighbour[q]) ? c.neighbour[p] : c.neighbour[q];
			final double gu = p < pe && c.neighbour[p] == x ? c.gain[p++] : c.nonEdgeGain(u, x);
			final double gv = q < qe && c.neighbour[q] == x ? c.gain[q++] : c.nonEdgeGain(v, x);
			if (x == u || x == v)
				continue;
			seenMass += c.mass[x];
			if (gu == Double.NEGATIVE_INFINITY || gv == Double.NEGATIVE_INFINITY)
			{
				if (gu != gv)
					return Double.POSITIVE_INFINITY;
				continue;
			}
			d += Math.abs(gu - gv);
		}
		budget.spend(pe - c.start[u] + qe - c.start[v] + 1);
		// every vertex adjacent to neither: |−μ·m_u·m_x + μ·m_v·m_x| = μ·m_x·|m_u − m_v| (μ: the non-edge cost, min(λ, chain cost))
		return d + c.nonEdgeCost * Math.abs(c.mass[u] - c.mass[v]) * (totalMass - seenMass);
	}

	private static int[] identity(final int n)
	{
		final int[] a = new int[n];
		for (int i = 0; i < n; i++)
			a[i] = i;
		return a;
	}

	private static int max(final int[] a)
	{
		int m = -1;
		for (final int x : a)
			m = Math.max(m, x);
		return m;
	}

	private static void union(final int[] parent, final int a, final int b)
	{
		final int ra = find(parent, a), rb = find(parent, b);
		if (ra != rb)
			parent[Math.max(ra, rb)] = Math.min(ra, rb);
	}

	private static int find(final int[] parent, int v)
	{
		while (parent[v] != v)
		{
			parent[v] = parent[parent[v]];
			v = parent[v];
		}
		return v;
	}
}
