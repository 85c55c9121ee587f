package io.github.smm.vis;

import java.awt.Color;

/**
 * A perceptually ordered colour table for scores: violet, blue, teal, green, yellow.
 * Luminance rises strictly from the first entry to the last, so a higher score always reads
 * brighter, also in grey print and for colour-blind readers; the low end is a light enough
 * violet to stay visible on dark fluorescence images. Scores are mapped linearly from
 * {@code [min, max]} to the 256 entries and clamped outside it.
 */
public final class ScoreLut
{
	/** Number of entries. */
	public static final int SIZE = 256;

	/** Hand-picked anchors, evenly spaced; linear interpolation between them. */
	private static final int[][] ANCHORS = { { 96, 52, 204 }, { 60, 110, 212 }, { 30, 160, 170 }, { 80, 200, 110 }, { 190, 225, 60 }, { 253, 235, 50 } };

	private static final int[] TABLE = table();

	private final double min, max;

	/**
	 * @throws IllegalArgumentException when the bounds are not finite or {@code min >= max}
	 */
	public ScoreLut(final double min, final double max)
	{
		if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max)
			throw new IllegalArgumentException("score range [" + min + ", " + max + "] must be finite with min < max");
		this.min = min;
		this.max = max;
	}

	/** Scores in [0, 1]. */
	public static ScoreLut unit()
	{
		return new ScoreLut(0, 1);
	}

	public double min()
	{
		return min;
	}

	public double max()
	{
		return max;
	}

	/** The colour of {@code score}, opaque. */
	public Color color(final double score)
	{
		return new Color(TABLE[index(score)]);
	}

	/** The table entry of {@code score}: 0 at or below min, {@value #SIZE}-1 at or above max. */
	public int index(final double score)
	{
		final double t = (score - min) / (max - min);
		return (int) Math.max(0, Math.min(SIZE - 1, Math.floor(t * SIZE)));
	}

	/** Entry {@code i} as 0xRRGGBB. */
	public static int rgb(final int i)
	{
		return TABLE[i];
	}

	/**
	 * Linear interpolation between the anchors. Rounding to 8 bits can tie the luminance of
	 * neighbouring entries; there green (which weighs most) is raised one level.
	 */
	private static int[] table()
	{
		final int[] t = new int[SIZE];
		final int segments = ANCHORS.length - 1;
		for (int i = 0; i < SIZE; i++)
		{
			final double pos = i * (double) segments / (SIZE - 1);
			final int k = Math.min(segments - 1, (int) pos);
			final double f = pos - k;
			final int[] c = new int[3];
			for (int j = 0; j < 3; j++)
				c[j] = (int) Math.round(ANCHORS[k][j] + f * (ANCHORS[k + 1][j] - ANCHORS[k][j]));
			while (i > 0 && luminance(c[0], c[1], c[2]) <= luminance(t[i - 1] >> 16, t[i - 1] >> 8 & 0xff, t[i - 1] & 0xff))
				c[1]++;
			t[i] = c[0] << 16 | c[1] << 8 | c[2];
		}
		return t;
	}

	/** Relative luminance (Rec. 709 weights) of 8-bit components. */
	static double luminance(final int r, final int g, final int b)
	{
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	}
}
