package io.github.smm.bioimageio;

/** {@code fixed_zero_mean_unit_variance}: {@code (x − mean) / (std + eps)} with given mean and std. */
final class PointwiseOperationFixed extends Operation
{
	private final AxisValues mean, std;
	private final double eps;

	private PointwiseOperationFixed(final String entry, final AxisValues mean, final AxisValues std, final double eps)
	{
		super("fixed_zero_mean_unit_variance", entry);
		this.mean = mean;
		this.std = std;
		this.eps = eps;
	}

	static Operation of(final String entry, final AxisValues mean, final AxisValues std, final double eps)
	{
		return new PointwiseOperationFixed(entry, mean, std, eps);
	}

	@Override
	public boolean usesStatistics()
	{
		return false;
	}

	@Override
	Tensor apply(final Tensor t, final Tensor statistics, final Sample sample)
	{
		final double[] m = mean.expand(t), s = std.expand(t);
		final float[] d = t.data();
		for (int i = 0; i < d.length; i++)
			d[i] = (float) ((d[i] - m[i]) / (s[i] + eps));
		return t;
	}
}
