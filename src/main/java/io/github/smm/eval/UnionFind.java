package io.github.smm.eval;

/** Disjoint sets over {@code 0 .. n-1} with path halving and union by size. */
final class UnionFind
{
	private final int[] parent;
	private final int[] size;

	UnionFind(final int n)
	{
		parent = new int[n];
		size = new int[n];
		for (int i = 0; i < n; i++)
		{
			parent[i] = i;
			size[i] = 1;
		}
	}

	int find(int x)
	{
		while (parent[x] != x)
		{
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	}

	void union(final int a, final int b)
	{
		int ra = find(a), rb = find(b);
		if (ra == rb)
			return;
		if (size[ra] < size[rb])
		{
			final int t = ra;
			ra = rb;
			rb = t;
		}
		parent[rb] = ra;
		size[ra] += size[rb];
	}
}
