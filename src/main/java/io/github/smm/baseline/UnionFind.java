package io.github.smm.baseline;

/** Disjoint sets over {@code 0..n-1} with path halving and union by index. */
public final class UnionFind
{
	private final int[] parent;

	public UnionFind(final int n)
	{
		parent = new int[n];
		for (int i = 0; i < n; i++)
			parent[i] = i;
	}

	public int find(int i)
	{
		while (parent[i] != i)
		{
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	public void union(final int a, final int b)
	{
		final int ra = find(a), rb = find(b);
		if (ra < rb)
			parent[rb] = ra;
		else if (rb < ra)
			parent[ra] = rb;
	}

	/** Cluster labels {@code 0..k-1} numbered in order of each cluster's smallest element. */
	public int[] labels()
	{
		final int[] rep = new int[parent.length];
		for (int i = 0; i < rep.length; i++)
			rep[i] = find(i);
		return canonical(rep);
	}

	/**
	 * Renumbers arbitrary cluster representatives to {@code 0..k-1} in order of each cluster's
	 * smallest element.
	 */
	public static int[] canonical(final int[] representative)
	{
		final int n = representative.length;
		final int[] labelOfRep = new int[n];
		java.util.Arrays.fill(labelOfRep, -1);
		final int[] out = new int[n];
		int next = 0;
		for (int i = 0; i < n; i++)
		{
			final int r = representative[i];
			if (labelOfRep[r] < 0)
				labelOfRep[r] = next++;
			out[i] = labelOfRep[r];
		}
		return out;
	}
}
