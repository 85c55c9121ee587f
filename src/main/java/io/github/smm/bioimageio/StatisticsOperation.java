package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Steps that normalise by statistics: {@code zero_mean_unit_variance} (per sample, or with
 * fixed mean and std), {@code scale_range} (percentiles, optionally of a reference tensor) and
 * {@code scale_mean_variance} (to the mean and std of a reference tensor). Statistics are taken
 * over {@code axes} (all axes when none are given), one per combination of the other axes.
 */
final class StatisticsOperation extends Operation
{
	private enum Kind
	{
		ZERO_MEAN_UNIT_VARIANCE, SCALE_RANGE, SCALE_MEAN_VARIANCE
	}

	private final Kind kind;
	private final List<String> axes;
	private final double eps, low, high;
	private final String reference;

	private StatisticsOperation(final Kind kind, final String id, final String entry, final List<String> axes, final double eps, final double low, final double high,
			final String reference)
	{
		super(id, entry);
		this.kind = kind;
		this.axes = axes;
		this.eps = eps;
		this.low = low;
		this.high = high;
		this.reference = reference;
	}

	/** {@code (x − mean) / (std + eps)}. */
	static Operation zeroMeanUnitVariance(final String entry, final List<String> axes, final double eps)
	{
		return new StatisticsOperation(Kind.ZERO_MEAN_UNIT_VARIANCE, "zero_mean_unit_variance", entry, axes, eps, 0, 0, null);
	}

	/** {@code (x − lo) / (hi − lo + eps)}, lo and hi the percentiles of x (or of the reference tensor). */
	static Operation scaleRange(final String entry, final List<String> axes, final double minPercentile, final double maxPercentile, final double eps,
			final String reference)
	{
		return new StatisticsOperation(Kind.SCALE_RANGE, "scale_range", entry, axes, eps, minPercentile, maxPercentile, reference);
	}

	/** {@code (x − mean) / (std + eps) · (std_ref + eps) + mean_ref}. */
	static Operation scaleMeanVariance(final String entry, final List<String> axes, final double eps, final String reference)
	{
		return new StatisticsOperation(Kind.SCALE_MEAN_VARIANCE, "scale_mean_variance", entry, axes, eps, 0, 0, reference);
	}

	/** {@code (x − mean) / (std + eps)} with given mean and std (one, or one per index of an axis). */
	static Operation fixedZeroMeanUnitVariance(final String entry, final AxisValues mean, final AxisValues std, final double eps)
	{
		return PointwiseOperationFixed.of(entry, mean, std, eps);
	}

	@Override
	public boolean usesStatistics()
	{
		return true;
	}

	@Override
	Tensor apply(final Tensor t, final Tensor statistics, final Sample sample)
	{
		return frozen(statistics, sample).apply(t, t, sample);
	}

	/**
	 * This step with its statistics taken once from {@code statistics}: a fixed affine map per
	 * group, the same for every tensor it is then applied to (whole-image normalisation).
	 */
	Operation frozen(final Tensor statistics, final Sample sample)
	{
		final Collection<String> over = axes == null ? statistics.axes() : axes;
		final Tensor s = reference == null || kind == Kind.SCALE_MEAN_VARIANCE ? statistics : referenceStatistics(sample);
		final double[] shift, scale;
		if (kind == Kind.SCALE_RANGE)
		{
			final double[] lo = Statistics.percentile(s, over, low), hi = Statistics.percentile(s, over, high);
			shift = lo;
			scale = new double[lo.length];
			for (int g = 0; g < lo.length; g++)
				scale[g] = 1 / (hi[g] - lo[g] + eps);
		}
		else
		{
			shift = Statistics.mean(s, over);
			final double[] std = Statistics.std(s, over, shift);
			scale = new double[std.length];
			for (int g = 0; g < std.length; g++)
				scale[g] = 1 / (std[g] + eps);
		}
		final double[] mul = new double[shift.length], add = new double[shift.length];
		java.util.Arrays.fill(mul, 1);
		if (kind == Kind.SCALE_MEAN_VARIANCE)
		{
			final Tensor ref = referenceStatistics(sample);
			final double[] refMean = Statistics.mean(ref, over), refStd = Statistics.std(ref, over, refMean);
			if (refMean.length != shift.length)
				throw groupsError(ref, over, shift.length);
			for (int g = 0; g < mul.length; g++)
			{
				mul[g] = refStd[g] + eps;
				add[g] = refMean[g];
			}
		}
		return new GroupAffine(id(), entry(), axes, shift, scale, mul, add);
	}

	/** {@code (x − shift) · scale · mul + add}, one set of numbers per group of the tensor over {@code axes}. */
	private static final class GroupAffine extends Operation
	{
		private final List<String> axes;
		private final double[] shift, scale, mul, add;

		GroupAffine(final String id, final String entry, final List<String> axes, final double[] shift, final double[] scale, final double[] mul, final double[] add)
		{
			super(id, entry);
			this.axes = axes;
			this.shift = shift;
			this.scale = scale;
			this.mul = mul;
			this.add = add;
		}

		@Override
		public boolean usesStatistics()
		{
			return false;
		}

		@Override
		Tensor apply(final Tensor t, final Tensor statistics, final Sample sample)
		{
			final Collection<String> over = axes == null ? t.axes() : axes;
			if (t.groupCount(over) != shift.length)
				throw groupsError(t, over, shift.length, entry());
			final float[] d = t.data();
			if (shift.length == 1)
			{
				final double a = scale[0] * mul[0];
				for (int i = 0; i < d.length; i++)
					d[i] = (float) ((d[i] - shift[0]) * a + add[0]);
				return t;
			}
			final int[] group = t.groups(over);
			for (int i = 0; i < d.length; i++)
			{
				final int g = group[i];
				d[i] = (float) ((d[i] - shift[g]) * scale[g] * mul[g] + add[g]);
			}
			return t;
		}
	}

	private Tensor referenceStatistics(final Sample sample)
	{
		final Tensor raw = sample.input(reference);
		if (raw == null)
			throw new ModelPackageException("model", entry(), "reference_tensor '" + reference + "' is not an input of the model", "name an input tensor's id");
		return sample.statisticsOf(reference, raw);
	}

	private ModelPackageException groupsError(final Tensor t, final Collection<String> over, final int groups)
	{
		return groupsError(t, over, groups, entry());
	}

	private static ModelPackageException groupsError(final Tensor t, final Collection<String> over, final int groups, final String entry)
	{
		final List<String> kept = new ArrayList<>(t.axes());
		kept.removeAll(over);
		return new ModelPackageException("model", entry, "statistics over " + over + " give " + groups + " values, but " + t + " needs " + t.groupCount(over)
				+ " (one per " + kept + ")", "whole-image statistics need the statistics taken over the spatial axes; use normalization=per_tile");
	}
}
