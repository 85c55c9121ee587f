package io.github.smm.bioimageio;

import java.util.Locale;

/**
 * Steps that change each value on its own: {@code ensure_dtype}, {@code scale_linear},
 * {@code clip}, {@code sigmoid}, {@code binarize}.
 */
final class PointwiseOperation extends Operation
{
	/** The value function of a step; {@code param} is the step's parameter at that element. */
	@FunctionalInterface
	interface Function
	{
		double at(double value, double param, double second);
	}

	private final Function f;
	private final AxisValues first, second;
	private final boolean identity;

	private PointwiseOperation(final String id, final String entry, final Function f, final AxisValues first, final AxisValues second)
	{
		super(id, entry);
		this.f = f;
		this.first = first;
		this.second = second;
		this.identity = false;
	}

	/** A step that leaves the values as they are (float32 data made float32). */
	private PointwiseOperation(final String id, final String entry)
	{
		super(id, entry);
		this.f = null;
		this.first = null;
		this.second = null;
		this.identity = true;
	}

	/** {@code gain · x + offset}. */
	static Operation scaleLinear(final String entry, final AxisValues gain, final AxisValues offset)
	{
		return new PointwiseOperation("scale_linear", entry, (x, g, o) -> g * x + o, gain, offset);
	}

	/** {@code min(max(x, min), max)}. */
	static Operation clip(final String entry, final double min, final double max)
	{
		return new PointwiseOperation("clip", entry, (x, lo, hi) -> Math.min(Math.max(x, lo), hi), AxisValues.scalar(min), AxisValues.scalar(max));
	}

	/** {@code 1 / (1 + e^−x)}. */
	static Operation sigmoid(final String entry)
	{
		return new PointwiseOperation("sigmoid", entry, (x, a, b) -> 1 / (1 + Math.exp(-x)), AxisValues.scalar(0), AxisValues.scalar(0));
	}

	/** 1 where {@code x > threshold}, else 0. */
	static Operation binarize(final String entry, final AxisValues threshold)
	{
		return new PointwiseOperation("binarize", entry, (x, t, b) -> x > t ? 1 : 0, threshold, AxisValues.scalar(0));
	}

	/**
	 * The values as the data type would hold them: floats unchanged (float64 values are kept as
	 * float32, the precision of this runner), integers rounded towards zero and clamped to the
	 * type's range, booleans 0 or 1.
	 */
	static Operation ensureDtype(final String entry, final String dtype, final String packageName)
	{
		final String d = dtype.toLowerCase(Locale.ROOT);
		if (d.equals("float32") || d.equals("float64"))
			return new PointwiseOperation("ensure_dtype", entry);
		if (d.equals("bool"))
			return new PointwiseOperation("ensure_dtype", entry, (x, a, b) -> x != 0 ? 1 : 0, AxisValues.scalar(0), AxisValues.scalar(0));
		final double[] range = integerRange(d);
		if (range == null)
			throw new ModelPackageException(packageName, entry, "unknown dtype '" + dtype + "'", "use float32, float64, bool, int8/16/32/64 or uint8/16/32/64");
		return new PointwiseOperation("ensure_dtype", entry, (x, lo, hi) -> Double.isNaN(x) ? 0 : Math.min(Math.max(x < 0 ? Math.ceil(x) : Math.floor(x), lo), hi),
				AxisValues.scalar(range[0]), AxisValues.scalar(range[1]));
	}

	private static double[] integerRange(final String d)
	{
		switch (d)
		{
		case "uint8":
			return new double[] { 0, 255 };
		case "uint16":
			return new double[] { 0, 65535 };
		case "uint32":
			return new double[] { 0, 4294967295.0 };
		case "uint64":
			return new double[] { 0, 18446744073709551615.0 };
		case "int8":
			return new double[] { -128, 127 };
		case "int16":
			return new double[] { -32768, 32767 };
		case "int32":
			return new double[] { Integer.MIN_VALUE, Integer.MAX_VALUE };
		case "int64":
			return new double[] { Long.MIN_VALUE, Long.MAX_VALUE };
		default:
			return null;
		}
	}

	@Override
	public boolean usesStatistics()
	{
		return false;
	}

	@Override
	Tensor apply(final Tensor t, final Tensor statistics, final Sample sample)
	{
		final float[] d = t.data();
		if (identity)
			return t;
		if (first.isScalar() && second.isScalar())
		{
			final double a = first.scalar(), b = second.scalar();
			for (int i = 0; i < d.length; i++)
				d[i] = (float) f.at(d[i], a, b);
			return t;
		}
		final double[] a = first.expand(t), b = second.expand(t);
		for (int i = 0; i < d.length; i++)
			d[i] = (float) f.at(d[i], a[i], b[i]);
		return t;
	}
}
