package io.github.smm.tune;

import java.util.Locale;

/** A continuous or integer parameter in {@code [low, high]}, optionally on a log scale. */
final class NumericParameter implements Parameter
{
	private final String key;
	private final double low, high;
	private final boolean log, integer;

	NumericParameter(final String key, final double low, final double high, final boolean log, final boolean integer)
	{
		if (!(Double.isFinite(low) && Double.isFinite(high) && low <= high))
			throw new IllegalArgumentException("parameter " + key + ": bounds " + low + ":" + high + " are not finite with low <= high");
		if (log && !(low > 0))
			throw new IllegalArgumentException("parameter " + key + ": a log scale needs bounds > 0, got " + low);
		this.key = key;
		this.low = low;
		this.high = high;
		this.log = log;
		this.integer = integer;
	}

	@Override
	public String key()
	{
		return key;
	}

	@Override
	public boolean categorical()
	{
		return false;
	}

	@Override
	public int choiceCount()
	{
		return 0;
	}

	double low()
	{
		return low;
	}

	double high()
	{
		return high;
	}

	@Override
	public String value(final double internal)
	{
		final double u = Math.max(0, Math.min(1, internal));
		final double v = log ? Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))) : low + u * (high - low);
		if (integer)
			return Long.toString(Math.max((long) low, Math.min((long) high, Math.round(v))));
		return format(Math.max(low, Math.min(high, v)));
	}

	/** Six significant digits: values a user can read and type, the same on every machine. */
	static String format(final double v)
	{
		final String s = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
		return s.equals("-0") ? "0" : s;
	}

	@Override
	public double internal(final String value)
	{
		final double v = Math.max(low, Math.min(high, Double.parseDouble(value.trim())));
		if (high == low)
			return 0.5;
		return log ? (Math.log(v) - Math.log(low)) / (Math.log(high) - Math.log(low)) : (v - low) / (high - low);
	}

	@Override
	public double plotValue(final String value)
	{
		return Double.parseDouble(value);
	}

	@Override
	public boolean logScale()
	{
		return log;
	}

	/** True when {@code value} lies within the bounds. */
	boolean contains(final String value)
	{
		final double v = Double.parseDouble(value.trim());
		return v >= low && v <= high;
	}

	@Override
	public String specification()
	{
		return key + "=" + (integer ? (long) low + ":" + (long) high + ":int" : format(low) + ":" + format(high) + (log ? ":log" : ""));
	}

	@Override
	public String toString()
	{
		return String.format(Locale.ROOT, "%s (%s)", specification(), integer ? "integer" : log ? "log scale" : "linear");
	}
}
