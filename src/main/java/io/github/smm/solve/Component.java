package io.github.smm.solve;

import java.util.Arrays;

/**
 * One component as a small stand-alone problem on local vertices {@code 0..k-1}. Each local vertex
 * stands for {@link #mass} original vertices: 1, or more after {@link Reductions} has contracted
 * vertices that every optimum keeps together. Each pair has a <em>gain</em>, the sum of
 * {@link ClusteringProblem#gain} ({@code max(w − λ, −μ)}) over the original pairs it stands for, {@code −∞} when one of them is a cannot-link
 * (so any partition joining a cannot-link scores {@code −∞}). Pairs that are not adjacent hold no
 * candidate edge: their gain is {@code −nonEdgeCost·mass[a]·mass[b]}, with {@link #nonEdgeCost} =
 * {@code min(λ, μ)} ({@code μ} the problem's {@link ClusteringProblem#chainCost() chain cost}; {@code λ} by default). Adjacency is sparse (compressed rows,
 * ascending local index); the dense matrix is built only for the exact methods.
 */
final class Component
{
	final int size;
	/** Cost {@code min(λ, μ) ≥ 0} of one original pair that is not a candidate edge (λ in the published objective). */
	final double nonEdgeCost;
	/** Number of original vertices behind each local vertex. */
	final int[] mass;
	/** Local vertex a's adjacent vertices: {@code neighbour[start[a] .. start[a+1])}, ascending. */
	final int[] start, neighbour;
	/** Gain of each adjacency entry, {@code −∞} for cannot-links. */
	final double[] gain;

	Component(final double nonEdgeCost, final int[] mass, final int[] start, final int[] neighbour, final double[] gain)
	{
		this.size = mass.length;
		this.nonEdgeCost = nonEdgeCost;
		this.mass = mass;
		this.start = start;
		this.neighbour = neighbour;
		this.gain = gain;
	}

	/** Component {@code c} of the decomposition, local vertices in ascending global order, each of mass 1. */
	static Component of(final ClusteringProblem p, final Decomposition d, final int c)
	{
		final int size = d.componentSize(c);
		final int[] start = new int[size + 1];
		for (int a = 0; a < size; a++)
		{
			final int v = d.vertex(c, a);
			int count = 0;
			for (int q = p.adjacencyStart(v); q < p.adjacencyEnd(v); q++)
				if (d.componentOf(p.neighbourAt(q)) == c)
					count++;
			start[a + 1] = start[a] + count;
		}
		final int[] neighbour = new int[start[size]];
		final double[] gain = new double[start[size]];
		int fill = 0;
		for (int a = 0; a < size; a++)
		{
			final int v = d.vertex(c, a);
			for (int q = p.adjacencyStart(v); q < p.adjacencyEnd(v); q++)
			{
				final int u = p.neighbourAt(q);
				if (d.componentOf(u) != c)
					continue;
				final int k = p.edgeAt(q);
				neighbour[fill] = d.localIndex(u);
				gain[fill++] = p.gain(k);
			}
		}
		final int[] mass = new int[size];
		Arrays.fill(mass, 1);
		return new Component(-p.nonCandidateGain(), mass, start, neighbour, gain);
	}

	/** The gain of a pair that is not adjacent: {@code −min(λ, μ)} per original pair. */
	double nonEdgeGain(final int a, final int b)
	{
		return -nonEdgeCost * mass[a] * (double) mass[b];
	}

	/** The gain of pair {a, b} (a ≠ b), adjacent or not. */
	double pairGain(final int a, final int b)
	{
		final int q = Arrays.binarySearch(neighbour, start[a], start[a + 1], b);
		return q >= 0 ? gain[q] : nonEdgeGain(a, b);
	}

	/** Row-major {@code size × size} gains; the diagonal is 0. */
	double[] denseGains()
	{
		final double[] g = new double[size * size];
		for (int a = 0; a < size; a++)
		{
			for (int b = 0; b < size; b++)
				g[a * size + b] = a == b ? 0 : nonEdgeGain(a, b);
			for (int q = start[a]; q < start[a + 1]; q++)
				g[a * size + neighbour[q]] = gain[q];
		}
		return g;
	}

	/** The objective of a local labelling: Σ gains over pairs sharing a label ({@code −∞} if it joins a cannot-link). */
	double objective(final int[] label)
	{
		double edgeSum = 0, adjacentMass = 0;
		for (int a = 0; a < size; a++)
			for (int q = start[a]; q < start[a + 1]; q++)
			{
				final int b = neighbour[q];
				if (b > a && label[a] == label[b])
				{
					edgeSum += gain[q];
					adjacentMass += mass[a] * (double) mass[b];
				}
			}
		return edgeSum - nonEdgeCost * (pairMass(label) - adjacentMass);
	}

	/** Σ over pairs sharing a label of mass·mass (labels in {@code [0, size)} counted directly, others sorted). */
	private double pairMass(final int[] label)
	{
		boolean small = true;
		for (final int l : label)
			small &= l >= 0 && l < size;
		if (small)
		{
			final double[] sum = new double[size];
			double pairs = 0;
			for (int a = 0; a < size; a++)
			{
				pairs += sum[label[a]] * mass[a];
				sum[label[a]] += mass[a];
			}
			return pairs;
		}
		final long[] keyed = new long[size];
		for (int a = 0; a < size; a++)
			keyed[a] = (long) label[a] << 32 | a;
		Arrays.sort(keyed);
		double pairMass = 0;
		for (int i = 0, j; i < size; i = j)
		{
			double sum = 0, squares = 0;
			for (j = i; j < size && keyed[j] >>> 32 == keyed[i] >>> 32; j++)
			{
				final double m = mass[(int) keyed[j]];
				sum += m;
				squares += m * m;
			}
			pairMass += (sum * sum - squares) / 2;
		}
		return pairMass;
	}

	/** A proven upper bound on the optimum: the sum of all positive gains. */
	double positiveGainBound()
	{
		double sum = 0;
		for (int a = 0; a < size; a++)
			for (int q = start[a]; q < start[a + 1]; q++)
				if (neighbour[q] > a && gain[q] > 0)
					sum += gain[q];
		return sum;
	}

	/**
	 * The component with every group of {@code groupOf} (labels {@code 0..groups-1}) contracted to
	 * one vertex: masses add, and the gain between two groups is the sum of the gains between their
	 * members (so it is {@code −∞} when any member pair is a cannot-link). The gains inside the groups
	 * are not part of the result: see {@link #internalGain}.
	 */
	Component contract(final int[] groupOf, final int groups)
	{
		final int[] mass = new int[groups];
		for (int a = 0; a < size; a++)
			mass[groupOf[a]] += this.mass[a];
		final int[][] members = membersOf(groupOf, groups);
		final int[] start = new int[groups + 1];
		int[] neighbour = new int[Math.max(16, this.neighbour.length)];
		double[] gain = new double[neighbour.length];
		final double[] sum = new double[groups];
		final int[] mark = new int[groups];
		Arrays.fill(mark, -1);
		final int[] touched = new int[groups];
		int fill = 0;
		for (int s = 0; s < groups; s++)
		{
			int count = 0;
			for (final int a : members[s])
				for (int q = this.start[a]; q < this.start[a + 1]; q++)
				{
					final int t = groupOf[this.neighbour[q]];
					if (t == s)
						continue;
					if (mark[t] != s)
					{
						mark[t] = s;
						sum[t] = 0;
						touched[count++] = t;
					}
					// adjacent original pairs add their gain plus μ·m·m here; all pairs pay −μ·m·m below
					sum[t] += this.gain[q] + nonEdgeCost * this.mass[a] * (double) this.mass[this.neighbour[q]];
				}
			Arrays.sort(touched, 0, count);
			if (fill + count > neighbour.length)
			{
				neighbour = Arrays.copyOf(neighbour, 2 * (fill + count));
				gain = Arrays.copyOf(gain, neighbour.length);
			}
			for (int i = 0; i < count; i++)
			{
				final int t = touched[i];
				neighbour[fill] = t;
				gain[fill++] = sum[t] - nonEdgeCost * mass[s] * (double) mass[t];
			}
			start[s + 1] = fill;
		}
		return new Component(nonEdgeCost, mass, start, Arrays.copyOf(neighbour, fill), Arrays.copyOf(gain, fill));
	}

	/** The summed gains of the pairs inside each group of {@code groupOf} (what {@link #contract} leaves out). */
	double internalGain(final int[] groupOf)
	{
		return objective(groupOf);
	}

	/** The members of each group, ascending. */
	static int[][] membersOf(final int[] groupOf, final int groups)
	{
		final int[] count = new int[groups];
		for (final int g : groupOf)
			count[g]++;
		final int[][] members = new int[groups][];
		for (int s = 0; s < groups; s++)
			members[s] = new int[count[s]];
		Arrays.fill(count, 0);
		for (int a = 0; a < groupOf.length; a++)
			members[groupOf[a]][count[groupOf[a]]++] = a;
		return members;
	}

	/**
	 * The connected components of the positive gains (the attraction graph of this component):
	 * one part label per vertex, {@code 0..} in order of first appearance. No optimum needs to
	 * join two parts (see {@link Decomposition}: every pair between them has gain ≤ 0).
	 */
	int[] attractionParts()
	{
		final int[] part = new int[size];
		Arrays.fill(part, -1);
		final int[] stack = new int[size];
		int parts = 0;
		for (int s = 0; s < size; s++)
		{
			if (part[s] >= 0)
				continue;
			int top = 0;
			stack[top++] = s;
			part[s] = parts;
			while (top > 0)
			{
				final int a = stack[--top];
				for (int q = start[a]; q < start[a + 1]; q++)
					if (gain[q] > 0 && part[neighbour[q]] < 0)
					{
						part[neighbour[q]] = parts;
						stack[top++] = neighbour[q];
					}
			}
			parts++;
		}
		return part;
	}

	/** The sub-problem induced by {@code vertices} (ascending), renumbered {@code 0..}. */
	Component induced(final int[] vertices)
	{
		final int[] local = new int[size];
		Arrays.fill(local, -1);
		for (int i = 0; i < vertices.length; i++)
			local[vertices[i]] = i;
		final int n = vertices.length;
		final int[] start = new int[n + 1];
		for (int i = 0; i < n; i++)
		{
			int count = 0;
			for (int q = this.start[vertices[i]]; q < this.start[vertices[i] + 1]; q++)
				if (local[neighbour[q]] >= 0)
					count++;
			start[i + 1] = start[i] + count;
		}
		final int[] nb = new int[start[n]];
		final double[] g = new double[start[n]];
		final int[] m = new int[n];
		for (int i = 0, fill = 0; i < n; i++)
		{
			m[i] = mass[vertices[i]];
			for (int q = this.start[vertices[i]]; q < this.start[vertices[i] + 1]; q++)
				if (local[neighbour[q]] >= 0)
				{
					nb[fill] = local[neighbour[q]];
					g[fill++] = gain[q];
				}
		}
		return new Component(nonEdgeCost, m, start, nb, g);
	}
}
