package io.github.smm.bench;

/** How tile predictions deviate from the truth. */
public enum Perturbation
{
	/** Every tile predicts the exact truth clipped to the tile, with a random score in [0.5, 1]. */
	NONE("none"),
	/**
	 * Realistic errors on top of {@link #NONE}: border arcs grown or shrunk by a pixel, 3 % of
	 * predictions dropped, 3 % duplicated as a slightly eroded copy from the same tile, and
	 * Gaussian score noise.
	 */
	REALISTIC("realistic"),
	/**
	 * Controlled damage at the rates of a {@link Damage} (by default: jitter, 5 % fragments, 5 %
	 * duplicates, 5 % merged neighbours, 3 % missed, score noise 0.1): what a real model's
	 * predictions look like, with merged neighbours that chain fragments of several objects.
	 */
	DAMAGED("damaged");

	private final String token;

	Perturbation(final String token)
	{
		this.token = token;
	}

	/** The command-line token. */
	public String token()
	{
		return token;
	}

	/**
	 * @throws IllegalArgumentException listing the valid tokens
	 */
	public static Perturbation parse(final String token)
	{
		for (final Perturbation p : values())
			if (p.token.equals(token))
				return p;
		throw new IllegalArgumentException("unknown perturbation '" + token + "' (expected none, realistic or damaged)");
	}
}
