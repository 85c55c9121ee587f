package io.github.smm.fuse;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.github.smm.model.Instance;

/** How a cluster's score is made from its members' scores. */
public enum ScoreAggregation
{
	/** The highest member score. */
	MAX("max"),
	/** The mean member score (the published reference). */
	MEAN("mean"),
	/** The mean member score weighted by member area. */
	AREA_WEIGHTED("area_weighted");

	private final String token;

	ScoreAggregation(final String token)
	{
		this.token = token;
	}

	public String token()
	{
		return token;
	}

	/** The aggregated score of a non-empty cluster. */
	public double aggregate(final List<Instance> members)
	{
		return aggregate(members, Instance::score, Instance::area);
	}

	/**
	 * The aggregated score of a non-empty cluster of any kind of member, {@code size} weighting
	 * {@link #AREA_WEIGHTED} (area in 2D, volume in 3D).
	 */
	public <T> double aggregate(final List<T> members, final ToDoubleFunction<T> score, final ToDoubleFunction<T> size)
	{
		double max = 0, sum = 0, weighted = 0, total = 0;
		for (final T m : members)
		{
			final double s = score.applyAsDouble(m), w = size.applyAsDouble(m);
			max = Math.max(max, s);
			sum += s;
			weighted += s * w;
			total += w;
		}
		switch (this)
		{
		case MAX:
			return max;
		case MEAN:
			return sum / members.size();
		default:
			return weighted / total;
		}
	}

	/** Parses a token ({@code max}, {@code mean}, {@code area_weighted}). */
	public static ScoreAggregation parse(final String token)
	{
		for (final ScoreAggregation a : values())
			if (a.token.equals(token.trim().toLowerCase(Locale.ROOT)))
				return a;
		throw new IllegalArgumentException("unknown score aggregation '" + token + "' (expected max, mean or area_weighted)");
	}
}
