package io.github.smm.solve;

import java.util.Arrays;

/**
 * One component as a small stand-alone problem on local vertices {@code 0..k-1} (ascending global
 * order). Each pair has a <em>gain</em> {@code w − λ}: {@code −λ} for non-edges and
 * {@code −∞} for cannot-links, so any partition joining a cannot-link scores {@code −∞}.
 * Adjacency is kept sparse (compressed rows, ascending local index); the dense matrix is built only
 * for the exact solvers.
 */
final class Component
{
	final int size;
	final double lambda;
	/** Local vertex a's edges inside the component: {@code neighbour[start[a] .. start[a+1])}. */
	final int[] start, neighbour;
	/** Gain {@code w − λ} of each adjacency entry, {@code −∞} for cannot-links. */
	final double[] gain;

	Component(final ClusteringProblem p, final Decomposition d, final int c)
	{
		size = d.componentSize(c);
		lambda = p.lambda();
		start = new int[size + 1];
		int count = 0;
		for (int a = 0; a < size; a++)
		{
			final int v = d.vertex(c, a);
			for (int q = p.adjacencyStart(v); q < p.adjacencyEnd(v); q++)
				if (d.componentOf(p.neighbourAt(q)) == c)
					count++;
			start[a + 1] = count;
		}
		neighbour = new int[count];
		gain = new double[count];
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
				gain[fill++] = p.isCannotLink(k) ? Double.NEGATIVE_INFINITY : p.weight(k) - p.lambda();
			}
		}
	}

	/** Row-major {@code size × size} gains; the diagonal is 0. */
	double[] denseGains()
	{
		final double[] g = new double[size * size];
		Arrays.fill(g, -lambda);
		for (int a = 0; a < size; a++)
		{
			g[a * size + a] = 0;
			for (int q = start[a]; q < start[a + 1]; q++)
				g[a * size + neighbour[q]] = gain[q];
		}
		return g;
	}

	/** The objective of a local labelling: Σ gains over pairs sharing a label ({@code −∞} if it joins a cannot-link). */
	double objective(final int[] label)
	{
		double edgeSum = 0;
		long edgesInside = 0;
		for (int a = 0; a < size; a++)
			for (int q = start[a]; q < start[a + 1]; q++)
			{
				final int b = neighbour[q];
				if (b > a && label[a] == label[b])
				{
					edgeSum += gain[q];
					edgesInside++;
				}
			}
		final int[] sorted = label.clone();
		Arrays.sort(sorted);
		long pairs = 0;
		for (int i = 0, j; i < size; i = j)
		{
			for (j = i + 1; j < size && sorted[j] == sorted[i];)
				j++;
			pairs += (long) (j - i) * (j - i - 1) / 2;
		}
		return edgeSum - lambda * (pairs - edgesInside);
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
}
