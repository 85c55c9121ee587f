package io.github.smm.command.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the {@code iou_thresholds} text of the evaluation command: a range
 * {@code start:step:stop} (both ends included, e.g. {@code 0.5:0.05:0.95}) or a comma list
 * ({@code 0.5,0.75}). Decimal arithmetic keeps range values exact ({@code 0.5 + 9 × 0.05} is
 * {@code 0.95}, not {@code 0.9500000000000001}).
 */
public final class IouThresholds
{
	/** The most thresholds one evaluation may ask for. */
	public static final int MAX_COUNT = 1000;

	private IouThresholds()
	{}

	/**
	 * The thresholds of {@code text}, in the given order.
	 *
	 * @throws IllegalArgumentException naming the text and the bad item: not a number, a step
	 *             that is not positive, an empty range, a value outside {@code (0, 1]}, a
	 *             repeated value, or more than {@link #MAX_COUNT} values
	 */
	public static double[] parse(final String text)
	{
		final String s = text == null ? "" : text.trim();
		if (s.isEmpty())
			throw invalid(text, "no threshold given");
		final List<BigDecimal> values = s.contains(":") ? range(s) : list(s);
		final double[] out = new double[values.size()];
		for (int i = 0; i < out.length; i++)
		{
			out[i] = values.get(i).doubleValue();
			if (!(out[i] > 0 && out[i] <= 1))
				throw invalid(text, "threshold " + values.get(i) + " is not in (0, 1]");
			for (int j = 0; j < i; j++)
				if (out[j] == out[i])
					throw invalid(text, "threshold " + values.get(i) + " is given twice");
		}
		return out;
	}

	private static List<BigDecimal> range(final String s)
	{
		final String[] parts = s.split(":", -1);
		if (parts.length != 3)
			throw invalid(s, "a range needs exactly start:step:stop");
		final BigDecimal start = number(s, parts[0]), step = number(s, parts[1]), stop = number(s, parts[2]);
		if (step.signum() <= 0)
			throw invalid(s, "step " + step + " is not positive");
		if (start.compareTo(stop) > 0)
			throw invalid(s, "start " + start + " is above stop " + stop);
		final List<BigDecimal> out = new ArrayList<>();
		for (BigDecimal v = start; v.compareTo(stop) <= 0; v = v.add(step))
		{
			if (out.size() == MAX_COUNT)
				throw invalid(s, "more than " + MAX_COUNT + " thresholds");
			out.add(v);
		}
		return out;
	}

	private static List<BigDecimal> list(final String s)
	{
		final List<BigDecimal> out = new ArrayList<>();
		for (final String part : s.split(",", -1))
		{
			if (out.size() == MAX_COUNT)
				throw invalid(s, "more than " + MAX_COUNT + " thresholds");
			out.add(number(s, part));
		}
		return out;
	}

	private static BigDecimal number(final String text, final String part)
	{
		try
		{
			return new BigDecimal(part.trim());
		}
		catch (final NumberFormatException e)
		{
			throw invalid(text, "'" + part.trim() + "' is not a number");
		}
	}

	private static IllegalArgumentException invalid(final String text, final String why)
	{
		return new IllegalArgumentException("iou_thresholds '" + text + "': " + why);
	}
}
