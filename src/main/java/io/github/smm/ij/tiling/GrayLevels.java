package io.github.smm.ij.tiling;

import ij.process.AutoThresholder;

/**
 * Threshold levels of gray values, shared by the tile sources and the threshold segmenter.
 * NaN pixels (no data in a float image) are ignored; values that are all equal (a blank image
 * or tile) have no threshold that separates anything.
 */
final class GrayLevels
{
	private GrayLevels()
	{}

	/**
	 * Otsu's threshold of {@code values}, in pixel units: objects brighter than it (or, for dark
	 * objects, darker) are foreground. From a 256-bin histogram over the values' range (bin
	 * edges on whole values for 8-bit data: whole numbers in 0..255, whatever the pixel type).
	 * For blank values (all equal, or all NaN) the level is that value (0 if all NaN), so that
	 * no pixel is brighter or darker than it: a blank image holds no object.
	 */
	static double otsu(final float[] values)
	{
		final Range range = Range.of(values);
		if (range.blank())
			return range.empty() ? 0 : range.min;
		final boolean eightBit = range.eightBit();
		final double lo = eightBit ? 0 : range.min, bin = eightBit ? 1 : ((double) range.max - range.min) / 256.0;
		final int[] histogram = new int[256];
		for (final float v : values)
			if (!Float.isNaN(v))
				histogram[Math.min(255, Math.max(0, (int) ((v - lo) / bin)))]++;
		final int t = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, histogram);
		return lo + (t + 1) * bin - (eightBit ? 0.5 : 0);
	}

	/** Whether every non-NaN value of {@code values} is the same (or there is none). */
	static boolean blank(final float[] values)
	{
		return Range.of(values).blank();
	}

	/** Whether the values are 8-bit data: whole numbers in 0..255. */
	static boolean eightBit(final float[] values)
	{
		return Range.of(values).eightBit();
	}

	/** Smallest and largest non-NaN value, and whether all are whole numbers. */
	private static final class Range
	{
		float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;

		boolean whole = true;

		static Range of(final float[] values)
		{
			final Range r = new Range();
			for (final float v : values)
				if (!Float.isNaN(v))
				{
					r.min = Math.min(r.min, v);
					r.max = Math.max(r.max, v);
					r.whole &= v == Math.rint(v);
				}
			return r;
		}

		boolean empty()
		{
			return min > max;
		}

		boolean blank()
		{
			return empty() || min == max;
		}

		boolean eightBit()
		{
			return whole && min >= 0 && max <= 255;
		}
	}
}
