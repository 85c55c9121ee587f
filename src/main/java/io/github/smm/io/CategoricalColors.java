package io.github.smm.io;

/**
 * A glasbey-like categorical palette, generated: colour 0 is black (the background of a label
 * image) and every next colour is, of a grid of 32 levels per RGB channel, the one farthest (in
 * CIELAB) from all colours chosen before, so neighbouring labels look different on a dark
 * background. Very dark candidates (L* &lt; 25) are left out, so no label vanishes into the
 * background. Deterministic; computed once.
 */
public final class CategoricalColors
{
	/** Colours in the palette (an 8-bit lookup table). */
	public static final int SIZE = 256;

	private static final int LEVELS = 32;

	private static final double MIN_LIGHTNESS = 25;

	private static volatile int[] palette;

	private CategoricalColors()
	{}

	/** The palette as packed {@code 0xRRGGBB} values; entry 0 is black. A copy. */
	public static int[] rgb()
	{
		return table().clone();
	}

	/** The colour of label {@code k} (entries 1..255 repeat for larger labels; 0 is black). */
	public static int of(final long k)
	{
		if (k <= 0)
			return 0;
		return table()[(int) ((k - 1) % (SIZE - 1)) + 1];
	}

	private static int[] table()
	{
		int[] p = palette;
		if (p == null)
			synchronized (CategoricalColors.class)
			{
				if (palette == null)
					palette = generate();
				p = palette;
			}
		return p;
	}

	private static int[] generate()
	{
		final int n = LEVELS * LEVELS * LEVELS;
		final double[][] lab = new double[n][];
		final int[] rgb = new int[n];
		final boolean[] usable = new boolean[n];
		for (int i = 0; i < n; i++)
		{
			final int r = level(i / (LEVELS * LEVELS)), g = level(i / LEVELS % LEVELS), b = level(i % LEVELS);
			rgb[i] = r << 16 | g << 8 | b;
			lab[i] = lab(r, g, b);
			usable[i] = lab[i][0] >= MIN_LIGHTNESS;
		}
		final double[] nearest = new double[n];
		java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
		final int[] out = new int[SIZE];
		update(nearest, lab, lab(0, 0, 0));
		for (int k = 1; k < SIZE; k++)
		{
			int best = -1;
			for (int i = 0; i < n; i++)
				if (usable[i] && (best < 0 || nearest[i] > nearest[best]))
					best = i;
			out[k] = rgb[best];
			usable[best] = false;
			update(nearest, lab, lab[best]);
		}
		return out;
	}

	private static int level(final int i)
	{
		return Math.round(i * 255f / (LEVELS - 1));
	}

	private static void update(final double[] nearest, final double[][] lab, final double[] c)
	{
		for (int i = 0; i < nearest.length; i++)
		{
			final double dl = lab[i][0] - c[0], da = lab[i][1] - c[1], db = lab[i][2] - c[2];
			nearest[i] = Math.min(nearest[i], dl * dl + da * da + db * db);
		}
	}

	/** sRGB (D65) to CIELAB. */
	static double[] lab(final int r, final int g, final int b)
	{
		final double rl = linear(r), gl = linear(g), bl = linear(b);
		final double x = (0.4124564 * rl + 0.3575761 * gl + 0.1804375 * bl) / 0.95047;
		final double y = 0.2126729 * rl + 0.7151522 * gl + 0.0721750 * bl;
		final double z = (0.0193339 * rl + 0.1191920 * gl + 0.9503041 * bl) / 1.08883;
		final double fx = f(x), fy = f(y), fz = f(z);
		return new double[] { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
	}

	private static double linear(final int c)
	{
		final double v = c / 255.0;
		return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
	}

	private static double f(final double t)
	{
		return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
	}
}
