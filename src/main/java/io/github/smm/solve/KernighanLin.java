package io.github.smm.solve;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Kernighan–Lin moves between pairs of clusters (as in Keuper et al. 2015 for multicuts): for two
 * adjacent clusters A and B (or A and a new, empty cluster), the vertices of A ∪ B are moved to the
 * other side one at a time, always the unmoved vertex whose move gains most (even when it loses),
 * and the best prefix of that sequence is kept if it strictly improves the objective; joining A and
 * B whole is tried as well. Passes over all pairs repeat until none improves. Moves never cross a
 * cannot-link, and ties go to the lower vertex, so the result depends only on the component.
 */
final class KernighanLin
{
	private static final double EPS = 1e-12;
	private static final int MAX_PASSES = 1000;

	private final Component c;
	private final int[] label;
	private int labels;
	/** The members of each label, ascending (grown when a new cluster opens). */
	private int[][] members;
	/** Each vertex's position in {@link GreedyClustering#rankByAttraction}: clusters are visited in the order of their best-ranked member. */
	private final int[] rank;

	private KernighanLin(final Component c, final int[] label)
	{
		this.c = c;
		this.label = ComponentSolver.compact(label);
		for (final int l : this.label)
			labels = Math.max(labels, l + 1);
		members = Component.membersOf(this.label, labels);
		rank = new int[c.size];
		final int[] order = GreedyClustering.rankByAttraction(c);
		for (int r = 0; r < order.length; r++)
			rank[order[r]] = r;
	}

	/** The order key of a cluster: the best rank among its members ({@link Integer#MAX_VALUE} when empty). */
	private int key(final int l)
	{
		int best = Integer.MAX_VALUE;
		for (final int v : members[l])
			best = Math.min(best, rank[v]);
		return best;
	}

	/** Labels {@code 0..labels-1} with members, in order of {@link #key}. */
	private Integer[] clusterOrder(final java.util.Collection<Integer> ids)
	{
		final Integer[] order = ids.toArray(new Integer[0]);
		final int[] keys = new int[labels];
		for (final int l : order)
			keys[l] = key(l);
		Arrays.sort(order, (x, y) -> Integer.compare(keys[x], keys[y]));
		return order;
	}

	/** Improves a valid labelling of {@code c}; returns the improved labels. */
	static int[] improve(final Component c, final int[] label)
	{
		final KernighanLin kl = new KernighanLin(c, label);
		for (int pass = 0; pass < MAX_PASSES && kl.pass(); pass++)
		{
			// repeat until a pass changes nothing
		}
		return kl.label;
	}

	/** One pass over every cluster and its adjacent clusters (and a new one); true if anything improved. */
	private boolean pass()
	{
		boolean improved = false;
		final java.util.List<Integer> all = new java.util.ArrayList<>();
		for (int l = 0; l < labels; l++)
			if (members[l].length > 0)
				all.add(l);
		for (final int a : clusterOrder(all))
		{
			if (members[a].length == 0)
				continue;
			final TreeSet<Integer> others = new TreeSet<>();
			for (final int v : members[a])
				for (int q = c.start[v]; q < c.start[v + 1]; q++)
					if (label[c.neighbour[q]] != a)
						others.add(label[c.neighbour[q]]);
			for (final int b : clusterOrder(others))
				if (members[a].length > 0)
					improved |= improvePair(a, b);
			if (members[a].length > 0)
				improved |= improvePair(a, -1);
		}
		return improved;
	}

	/** Rebuilds the member lists of labels {@code a} and {@code b} from the members they had. */
	private void regroup(final int a, final int b, final int[] before)
	{
		if (b >= members.length)
			members = Arrays.copyOf(members, Math.max(2 * members.length, b + 1));
		int na = 0, nb = 0;
		for (final int x : before)
			if (label[x] == a)
				na++;
			else
				nb++;
		final int[] ma = new int[na], mb = new int[nb];
		na = nb = 0;
		for (final int x : before)
			if (label[x] == a)
				ma[na++] = x;
			else
				mb[nb++] = x;
		members[a] = ma;
		members[b] = mb;
	}

	/** One Kernighan–Lin sequence between clusters {@code a} and {@code b} ({@code −1}: a new cluster). */
	private boolean improvePair(final int a, final int b)
	{
		final int[] ma = members[a], mb = b < 0 ? new int[0] : members[b];
		final int n = ma.length + mb.length;
		if (n < 2 || ma.length == 0)
			return false;
		final int[] v = new int[n];
		System.arraycopy(ma, 0, v, 0, ma.length);
		System.arraycopy(mb, 0, v, ma.length, mb.length);
		Arrays.sort(v);
		final boolean[] inB = new boolean[n];
		for (int i = 0; i < n; i++)
			inB[i] = label[v[i]] != a;
		final double[] g = new double[n * n];
		double join = 0;
		for (int i = 0; i < n; i++)
			for (int j = i + 1; j < n; j++)
			{
				g[i * n + j] = g[j * n + i] = c.pairGain(v[i], v[j]);
				if (inB[i] != inB[j])
					join += g[i * n + j];
			}
		if (b >= 0 && join > EPS)
		{
			for (final int x : mb)
				label[x] = a;
			regroup(a, b, v);
			return true;
		}
		return sequence(v, inB, g, a, b);
	}

	/** The move sequence; applies the best strictly improving prefix. */
	private boolean sequence(final int[] v, final boolean[] inB, final double[] g, final int a, final int b)
	{
		final int n = v.length;
		final boolean[] side = inB.clone(), moved = new boolean[n];
		final int[] order = new int[n];
		double cumulative = 0, best = EPS;
		int bestLength = 0;
		for (int step = 0; step < n; step++)
		{
			int pick = -1;
			double pickGain = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < n; i++)
				if (!moved[i])
				{
					final double d = moveGain(i, side, g, n);
					if (d > pickGain)
					{
						pickGain = d;
						pick = i;
					}
				}
			if (pick < 0)
				break;
			moved[pick] = true;
			side[pick] = !side[pick];
			order[step] = pick;
			cumulative += pickGain;
			if (cumulative > best + EPS * Math.max(1, Math.abs(best)))
			{
				best = cumulative;
				bestLength = step + 1;
			}
		}
		if (bestLength == 0)
			return false;
		final int target = b >= 0 ? b : labels++;
		for (int s = 0; s < bestLength; s++)
		{
			final int x = v[order[s]];
			label[x] = label[x] == a ? target : a;
		}
		regroup(a, target, v);
		return true;
	}

	/** Gain of moving local vertex {@code i} to the other side: {@code −∞} across a cannot-link. */
	private static double moveGain(final int i, final boolean[] side, final double[] g, final int n)
	{
		double d = 0;
		for (int j = 0; j < n; j++)
			if (j != i)
				d += side[j] == side[i] ? -g[i * n + j] : g[i * n + j];
		return Double.isNaN(d) ? Double.NEGATIVE_INFINITY : d;
	}
}
