package io.github.smm;

import java.util.Locale;

/** Named parameter sets; see {@link MergeOptions#preset(Preset)} for their values. */
public enum Preset
{
	/** The defaults of the published reference: τd 15, τi 0.5, ρ 30, β 1/1/0.5, λ 1, γ 0.5, mean, IoU. */
	PAPER("paper"),
	/**
	 * Dense touching cells: window IoU carries the evidence, the distance term is small and the
	 * score term is off, so touching neighbours never reach λ while fragments of one cell do.
	 */
	MICROSCOPY("microscopy");

	private final String token;

	Preset(final String token)
	{
		this.token = token;
	}

	public String token()
	{
		return token;
	}

	public static Preset parse(final String token)
	{
		for (final Preset p : values())
			if (p.token.equals(token.trim().toLowerCase(Locale.ROOT)))
				return p;
		throw new InvalidOptionException("preset", "unknown preset '" + token + "' (expected paper or microscopy)");
	}
}
