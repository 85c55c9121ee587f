package io.github.smm.vis;

import java.awt.Color;

/**
 * Distinct colours keyed by a number (cluster id, class, tile), independent of the order in
 * which keys are met: the hue of key {@code k} is the fractional part of {@code k·φ}
 * (φ = golden ratio, computed exactly in 64-bit fixed point), so consecutive keys land far
 * apart on the colour wheel; saturation and brightness alternate in two steps to separate
 * keys whose hues happen to be close. Colours are bright enough to read on dark fluorescence
 * and on bright stained images.
 */
public final class Palette
{
	/** 2^64 / φ, the Fibonacci-hashing multiplier. */
	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	/** The colour of instances with no key (no tile, no cluster). */
	public static final Color NONE = new Color(160, 160, 160);

	private Palette()
	{}

	/** The colour of key {@code key}, opaque. */
	public static Color distinct(final long key)
	{
		final long h = key * GOLDEN;
		final float hue = (h >>> 40) / (float) (1 << 24);
		final float saturation = (key & 1) == 0 ? 0.85f : 0.6f;
		final float brightness = (key & 2) == 0 ? 1f : 0.85f;
		return new Color(Color.HSBtoRGB(hue, saturation, brightness));
	}

	/** {@code color} with alpha {@code opacity} in [0, 1]. */
	public static Color withOpacity(final Color color, final double opacity)
	{
		if (!(opacity >= 0 && opacity <= 1))
			throw new IllegalArgumentException("opacity " + opacity + " is not in [0, 1]");
		return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(opacity * 255));
	}
}
