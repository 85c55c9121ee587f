package io.github.smm.bioimageio;

import java.util.Arrays;
import java.util.Collection;

/**
 * Statistics of a tensor over some of its axes, one value per combination of the other axes
 * (see {@link Tensor#groups(Collection)}): mean, standard deviation (population, as NumPy's
 * default) and percentiles (linear interpolation between the closest ranks, as NumPy's
 * default).
 */
final class Statistics
{
	private Statistics()
	{}

	static double[] mean(final Tensor t, final Collection<String> axes)
	{
		if (t.groupCount(axes) == 1)
		{
			double sum = 0;
			for (final float v : t.data())
				sum += v;
			return new double[] { sum / t.data().length };
		}
		final int[] group = t.groups(axes);
		final double[] sum = new double[t.groupCount(axes)];
		final long[] n = new long[sum.length];
		final float[] d = t.data();
		for (int i = 0; i < d.length; i++)
		{
			sum[group[i]] += d[i];
			n[group[i]]++;
		}
		for (int g = 0; g < sum.length; g++)
			sum[g] /= n[g];
		return sum;
	}

	static double[] std(final Tensor t, final Collection<String> axes, final double[] mean)
	{
		if (mean.length == 1)
		{
			double sq = 0;
			for (final float v : t.data())
				sq += (v - mean[0]) * (v - mean[0]);
			return new double[] { Math.sqrt(sq / t.data().length) };
		}
		final int[] group = t.groups(axes);
		final double[] sq = new double[mean.length];
		final long[] n = new long[mean.length];
		final float[] d = t.data();
		for (int i = 0; i < d.length; i++)
		{
			final double e = d[i] - mean[group[i]];
			sq[group[i]] += e * e;
			n[group[i]]++;
		}
		for (int g = 0; g < sq.length; g++)
			sq[g] = Math.sqrt(sq[g] / n[g]);
		return sq;
	}

	/** The {@code percentile}-th percentile ({@code 0 … 100}) of every group. */
	static double[] percentile(final Tensor t, final Collection<String> axes, final double percentile)
	{
		final int[] group = t.groups(axes);
		final int groups = t.groupCount(axes);
		final float[][] values = new float[groups][];
		final int[] count = new int[groups];
		for (final int g : group)
			count[g]++;
		for (int g = 0; g < groups; g++)
			values[g] = new float[count[g]];
		Arrays.fill(count, 0);
		final float[] d = t.data();
		for (int i = 0; i < d.length; i++)
			values[group[i]][count[group[i]]++] = d[i];
		final double[] out = new double[groups];
		for (int g = 0; g < groups; g++)
			out[g] = percentileOf(values[g], percentile);
		return out;
	}

	/** NumPy's linear percentile of the values (sorted in place). */
	static double percentileOf(final float[] v, final double percentile)
	{
		Arrays.sort(v);
		final double pos = percentile / 100 * (v.length - 1);
		final int lo = (int) Math.floor(pos), hi = Math.min(lo + 1, v.length - 1);
		return v[lo] + (pos - lo) * ((double) v[hi] - v[lo]);
	}
}
