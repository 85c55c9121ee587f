package io.github.smm.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random clustering problems for property tests, reproducible from a seed. */
final class RandomProblems
{
	private RandomProblems()
	{}

	/**
	 * {@code n} vertices, each pair an edge with probability {@code density}, weights uniform in
	 * {@code [0, 2.5)} with {@code λ = 1}, {@code γ = 0.5}: some edges repel, some attract, about
	 * one in five is a cannot-link.
	 */
	static ClusteringProblem uniform(final Random r, final int n, final double density)
	{
		return uniform(r, n, density, 0, 2.5, 1.0, 0.5);
	}

	/** As {@link #uniform(Random, int, double)} with the weight range, {@code λ} and {@code γ} given. */
	static ClusteringProblem uniform(final Random r, final int n, final double density, final double wMin, final double wMax, final double lambda, final double gamma)
	{
		final List<double[]> edges = new ArrayList<>();
		for (int i = 0; i < n; i++)
			for (int j = i + 1; j < n; j++)
				if (r.nextDouble() < density)
					edges.add(new double[] { i, j, wMin + (wMax - wMin) * r.nextDouble() });
		return of(n, edges, lambda, gamma);
	}

	/**
	 * Many small groups (sizes 1 to {@code maxGroup}) laid out one after another, with random
	 * weights inside each group and a few weak (non-attracting) edges between neighbouring groups.
	 */
	static ClusteringProblem smallGroups(final Random r, final int n, final int maxGroup)
	{
		final List<double[]> edges = new ArrayList<>();
		for (int start = 0; start < n;)
		{
			final int size = Math.min(n - start, 1 + r.nextInt(maxGroup));
			for (int i = start; i < start + size; i++)
				for (int j = i + 1; j < start + size; j++)
					if (r.nextDouble() < 0.7)
						edges.add(new double[] { i, j, 0.3 + 2.2 * r.nextDouble() });
			if (start + size < n && r.nextDouble() < 0.3)
				edges.add(new double[] { start, start + size, 0.5 * r.nextDouble() });
			start += size;
		}
		return of(n, edges, 1.0, 0.5);
	}

	/**
	 * Points scattered uniformly in a square so that each has about {@code neighbours} others within
	 * distance 1; those pairs are edges with weight {@code 2(1 − d) + 0.6u}, u uniform: mostly one
	 * large chained component, like touching cells in dense tissue.
	 */
	static ClusteringProblem geometric(final Random r, final int n, final double neighbours)
	{
		final double side = Math.sqrt(n * Math.PI / neighbours);
		final double[] x = new double[n], y = new double[n];
		for (int i = 0; i < n; i++)
		{
			x[i] = side * r.nextDouble();
			y[i] = side * r.nextDouble();
		}
		final List<double[]> edges = new ArrayList<>();
		for (int i = 0; i < n; i++)
			for (int j = i + 1; j < n; j++)
			{
				final double d = Math.hypot(x[i] - x[j], y[i] - y[j]);
				if (d < 1)
					edges.add(new double[] { i, j, 2 * (1 - d) + 0.6 * r.nextDouble() });
			}
		return of(n, edges, 1.0, 0.5);
	}

	static ClusteringProblem of(final int n, final List<double[]> edges, final double lambda, final double gamma)
	{
		final int m = edges.size();
		final int[] ei = new int[m], ej = new int[m];
		final double[] w = new double[m];
		for (int k = 0; k < m; k++)
		{
			ei[k] = (int) edges.get(k)[0];
			ej[k] = (int) edges.get(k)[1];
			w[k] = edges.get(k)[2];
		}
		return new ClusteringProblem(n, ei, ej, w, lambda, gamma);
	}
}
