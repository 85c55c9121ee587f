package io.github.smm.bench;

import java.util.Locale;

/**
 * The rates of the controlled prediction errors of {@link Perturbation#DAMAGED}, each per tile
 * prediction: {@code jitter} (border arcs grown or shrunk by a pixel, as
 * {@link Perturbation#REALISTIC}), {@code fragments} (the prediction comes back as two pieces cut
 * along a random line), {@code duplicates} (an extra eroded copy from the same tile),
 * {@code merges} (the object and a touching neighbour come back as one prediction),
 * {@code missed} (the prediction is dropped), and {@code score_noise} (standard deviation of
 * Gaussian noise on the score). Parsed from {@code key=value,…}; keys not given keep
 * {@link #defaults()}.
 */
public final class Damage
{
	/** The keys of {@link #parse(String)}. */
	public static final String KEYS = "jitter, fragments, duplicates, merges, missed, score_noise";

	final double jitter, fragments, duplicates, merges, missed, scoreNoise;

	private Damage(final double jitter, final double fragments, final double duplicates, final double merges, final double missed, final double scoreNoise)
	{
		this.jitter = jitter;
		this.fragments = fragments;
		this.duplicates = duplicates;
		this.merges = merges;
		this.missed = missed;
		this.scoreNoise = scoreNoise;
	}

	/** Jitter on every prediction, 5 % fragments, 5 % duplicates, 5 % merged neighbours, 3 % missed, score noise 0.1. */
	public static Damage defaults()
	{
		return new Damage(1, 0.05, 0.05, 0.05, 0.03, 0.1);
	}

	/**
	 * {@link #defaults()} with the rates given as {@code key=value,…} (rates in {@code [0, 1]},
	 * {@code score_noise ≥ 0}).
	 *
	 * @throws IllegalArgumentException naming an unknown key or a value out of range
	 */
	public static Damage parse(final String spec)
	{
		double jitter = 1, fragments = 0.05, duplicates = 0.05, merges = 0.05, missed = 0.03, noise = 0.1;
		for (final String part : spec.split(","))
		{
			if (part.trim().isEmpty())
				continue;
			final int eq = part.indexOf('=');
			if (eq < 0)
				throw new IllegalArgumentException("'" + part.trim() + "' is not key=value (keys: " + KEYS + ")");
			final String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
			final double v = number(key, part.substring(eq + 1).trim());
			if (key.equals("score_noise"))
			{
				if (!(v >= 0 && v <= 10))
					throw new IllegalArgumentException("score_noise " + v + " is not in [0, 10]");
				noise = v;
				continue;
			}
			if (!(v >= 0 && v <= 1))
				throw new IllegalArgumentException(key + " " + v + " is not a rate in [0, 1]");
			switch (key)
			{
			case "jitter":
				jitter = v;
				break;
			case "fragments":
				fragments = v;
				break;
			case "duplicates":
				duplicates = v;
				break;
			case "merges":
				merges = v;
				break;
			case "missed":
				missed = v;
				break;
			default:
				throw new IllegalArgumentException("unknown damage '" + key + "' (keys: " + KEYS + ")");
			}
		}
		return new Damage(jitter, fragments, duplicates, merges, missed, noise);
	}

	private static double number(final String key, final String value)
	{
		try
		{
			return Double.parseDouble(value);
		}
		catch (final NumberFormatException e)
		{
			throw new IllegalArgumentException(key + ": '" + value + "' is not a number");
		}
	}

	/** The canonical {@code key=value,…} form. */
	public String token()
	{
		return String.format(Locale.ROOT, "jitter=%s,fragments=%s,duplicates=%s,merges=%s,missed=%s,score_noise=%s", jitter, fragments, duplicates, merges, missed, scoreNoise);
	}

	@Override
	public String toString()
	{
		return token();
	}
}
