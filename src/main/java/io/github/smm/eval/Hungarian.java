package io.github.smm.eval;

import java.util.Arrays;

/**
 * A matching of largest total IoU among those that match every given row, on a sparse
 * bipartite graph where such a matching exists: the Hungarian method with rows inserted one
 * at a time, each by a Dijkstra search on reduced costs
 * {@code 1 − IoU + p(row) − p(column) ≥ 0} (node potentials {@code p}) that stops at the first
 * free column it settles.
 * <p>
 * Invariant: the matching of the rows inserted so far is a cheapest one that matches them all,
 * certified by the potentials (every arc has non-negative reduced cost, matched arcs zero, free
 * columns equal potential). The cheapest augmenting path from the new row keeps it so.
 * Searches stay local on typical data, and distances are reset only where a search went.
 * </p>
 */
final class Hungarian
{
	private final int nRows;
	private final int[] rowOf, colOf;
	private final double[] cost;
	private final int[] adjStart, adj;
	private final int[] matchRow, matchCol, prevCol;
	private final double[] potRow, potCol, distRow, distCol;
	private final IntList touchedRows = new IntList(), touchedCols = new IntList();
	private final MinHeap heap = new MinHeap();

	private Hungarian(final int nRows, final int nCols, final int[] rowOf, final int[] colOf, final double[] iou, final boolean[] allowed)
	{
		this.nRows = nRows;
		this.rowOf = rowOf;
		this.colOf = colOf;
		cost = new double[iou.length];
		for (int e = 0; e < iou.length; e++)
			cost[e] = 1 - iou[e];
		adjStart = new int[nRows + 1];
		for (int e = 0; e < rowOf.length; e++)
			if (allowed[e])
				adjStart[rowOf[e] + 1]++;
		for (int r = 0; r < nRows; r++)
			adjStart[r + 1] += adjStart[r];
		adj = new int[adjStart[nRows]];
		final int[] fill = Arrays.copyOf(adjStart, nRows);
		for (int e = 0; e < rowOf.length; e++)
			if (allowed[e])
				adj[fill[rowOf[e]]++] = e;
		matchRow = filled(nRows, -1);
		matchCol = filled(nCols, -1);
		prevCol = filled(nCols, -1);
		potRow = new double[nRows];
		potCol = new double[nCols];
		distRow = filled(nRows, Double.POSITIVE_INFINITY);
		distCol = filled(nCols, Double.POSITIVE_INFINITY);
	}

	/**
	 * Matches every row {@code r} with {@code saturate[r]}, using only edges with
	 * {@code allowed[e]}, at largest total IoU.
	 *
	 * @return the matched edge of every row, or -1
	 * @throws IllegalStateException when a row to saturate cannot be matched (the caller
	 *             promised it can)
	 */
	static int[] solve(final int nRows, final int nCols, final int[] rowOf, final int[] colOf, final double[] iou, final boolean[] allowed, final boolean[] saturate)
	{
		final Hungarian h = new Hungarian(nRows, nCols, rowOf, colOf, iou, allowed);
		for (int r = 0; r < nRows; r++)
			if (saturate[r])
				h.insert(r);
		return h.matchRow;
	}

	/** Adds row {@code u} along a cheapest augmenting path. */
	private void insert(final int u)
	{
		double p = Double.NEGATIVE_INFINITY;
		for (int k = adjStart[u]; k < adjStart[u + 1]; k++)
			p = Math.max(p, potCol[colOf[adj[k]]] - cost[adj[k]]);
		potRow[u] = p;
		touchRow(u, 0);
		heap.clear();
		heap.push(0, u);
		int target = -1;
		while (!heap.isEmpty() && target < 0)
		{
			final double d = heap.minKey();
			final int x = heap.pop();
			if (x < nRows)
				scanRow(x, d);
			else
				target = scanCol(x - nRows, d);
		}
		if (target < 0)
			throw new IllegalStateException("row " + u + " cannot be matched");
		shiftPotentials(distCol[target]);
		flip(target, u);
		resetDistances();
	}

	private void scanRow(final int r, final double d)
	{
		if (d > distRow[r])
			return;
		for (int k = adjStart[r]; k < adjStart[r + 1]; k++)
		{
			final int e = adj[k];
			if (e == matchRow[r])
				continue;
			final int v = colOf[e];
			final double nd = d + Math.max(0, cost[e] + potRow[r] - potCol[v]);
			if (nd < distCol[v])
			{
				touchCol(v, nd);
				prevCol[v] = e;
				heap.push(nd, nRows + v);
			}
		}
	}

	/** Settles column {@code v}; returns it when free (the search ends), else -1. */
	private int scanCol(final int v, final double d)
	{
		if (d > distCol[v])
			return -1;
		final int e = matchCol[v];
		if (e < 0)
			return v;
		final int r = rowOf[e];
		final double nd = d + Math.max(0, potCol[v] - cost[e] - potRow[r]);
		if (nd < distRow[r])
		{
			touchRow(r, nd);
			heap.push(nd, r);
		}
		return -1;
	}

	/**
	 * Adds {@code min(dist, reach)} to every potential, up to a common constant: nodes the
	 * search did not settle below {@code reach} keep theirs, settled ones lose
	 * {@code reach − dist}.
	 */
	private void shiftPotentials(final double reach)
	{
		for (int i = 0; i < touchedRows.size; i++)
		{
			final int r = touchedRows.values[i];
			if (distRow[r] < reach)
				potRow[r] -= reach - distRow[r];
		}
		for (int i = 0; i < touchedCols.size; i++)
		{
			final int v = touchedCols.values[i];
			if (distCol[v] < reach)
				potCol[v] -= reach - distCol[v];
		}
	}

	/** Shifts the rows on the search path ending at free column {@code v}, back to row {@code u}. */
	private void flip(int v, final int u)
	{
		while (true)
		{
			final int e = prevCol[v];
			final int r = rowOf[e];
			final int old = matchRow[r];
			matchRow[r] = e;
			matchCol[v] = e;
			if (r == u)
				return;
			v = colOf[old];
		}
	}

	private void touchRow(final int r, final double d)
	{
		if (distRow[r] == Double.POSITIVE_INFINITY)
			touchedRows.add(r);
		distRow[r] = d;
	}

	private void touchCol(final int v, final double d)
	{
		if (distCol[v] == Double.POSITIVE_INFINITY)
			touchedCols.add(v);
		distCol[v] = d;
	}

	private void resetDistances()
	{
		for (int i = 0; i < touchedRows.size; i++)
			distRow[touchedRows.values[i]] = Double.POSITIVE_INFINITY;
		for (int i = 0; i < touchedCols.size; i++)
			distCol[touchedCols.values[i]] = Double.POSITIVE_INFINITY;
		touchedRows.size = 0;
		touchedCols.size = 0;
	}

	private static int[] filled(final int n, final int value)
	{
		final int[] a = new int[n];
		Arrays.fill(a, value);
		return a;
	}

	private static double[] filled(final int n, final double value)
	{
		final double[] a = new double[n];
		Arrays.fill(a, value);
		return a;
	}

	/** A growable list of ints. */
	private static final class IntList
	{
		int[] values = new int[16];
		int size;

		void add(final int v)
		{
			if (size == values.length)
				values = Arrays.copyOf(values, 2 * size);
			values[size++] = v;
		}
	}
}
