package io.github.smm.solve;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Greedy additive edge contraction (GAEC, Keuper et al. 2015) on a component: start from
 * singletons and repeatedly join the two clusters whose joining gains most (the summed gain of all
 * pairs between them, {@code −∞} across a cannot-link), until no join gains anything. Only adjacent
 * clusters can gain (a non-adjacent pair costs {@code min(λ, μ) ≥ 0}), so the search runs on the contracted adjacency. Ties go to the
 * pair of smaller cluster ids, so the result depends only on the component.
 */
final class Gaec
{
	/** Per cluster: adjacent clusters (ascending) and the gain towards each; null once merged away. */
	private final int[][] adjacent;
	private final double[][] gains;
	private final int[] size, mass, version, parent;
	private final double nonEdgeCost;
	/** Whether joins that change the objective by zero (to rounding) are made too. */
	private final boolean joinTies;

	private Gaec(final Component c, final boolean joinTies)
	{
		this.joinTies = joinTies;
		final int k = c.size;
		nonEdgeCost = c.nonEdgeCost;
		adjacent = new int[k][];
		gains = new double[k][];
		size = new int[k];
		mass = c.mass.clone();
		version = new int[k];
		parent = new int[k];
		for (int a = 0; a < k; a++)
		{
			adjacent[a] = Arrays.copyOfRange(c.neighbour, c.start[a], c.start[a + 1]);
			gains[a] = Arrays.copyOfRange(c.gain, c.start[a], c.start[a + 1]);
			size[a] = 1;
			parent[a] = a;
		}
	}

	/** The GAEC partition of {@code c}: local labels. */
	static int[] solve(final Component c)
	{
		return run(c, false);
	}

	/**
	 * {@code label} with every join of two clusters that does not lower the objective made (best
	 * first): of equally good partitions, the one with fewer clusters. On perfect predictions a
	 * fragment whose gains to an object cancel exactly (it attracts half of the object's copies as
	 * much as it repels the other half) thus goes with the object it overlaps, instead of staying a
	 * sliver for no gain.
	 */
	static int[] joinTies(final Component c, final int[] label)
	{
		final int[] compact = ComponentSolver.compact(label);
		int groups = 0;
		for (final int l : compact)
			groups = Math.max(groups, l + 1);
		if (groups == 1 || !anyJoinWithoutLoss(c, compact, groups))
			return label;
		final int[] joined = run(c.contract(compact, groups), true);
		final int[] out = new int[c.size];
		for (int a = 0; a < c.size; a++)
			out[a] = joined[compact[a]];
		return out;
	}

	/**
	 * Whether two adjacent clusters of {@code label} could join without lowering the objective: a
	 * quick test on the cluster-pair sums (dense for small components), so the common case — no
	 * such pair — costs no contraction.
	 */
	private static boolean anyJoinWithoutLoss(final Component c, final int[] label, final int groups)
	{
		if (groups > 64)
			return true; // let the contraction decide
		final double[] excess = new double[groups * groups];
		final boolean[] adjacent = new boolean[groups * groups];
		final double[] mass = new double[groups];
		for (int a = 0; a < c.size; a++)
		{
			mass[label[a]] += c.mass[a];
			for (int q = c.start[a]; q < c.start[a + 1]; q++)
			{
				final int b = c.neighbour[q];
				if (label[a] != label[b])
				{
					final int at = label[a] * groups + label[b];
					adjacent[at] = true;
					excess[at] += c.gain[q] + c.nonEdgeCost * c.mass[a] * (double) c.mass[b];
				}
			}
		}
		for (int s = 0; s < groups; s++)
			for (int t = 0; t < groups; t++)
				if (adjacent[s * groups + t] && excess[s * groups + t] - c.nonEdgeCost * mass[s] * mass[t] >= -1e-12 * Math.max(1, c.nonEdgeCost * mass[s] * mass[t]))
					return true;
		return false;
	}

	private static int[] run(final Component c, final boolean joinTies)
	{
		final Gaec g = new Gaec(c, joinTies);
		g.contract();
		final int[] label = new int[c.size];
		for (int a = 0; a < c.size; a++)
			label[a] = g.root(a);
		return label;
	}

	private int root(int a)
	{
		while (parent[a] != a)
			a = parent[a] = parent[parent[a]];
		return a;
	}

	/** A queued join: gain, the two clusters (a &lt; b) and their versions when queued. */
	private static final class Join implements Comparable<Join>
	{
		final double gain;
		final int a, b, va, vb;

		Join(final double gain, final int a, final int b, final int va, final int vb)
		{
			this.gain = gain;
			this.a = a;
			this.b = b;
			this.va = va;
			this.vb = vb;
		}

		@Override
		public int compareTo(final Join o)
		{
			if (gain != o.gain)
				return Double.compare(o.gain, gain);
			return a != o.a ? Integer.compare(a, o.a) : Integer.compare(b, o.b);
		}
	}

	private void contract()
	{
		final PriorityQueue<Join> queue = new PriorityQueue<>();
		for (int a = 0; a < adjacent.length; a++)
			offer(queue, a);
		while (!queue.isEmpty())
		{
			final Join j = queue.poll();
			if (adjacent[j.a] == null || adjacent[j.b] == null || version[j.a] != j.va || version[j.b] != j.vb)
				continue;
			merge(j.a, j.b);
			offer(queue, j.a);
		}
	}

	/** Queues every positive join of cluster {@code a} with a higher-numbered or lower-numbered neighbour. */
	private void offer(final PriorityQueue<Join> queue, final int a)
	{
		for (int i = 0; i < adjacent[a].length; i++)
		{
			final int b = adjacent[a][i];
			if (gains[a][i] > 0 || joinTies && gains[a][i] >= -1e-12 * Math.max(1, nonEdgeCost * mass[a] * (double) mass[b]))
			{
				final int lo = Math.min(a, b), hi = Math.max(a, b);
				queue.add(new Join(gains[a][i], lo, hi, version[lo], version[hi]));
			}
		}
	}

	/** Joins cluster {@code b} into {@code a} (a &lt; b): merged adjacency, gains summed, neighbours updated. */
	private void merge(final int a, final int b)
	{
		final int[] na = adjacent[a], nb = adjacent[b];
		final double[] ga = gains[a], gb = gains[b];
		final int[] n = new int[na.length + nb.length];
		final double[] g = new double[n.length];
		int i = 0, j = 0, count = 0;
		while (i < na.length || j < nb.length)
		{
			final int x = i < na.length && (j >= nb.length || na[i] <= nb[j]) ? na[i] : nb[j];
			final double fromA = i < na.length && na[i] == x ? ga[i++] : -nonEdgeCost * mass[a] * (double) mass[x];
			final double fromB = j < nb.length && nb[j] == x ? gb[j++] : -nonEdgeCost * mass[b] * (double) mass[x];
			if (x == a || x == b)
				continue;
			n[count] = x;
			g[count++] = fromA + fromB;
		}
		adjacent[a] = Arrays.copyOf(n, count);
		gains[a] = Arrays.copyOf(g, count);
		adjacent[b] = null;
		gains[b] = null;
		parent[b] = a;
		size[a] += size[b];
		mass[a] += mass[b];
		version[a]++;
		for (int t = 0; t < count; t++)
			replaceNeighbour(n[t], a, b, g[t]);
	}

	/** In cluster {@code x}'s list: drop {@code b}, and set the gain towards {@code a} (adding the entry if new). */
	private void replaceNeighbour(final int x, final int a, final int b, final double gain)
	{
		final int[] n = adjacent[x];
		final double[] g = gains[x];
		final int[] out = new int[n.length + 1];
		final double[] og = new double[n.length + 1];
		int count = 0;
		boolean placed = false;
		for (int i = 0; i < n.length; i++)
		{
			if (n[i] == b || n[i] == a)
				continue;
			if (!placed && n[i] > a)
			{
				out[count] = a;
				og[count++] = gain;
				placed = true;
			}
			out[count] = n[i];
			og[count++] = g[i];
		}
		if (!placed)
		{
			out[count] = a;
			og[count++] = gain;
		}
		adjacent[x] = Arrays.copyOf(out, count);
		gains[x] = Arrays.copyOf(og, count);
	}
}
