package io.github.smm.eval;

import java.util.Arrays;

/**
 * A maximum-cardinality matching of a sparse bipartite graph (Hopcroft–Karp, iterative, so
 * long augmenting paths cannot overflow the stack), and the Dulmage–Mendelsohn classes it
 * reveals.
 * <p>
 * With M maximum: a left vertex is <b>even</b> when an alternating path from an unmatched left
 * vertex reaches it (it may be unmatched in some maximum matching), and the right vertices on
 * those paths are <b>odd</b> (matched in every maximum matching). Symmetrically from the
 * unmatched right vertices. The remaining vertices form the <b>core</b>, perfectly matched
 * among themselves in every maximum matching.
 * </p>
 */
final class MaximumMatching
{
	/** Dulmage–Mendelsohn class of a vertex. */
	static final byte CORE = 0, EVEN = 1, ODD = 2;

	private final int nLeft, nRight;
	private final int[] left, right;
	private final int[] leftStart, leftEdges, rightStart, rightEdges;
	/** Matched edge of every vertex, or -1. */
	final int[] matchLeft, matchRight;

	MaximumMatching(final int nLeft, final int nRight, final int[] left, final int[] right)
	{
		this.nLeft = nLeft;
		this.nRight = nRight;
		this.left = left;
		this.right = right;
		leftStart = new int[nLeft + 1];
		leftEdges = incidence(left, nLeft, leftStart);
		rightStart = new int[nRight + 1];
		rightEdges = incidence(right, nRight, rightStart);
		matchLeft = new int[nLeft];
		matchRight = new int[nRight];
		Arrays.fill(matchLeft, -1);
		Arrays.fill(matchRight, -1);
		final int[] layer = new int[nLeft];
		while (layers(layer))
			augmentAlongLayers(layer);
	}

	/** Edge indices grouped by vertex: those of vertex x are {@code edges[start[x] .. start[x+1]-1]}. */
	private static int[] incidence(final int[] vertexOf, final int n, final int[] start)
	{
		for (final int x : vertexOf)
			start[x + 1]++;
		for (int x = 0; x < n; x++)
			start[x + 1] += start[x];
		final int[] edges = new int[vertexOf.length];
		final int[] fill = Arrays.copyOf(start, n);
		for (int e = 0; e < vertexOf.length; e++)
			edges[fill[vertexOf[e]]++] = e;
		return edges;
	}

	/** Breadth-first layers of left vertices from the unmatched ones; true when a free right vertex is reachable. */
	private boolean layers(final int[] layer)
	{
		final int[] queue = new int[nLeft];
		int head = 0, tail = 0;
		for (int u = 0; u < nLeft; u++)
		{
			layer[u] = matchLeft[u] < 0 ? 0 : Integer.MAX_VALUE;
			if (matchLeft[u] < 0)
				queue[tail++] = u;
		}
		boolean found = false;
		while (head < tail)
		{
			final int u = queue[head++];
			for (int k = leftStart[u]; k < leftStart[u + 1]; k++)
			{
				final int m = matchRight[right[leftEdges[k]]];
				if (m < 0)
					found = true;
				else if (layer[left[m]] == Integer.MAX_VALUE)
				{
					layer[left[m]] = layer[u] + 1;
					queue[tail++] = left[m];
				}
			}
		}
		return found;
	}

	/** Vertex-disjoint shortest augmenting paths by depth-first search along the layers. */
	private void augmentAlongLayers(final int[] layer)
	{
		final int[] next = Arrays.copyOf(leftStart, nLeft);
		final int[] pathRows = new int[nLeft + 1], pathEdges = new int[nLeft + 1];
		for (int u0 = 0; u0 < nLeft; u0++)
		{
			if (matchLeft[u0] >= 0)
				continue;
			int depth = 0;
			pathRows[0] = u0;
			while (depth >= 0)
			{
				final int u = pathRows[depth];
				if (next[u] == leftStart[u + 1])
				{
					layer[u] = Integer.MAX_VALUE; // dead end for this phase
					depth--;
					continue;
				}
				final int e = leftEdges[next[u]++];
				final int m = matchRight[right[e]];
				pathEdges[depth] = e;
				if (m < 0)
				{
					flip(pathEdges, depth);
					break;
				}
				if (layer[left[m]] == layer[u] + 1)
					pathRows[++depth] = left[m];
			}
		}
	}

	private void flip(final int[] pathEdges, final int depth)
	{
		for (int i = 0; i <= depth; i++)
		{
			final int e = pathEdges[i];
			matchLeft[left[e]] = e;
			matchRight[right[e]] = e;
		}
	}

	/** The Dulmage–Mendelsohn class of every left vertex and every right vertex. */
	byte[][] classes()
	{
		final byte[] l = new byte[nLeft], r = new byte[nRight];
		alternatingReach(l, r, nLeft, matchLeft, leftStart, leftEdges, right, matchRight, left);
		alternatingReach(r, l, nRight, matchRight, rightStart, rightEdges, left, matchLeft, right);
		return new byte[][] { l, r };
	}

	/**
	 * Marks EVEN every vertex of side A reachable by alternating paths from the unmatched
	 * vertices of side A, and ODD the vertices of side B on those paths.
	 */
	private static void alternatingReach(final byte[] classA, final byte[] classB, final int nA, final int[] matchA, final int[] startA, final int[] edgesA, final int[] otherOf, final int[] matchB, final int[] selfOf)
	{
		final int[] queue = new int[nA];
		int head = 0, tail = 0;
		for (int a = 0; a < nA; a++)
			if (matchA[a] < 0)
			{
				classA[a] = EVEN;
				queue[tail++] = a;
			}
		while (head < tail)
		{
			final int a = queue[head++];
			for (int k = startA[a]; k < startA[a + 1]; k++)
			{
				final int b = otherOf[edgesA[k]];
				if (classB[b] == ODD)
					continue;
				classB[b] = ODD;
				final int a2 = selfOf[matchB[b]]; // b is matched, M being maximum
				if (classA[a2] != EVEN)
				{
					classA[a2] = EVEN;
					queue[tail++] = a2;
				}
			}
		}
	}
}
