package io.github.smm.solve;

/**
 * The connected components of the <em>attraction graph</em>: the edges that are not cannot-links
 * and have {@code w > λ}. Components are numbered in order of their smallest vertex and list their
 * vertices ascending.
 * <p>
 * Why solving each component alone loses nothing, for every chain cost {@code μ ∈ [0, ∞]} (the
 * most a pair inside a cluster that is no cannot-link costs, {@link ClusteringProblem#chainCost()}):
 * take any valid partition and split every cluster along component boundaries. Each pair
 * separated this way is one of
 * <ul>
 * <li>a cannot-link: it was never together in a valid partition, so it cannot be separated;</li>
 * <li>a candidate edge outside the attraction graph, {@code w ≤ λ}: it contributed
 * {@code max(w − λ, −μ) ≤ 0};</li>
 * <li>a pair that is no candidate edge: it contributed {@code −min(λ, μ) ≤ 0}.</li>
 * </ul>
 * Pairs that stay together keep their contribution, so the objective does not decrease, and
 * splitting never joins a cannot-link: some optimum joins no two components. The argument needs
 * {@code λ ≥ 0} and {@code μ ≥ 0} only; the attraction graph ({@code w > λ}) is the same for every
 * {@code μ}, since capping changes only pairs of gain ≤ 0. With {@code μ = 0} the split may be an exact tie (two
 * parts of a component with no edge between them), and the solver's tie-breaking then decides.
 */
final class Decomposition
{
	private final int[] componentOf;
	private final int[] localIndex;
	private final int[] start;
	private final int[] vertices;

	Decomposition(final ClusteringProblem p)
	{
		final int n = p.size();
		final int[] parent = new int[n];
		for (int v = 0; v < n; v++)
			parent[v] = v;
		for (int k = 0; k < p.edgeCount(); k++)
			if (p.weight(k) > p.lambda() && !p.isCannotLink(k))
				union(parent, p.edgeI(k), p.edgeJ(k));
		componentOf = new int[n];
		int count = 0;
		for (int v = 0; v < n; v++)
		{
			final int r = find(parent, v);
			componentOf[v] = r == v ? count++ : componentOf[r];
		}
		start = new int[count + 1];
		for (int v = 0; v < n; v++)
			start[componentOf[v] + 1]++;
		for (int c = 0; c < count; c++)
			start[c + 1] += start[c];
		vertices = new int[n];
		localIndex = new int[n];
		final int[] fill = new int[count];
		for (int v = 0; v < n; v++)
		{
			final int c = componentOf[v];
			localIndex[v] = fill[c]++;
			vertices[start[c] + localIndex[v]] = v;
		}
	}

	/** Union by smaller root, so every root is its component's smallest vertex. */
	private static void union(final int[] parent, final int a, final int b)
	{
		final int ra = find(parent, a), rb = find(parent, b);
		if (ra < rb)
			parent[rb] = ra;
		else if (rb < ra)
			parent[ra] = rb;
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

	int componentCount()
	{
		return start.length - 1;
	}

	int componentSize(final int c)
	{
		return start[c + 1] - start[c];
	}

	/** Global id of the {@code local}-th vertex of component {@code c}. */
	int vertex(final int c, final int local)
	{
		return vertices[start[c] + local];
	}

	int[] vertices(final int c)
	{
		return java.util.Arrays.copyOfRange(vertices, start[c], start[c + 1]);
	}

	int componentOf(final int v)
	{
		return componentOf[v];
	}

	int localIndex(final int v)
	{
		return localIndex[v];
	}
}
