package io.github.smm.eval;

/**
 * A maximum-cardinality matching of largest total IoU on a sparse bipartite graph (left =
 * predictions, right = ground truth).
 * <p>
 * First a maximum matching ({@link MaximumMatching}) and its Dulmage–Mendelsohn classes split
 * the graph into parts that every maximum matching treats the same way: left-even with
 * right-odd (every right vertex matched), left-odd with right-even (every left vertex matched),
 * and the core (all matched). Edges between parts are in no maximum matching and are dropped.
 * In each part the side that is always matched is taken as the rows of a {@link Hungarian}
 * search, so every search ends in an augmenting path: no search has to explore everything to
 * prove that a row stays unmatched. The union of the parts' cheapest saturating matchings is a
 * maximum matching of largest total IoU.
 * </p>
 */
final class OptimalAssignment
{
	private OptimalAssignment()
	{}

	/**
	 * The matched edge of every left vertex, or -1.
	 *
	 * @param left left vertex of each edge, in {@code 0 .. nLeft-1}
	 * @param right right vertex of each edge, in {@code 0 .. nRight-1}
	 * @param iou weight of each edge, in {@code [0, 1]}
	 */
	static int[] solve(final int nLeft, final int nRight, final int[] left, final int[] right, final double[] iou)
	{
		final byte[][] classes = new MaximumMatching(nLeft, nRight, left, right).classes();
		final byte[] cl = classes[0], cr = classes[1];
		final boolean[] leftRows = new boolean[left.length], rightRows = new boolean[left.length];
		for (int e = 0; e < left.length; e++)
		{
			final byte l = cl[left[e]], r = cr[right[e]];
			rightRows[e] = l == MaximumMatching.EVEN && r == MaximumMatching.ODD;
			leftRows[e] = l == MaximumMatching.ODD && r == MaximumMatching.EVEN || l == MaximumMatching.CORE && r == MaximumMatching.CORE;
		}
		final boolean[] saturateLeft = new boolean[nLeft], saturateRight = new boolean[nRight];
		for (int u = 0; u < nLeft; u++)
			saturateLeft[u] = cl[u] != MaximumMatching.EVEN;
		for (int v = 0; v < nRight; v++)
			saturateRight[v] = cr[v] == MaximumMatching.ODD;
		final int[] ofLeft = Hungarian.solve(nLeft, nRight, left, right, iou, leftRows, saturateLeft);
		final int[] ofRight = Hungarian.solve(nRight, nLeft, right, left, iou, rightRows, saturateRight);
		for (final int e : ofRight)
			if (e >= 0)
				ofLeft[left[e]] = e;
		return ofLeft;
	}
}
