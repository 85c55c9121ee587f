package io.github.smm.solve;

/**
 * Exact solution of a small component by depth-first enumeration of all set partitions
 * (restricted growth strings: vertex {@code v} joins one of the clusters opened so far or opens
 * the next one). Branches that join a cannot-link are cut, and so are branches that cannot beat the
 * best partition known even if every remaining positive gain were collected. The search starts from
 * a given partition and replaces it only by strictly better ones; ties keep the earlier one.
 */
final class PartitionEnumeration
{
	private final int k;
	private final double[] g;
	/** {@code remaining[v]}: sum of positive gains between vertices ≥ v and their predecessors. */
	private final double[] remaining;
	private final int[] label, bestLabel;
	private final double[] delta;
	private double best = Double.NEGATIVE_INFINITY;

	private PartitionEnumeration(final Component c)
	{
		k = c.size;
		g = c.denseGains();
		remaining = new double[k + 1];
		for (int v = k - 1; v >= 0; v--)
		{
			double pos = 0;
			for (int u = 0; u < v; u++)
				pos += Math.max(0, g[v * k + u]);
			remaining[v] = remaining[v + 1] + pos;
		}
		label = new int[k];
		bestLabel = new int[k];
		delta = new double[k * (k + 1)];
	}

	/**
	 * The best partition of the component (local labels). The search starts from a known valid
	 * partition (e.g. greedy's) and looks only for strictly better ones, which prunes far more.
	 */
	static int[] solve(final Component c, final int[] start)
	{
		final PartitionEnumeration e = new PartitionEnumeration(c);
		e.best = c.objective(start);
		System.arraycopy(start, 0, e.bestLabel, 0, e.k);
		e.extend(0, 0, 0);
		return e.bestLabel;
	}

	private void extend(final int v, final int clusters, final double value)
	{
		if (v == k)
		{
			if (value > best)
			{
				best = value;
				System.arraycopy(label, 0, bestLabel, 0, k);
			}
			return;
		}
		final int row = v * (k + 1);
		for (int c = 0; c <= clusters; c++)
			delta[row + c] = 0;
		for (int u = 0; u < v; u++)
			delta[row + label[u]] += g[v * k + u];
		for (int c = 0; c <= clusters; c++)
		{
			final double next = value + delta[row + c];
			if (next == Double.NEGATIVE_INFINITY || next + remaining[v + 1] <= best)
				continue;
			label[v] = c;
			extend(v + 1, c == clusters ? clusters + 1 : clusters, next);
		}
	}
}
