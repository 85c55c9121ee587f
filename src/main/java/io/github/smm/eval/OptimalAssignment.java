package io.github.smm.eval;

import java.util.Arrays;

/**
 * Maximum-cardinality bipartite matching of largest total IoU on a sparse graph, by
 * successive shortest augmenting paths (Dijkstra with node potentials) on edge costs
 * {@code 1 − IoU ≥ 0}.
 * <p>
 * Why it is optimal: after {@code k} augmentations along shortest paths the matching is a
 * cheapest one of size {@code k}; augmenting until no augmenting path exists gives a maximum
 * matching, and it is a cheapest one of that size. For a fixed size, least total
 * {@code 1 − IoU} is largest total IoU. Each search starts from all unmatched left vertices at
 * once, so no left vertex is ever committed early. Time per component:
 * O(matches × edges × log vertices).
 * </p>
 */
final class OptimalAssignment
{
	private final int nLeft, nRight;
	private final int[] left, right;
	private final double[] cost;
	private final int[] adjStart, adj;
	private final int[] matchL, matchR, prevR;
	private final double[] potL, potR, distL, distR;

	/**
	 * @param left left vertex of each edge, in {@code 0 .. nLeft-1}
	 * @param right right vertex of each edge, in {@code 0 .. nRight-1}
	 * @param iou weight of each edge, in {@code [0, 1]}
	 */
	private OptimalAssignment(final int nLeft, final int nRight, final int[] left, final int[] right, final double[] iou)
	{
		this.nLeft = nLeft;
		this.nRight = nRight;
		this.left = left;
		this.right = right;
		cost = new double[iou.length];
		for (int e = 0; e < iou.length; e++)
			cost[e] = 1 - iou[e];
		adjStart = new int[nLeft + 1];
		for (final int u : left)
			adjStart[u + 1]++;
		for (int u = 0; u < nLeft; u++)
			adjStart[u + 1] += adjStart[u];
		adj = new int[left.length];
		final int[] fill = Arrays.copyOf(adjStart, nLeft);
		for (int e = 0; e < left.length; e++)
			adj[fill[left[e]]++] = e;
		matchL = filled(nLeft);
		matchR = filled(nRight);
		prevR = filled(nRight);
		potL = new double[nLeft];
		potR = new double[nRight];
		distL = new double[nLeft];
		distR = new double[nRight];
	}

	/**
	 * The matched edge of every left vertex, or -1.
	 *
	 * @see OptimalAssignment
	 */
	static int[] solve(final int nLeft, final int nRight, final int[] left, final int[] right, final double[] iou)
	{
		final OptimalAssignment a = new OptimalAssignment(nLeft, nRight, left, right, iou);
		while (a.augment())
		{
			// each round adds one match
		}
		return a.matchL;
	}

	/** One shortest augmenting path; false when there is none. */
	private boolean augment()
	{
		Arrays.fill(distL, Double.POSITIVE_INFINITY);
		Arrays.fill(distR, Double.POSITIVE_INFINITY);
		final Heap heap = new Heap();
		for (int u = 0; u < nLeft; u++)
			if (matchL[u] < 0)
			{
				distL[u] = 0;
				heap.push(0, u);
			}
		int target = -1;
		while (!heap.isEmpty() && target < 0)
		{
			final double d = heap.minKey();
			final int x = heap.pop();
			if (x < nLeft)
				relaxLeft(heap, x, d);
			else if (d <= distR[x - nLeft])
				target = relaxRight(heap, x - nLeft, d);
		}
		if (target < 0)
			return false;
		updatePotentials(distR[target]);
		flipPath(target);
		return true;
	}

	private void relaxLeft(final Heap heap, final int u, final double d)
	{
		if (d > distL[u])
			return;
		for (int k = adjStart[u]; k < adjStart[u + 1]; k++)
		{
			final int e = adj[k];
			if (e == matchL[u])
				continue;
			final int v = right[e];
			final double nd = d + Math.max(0, cost[e] + potL[u] - potR[v]);
			if (nd < distR[v])
			{
				distR[v] = nd;
				prevR[v] = e;
				heap.push(nd, nLeft + v);
			}
		}
	}

	/** Follows the matched edge back from right vertex {@code v}; returns v when it is free. */
	private int relaxRight(final Heap heap, final int v, final double d)
	{
		final int e = matchR[v];
		if (e < 0)
			return v;
		final int u = left[e];
		final double nd = d + Math.max(0, -cost[e] + potR[v] - potL[u]);
		if (nd < distL[u])
		{
			distL[u] = nd;
			heap.push(nd, u);
		}
		return -1;
	}

	private void updatePotentials(final double reach)
	{
		for (int u = 0; u < nLeft; u++)
			potL[u] += Math.min(distL[u], reach);
		for (int v = 0; v < nRight; v++)
			potR[v] += Math.min(distR[v], reach);
	}

	private void flipPath(final int target)
	{
		int v = target;
		while (true)
		{
			final int e = prevR[v];
			final int u = left[e];
			final int old = matchL[u];
			matchL[u] = e;
			matchR[v] = e;
			if (old < 0)
				return;
			v = right[old];
		}
	}

	private static int[] filled(final int n)
	{
		final int[] a = new int[n];
		Arrays.fill(a, -1);
		return a;
	}

	/** A binary min-heap of (key, value) with lazy deletion by the caller. */
	private static final class Heap
	{
		private double[] keys = new double[16];
		private int[] values = new int[16];
		private int size;

		boolean isEmpty()
		{
			return size == 0;
		}

		double minKey()
		{
			return keys[0];
		}

		void push(final double key, final int value)
		{
			if (size == keys.length)
			{
				keys = Arrays.copyOf(keys, 2 * size);
				values = Arrays.copyOf(values, 2 * size);
			}
			int i = size++;
			while (i > 0 && keys[(i - 1) / 2] > key)
			{
				keys[i] = keys[(i - 1) / 2];
				values[i] = values[(i - 1) / 2];
				i = (i - 1) / 2;
			}
			keys[i] = key;
			values[i] = value;
		}

		int pop()
		{
			final int top = values[0];
			final double key = keys[--size];
			final int value = values[size];
			int i = 0;
			while (2 * i + 1 < size)
			{
				int c = 2 * i + 1;
				if (c + 1 < size && keys[c + 1] < keys[c])
					c++;
				if (keys[c] >= key)
					break;
				keys[i] = keys[c];
				values[i] = values[c];
				i = c;
			}
			keys[i] = key;
			values[i] = value;
			return top;
		}
	}
}
