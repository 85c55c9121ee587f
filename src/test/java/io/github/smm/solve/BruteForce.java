package io.github.smm.solve;

/**
 * The optimum of a small problem by trying every set partition, written independently of the
 * production solvers: a dense pair-gain matrix ({@code max(w − λ, −μ)} for candidate edges,
 * {@code max(−λ, −μ)} for the other pairs, μ the problem's chain cost) and restricted growth strings.
 */
final class BruteForce
{
	private BruteForce()
	{}

	/** The best objective over all partitions that respect every cannot-link. */
	static double optimum(final ClusteringProblem p)
	{
		final int n = p.size();
		final double[][] g = new double[n][n];
		for (final double[] row : g)
			java.util.Arrays.fill(row, Math.max(-p.lambda(), -p.chainCost()));
		final boolean[][] cannot = new boolean[n][n];
		for (int k = 0; k < p.edgeCount(); k++)
		{
			final int i = p.edgeI(k), j = p.edgeJ(k);
			g[i][j] = g[j][i] = Math.max(p.weight(k) - p.lambda(), -p.chainCost());
			cannot[i][j] = cannot[j][i] = p.weight(k) < p.gamma();
		}
		final int[] label = new int[n];
		double best = Double.NEGATIVE_INFINITY;
		while (true)
		{
			best = Math.max(best, score(label, g, cannot));
			if (!next(label))
				return best;
		}
	}

	private static double score(final int[] label, final double[][] g, final boolean[][] cannot)
	{
		double sum = 0;
		for (int i = 0; i < label.length; i++)
			for (int j = i + 1; j < label.length; j++)
				if (label[i] == label[j])
				{
					if (cannot[i][j])
						return Double.NEGATIVE_INFINITY;
					sum += g[i][j];
				}
		return sum;
	}

	/** Advances a restricted growth string (label[i] ≤ 1 + max of earlier labels); false after the last. */
	private static boolean next(final int[] label)
	{
		for (int i = label.length - 1; i > 0; i--)
		{
			int max = 0;
			for (int j = 0; j < i; j++)
				max = Math.max(max, label[j]);
			if (label[i] <= max)
			{
				label[i]++;
				for (int j = i + 1; j < label.length; j++)
					label[j] = 0;
				return true;
			}
		}
		return false;
	}
}
