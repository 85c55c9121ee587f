package io.github.smm.ij.tiling;

import ij.process.AutoThresholder;

/** Threshold levels of gray values, shared by the tile sources. */
final class GrayLevels
{
	private GrayLevels()
	{}

	/**
	 * Otsu's threshold of {@code values}, in pixel units: objects brighter than it (or, for dark
	 * objects, not brighter) are foreground. From a 256-bin histogram over the values' range
	 * (bin edges on whole values for 8-bit data).
	 */
	static double otsu(final float[] values)
	{
		float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
		for (final float v : values)
		{
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		final boolean eightBit = min >= 0 && max <= 255;
		final double lo = eightBit ? 0 : min, bin = eightBit ? 1 : (max - min) / 256.0;
		final int[] histogram = new int[256];
		for (final float v : values)
			histogram[Math.min(255, Math.max(0, (int) ((v - lo) / bin)))]++;
		final int t = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, histogram);
		return lo + (t + 1) * bin - (eightBit ? 0.5 : 0);
	}
}
