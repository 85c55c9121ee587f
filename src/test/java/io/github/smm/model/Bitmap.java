package io.github.smm.model;

import java.util.Random;

/** A brute-force reference mask: one boolean per pixel of a small canvas at an origin. */
final class Bitmap
{
	final long x0, y0;
	final int w, h;
	final boolean[] bits;

	Bitmap(final long x0, final long y0, final int w, final int h)
	{
		this.x0 = x0;
		this.y0 = y0;
		this.w = w;
		this.h = h;
		bits = new boolean[w * h];
	}

	boolean get(final long x, final long y)
	{
		final long c = x - x0, r = y - y0;
		return c >= 0 && c < w && r >= 0 && r < h && bits[(int) (r * w + c)];
	}

	RleMask toMask()
	{
		return RleMask.fromBitmap(bits, w, h, x0, y0);
	}

	long area()
	{
		long a = 0;
		for (final boolean b : bits)
			if (b)
				a++;
		return a;
	}

	/**
	 * A random mask: blobs, noise, stripes, or empty, on a canvas near the origin (negative and
	 * large coordinates included).
	 */
	static Bitmap random(final Random rnd, final long base)
	{
		final int w = 1 + rnd.nextInt(14), h = 1 + rnd.nextInt(14);
		final Bitmap b = new Bitmap(base + rnd.nextInt(12) - 6, base + rnd.nextInt(12) - 6, w, h);
		final int kind = rnd.nextInt(4);
		final double cx = rnd.nextDouble() * w, cy = rnd.nextDouble() * h, r = 1 + rnd.nextDouble() * 6;
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
			{
				final boolean on;
				switch (kind)
				{
				case 0:
					on = (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
					break;
				case 1:
					on = rnd.nextDouble() < 0.4;
					break;
				case 2:
					on = (x + y) % 3 == 0 || rnd.nextDouble() < 0.1;
					break;
				default:
					on = rnd.nextDouble() < 0.03;
				}
				b.bits[y * w + x] = on;
			}
		return b;
	}
}
