package io.github.smm.eval.coco;

/**
 * numpy's pairwise summation of float64 (blocks of 8 partial sums up to 128 values, halving
 * above), so means agree with {@code numpy.mean} to the last bit in the usual cases.
 */
final class PairwiseSum
{
	private static final int BLOCK = 128;

	private PairwiseSum()
	{}

	static double mean(final double[] v, final int n)
	{
		return (0.0 + sum(v, 0, n)) / n;
	}

	static double sum(final double[] v, final int from, final int n)
	{
		if (n < 8)
		{
			double s = 0;
			for (int i = 0; i < n; i++)
				s += v[from + i];
			return s;
		}
		if (n <= BLOCK)
		{
			final double[] r = new double[8];
			System.arraycopy(v, from, r, 0, 8);
			int i = 8;
			for (; i < n - n % 8; i += 8)
				for (int j = 0; j < 8; j++)
					r[j] += v[from + i + j];
			double s = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
			for (; i < n; i++)
				s += v[from + i];
			return s;
		}
		int half = n / 2;
		half -= half % 8;
		return sum(v, from, half) + sum(v, from + half, n - half);
	}
}
