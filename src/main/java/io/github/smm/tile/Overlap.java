package io.github.smm.tile;

import java.util.Locale;

import io.github.smm.InvalidOptionException;

/**
 * How much neighbouring tiles share: a number of pixels, or a ratio of the tile size
 * ({@code floor(ratio · tile size)} pixels, as SAHI's overlap ratios).
 */
public final class Overlap
{
	private final int pixels;
	private final double ratio;

	private Overlap(final int pixels, final double ratio)
	{
		this.pixels = pixels;
		this.ratio = ratio;
	}

	/** An overlap of {@code pixels} pixels (≥ 0). */
	public static Overlap pixels(final int pixels)
	{
		if (pixels < 0)
			throw new InvalidOptionException("overlap", "must be >= 0 pixels, got " + pixels);
		return new Overlap(pixels, Double.NaN);
	}

	/** An overlap of {@code ratio} (in {@code [0, 1)}) of the tile size. */
	public static Overlap ratio(final double ratio)
	{
		if (!(ratio >= 0 && ratio < 1))
			throw new InvalidOptionException("overlap_ratio", "must be in [0, 1), got " + ratio);
		return new Overlap(-1, ratio);
	}

	/**
	 * The overlap a user types: below 1 a ratio of the tile size, from 1 on a number of pixels
	 * (rounded), as the commands' {@code overlap} key.
	 */
	public static Overlap of(final double value)
	{
		if (!(value >= 0 && value < Integer.MAX_VALUE))
			throw new InvalidOptionException("overlap", "must be a ratio in [0, 1) or a number of pixels >= 1, got " + value);
		return value < 1 ? ratio(value) : pixels((int) Math.round(value));
	}

	/** True when given as a ratio. */
	public boolean isRatio()
	{
		return pixels < 0;
	}

	/** The overlap in pixels for tiles of {@code tileSize} pixels along one axis. */
	public int pixelsFor(final int tileSize)
	{
		// the tiny slack keeps e.g. 0.29 · 100 at 29 despite its binary rounding to 28.999…
		return isRatio() ? (int) Math.floor(ratio * tileSize + 1e-9) : pixels;
	}

	@Override
	public String toString()
	{
		return isRatio() ? String.format(Locale.ROOT, "%s of the tile", ratio) : pixels + " px";
	}
}
