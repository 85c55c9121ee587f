package io.github.smm.eval;

import java.util.Arrays;

/**
 * Options of {@link Matching}: the IoU thresholds and whether only objects of the same class
 * may match. Immutable; {@code with…} methods return modified copies.
 */
public final class MatchingOptions
{
	private static final double[] DEFAULT_THRESHOLDS = { 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95 };

	private final double[] thresholds;
	private final boolean classAware;

	private MatchingOptions(final double[] thresholds, final boolean classAware)
	{
		this.thresholds = thresholds;
		this.classAware = classAware;
	}

	/** Thresholds 0.50:0.05:0.95, class-agnostic (as StarDist and Cellpose). */
	public static MatchingOptions defaults()
	{
		return new MatchingOptions(DEFAULT_THRESHOLDS.clone(), false);
	}

	/**
	 * A copy with other IoU thresholds, kept in the given order. A pair may match at threshold
	 * {@code t} when its IoU ≥ {@code t}.
	 *
	 * @throws IllegalArgumentException when there is no threshold, or one is not in
	 *             {@code (0, 1]} or repeated (naming it)
	 */
	public MatchingOptions withThresholds(final double... newThresholds)
	{
		if (newThresholds == null || newThresholds.length == 0)
			throw new IllegalArgumentException("at least one IoU threshold is needed");
		for (int i = 0; i < newThresholds.length; i++)
		{
			final double t = newThresholds[i];
			if (!(t > 0 && t <= 1))
				throw new IllegalArgumentException("IoU threshold " + t + " (index " + i + ") is not in (0, 1]");
			for (int j = 0; j < i; j++)
				if (newThresholds[j] == t)
					throw new IllegalArgumentException("IoU threshold " + t + " is given twice (indices " + j + " and " + i + ")");
		}
		return new MatchingOptions(newThresholds.clone(), classAware);
	}

	/**
	 * A copy where only a prediction and a ground-truth object of the same
	 * {@link io.github.smm.model.Instance#classId() class} may match ({@code true}), or any two
	 * objects ({@code false}).
	 */
	public MatchingOptions withClassAware(final boolean aware)
	{
		return new MatchingOptions(thresholds, aware);
	}

	/** The IoU thresholds (a copy). */
	public double[] thresholds()
	{
		return thresholds.clone();
	}

	public boolean classAware()
	{
		return classAware;
	}

	@Override
	public String toString()
	{
		return "MatchingOptions thresholds=" + Arrays.toString(thresholds) + " classAware=" + classAware;
	}
}
