package io.github.smm.io.coco;

import io.github.smm.io.FormatException;
import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

/**
 * COCO run-length encoding, compatible with pycocotools: a mask on an {@code h × w} image is
 * read in column-major (Fortran) order and written as alternating run lengths, starting with a
 * (possibly empty) background run. The compressed form is pycocotools' {@code rleToString}
 * text: each count (from the fourth on, minus the count two before it) in 5-bit groups, low
 * group first, one character {@code '0' + group} per group with bit {@code 0x20} marking
 * "more follows" and bit {@code 0x10} of the last group the sign.
 * <p>
 * Conversions touch only the mask's runs and its bounding box; no {@code h × w} array is
 * made. Counts are {@code long}s, so images above 2³² pixels encode without overflow.
 * </p>
 *
 * <pre>
 *   3×2 image     column-major      counts
 *   . #           . . # | # . .     [2, 2, 2]
 *   . .
 *   # .
 * </pre>
 */
public final class CocoRle
{
	private static final int MAX_GROUPS = 13;

	private CocoRle()
	{}

	/**
	 * The uncompressed counts of {@code mask} on a {@code height × width} image.
	 *
	 * @throws IllegalArgumentException when the mask is not inside the image
	 */
	public static long[] counts(final RleMask mask, final int height, final int width)
	{
		requireSize(height, width);
		if (mask.isEmpty())
			return new long[] { (long) height * width };
		final Box b = mask.box();
		if (b.minX < 0 || b.minY < 0 || b.maxX > width || b.maxY > height)
			throw new IllegalArgumentException("mask " + b + " is not inside the " + width + "x" + height + " image");
		return ColumnRuns.of(mask).toCounts(height, width);
	}

	/** The compressed counts string of {@code mask} on a {@code height × width} image. */
	public static String encode(final RleMask mask, final int height, final int width)
	{
		return compress(counts(mask, height, width));
	}

	/**
	 * The mask of uncompressed counts on a {@code height × width} image.
	 *
	 * @throws FormatException when a count is negative or the counts do not sum to
	 *             {@code height × width}
	 */
	public static RleMask decode(final long[] counts, final int height, final int width)
	{
		requireSize(height, width);
		long sum = 0;
		for (int i = 0; i < counts.length; i++)
		{
			if (counts[i] < 0)
				throw new FormatException("RLE count " + i + " is negative (" + counts[i] + ")");
			sum += counts[i];
		}
		final long total = (long) height * width;
		if (sum != total)
			throw new FormatException("RLE counts sum to " + sum + ", expected height x width = " + height + " x " + width + " = " + total);
		return ColumnRuns.ofCounts(counts, height).toMask();
	}

	/** The mask of a compressed counts string on a {@code height × width} image. */
	public static RleMask decode(final String compressed, final int height, final int width)
	{
		return decode(decompress(compressed), height, width);
	}

	/** pycocotools' {@code rleToString}: the compressed text of uncompressed counts. */
	public static String compress(final long[] counts)
	{
		final StringBuilder sb = new StringBuilder(counts.length * 2);
		for (int i = 0; i < counts.length; i++)
		{
			long x = counts[i];
			if (i > 2)
				x -= counts[i - 2];
			boolean more = true;
			while (more)
			{
				long c = x & 0x1f;
				x >>= 5;
				more = (c & 0x10) != 0 ? x != -1 : x != 0;
				if (more)
					c |= 0x20;
				sb.append((char) (c + 48));
			}
		}
		return sb.toString();
	}

	/**
	 * pycocotools' {@code rleFrString}: the uncompressed counts of a compressed string.
	 *
	 * @throws FormatException for a character outside {@code '0'..'o'}, a string that ends
	 *             inside a number, or a number of more than 60 bits
	 */
	public static long[] decompress(final String s)
	{
		final LongList counts = new LongList();
		int p = 0;
		while (p < s.length())
		{
			long x = 0;
			int k = 0;
			boolean more = true;
			while (more)
			{
				if (p >= s.length())
					throw new FormatException("compressed RLE counts end inside a number (truncated string of length " + s.length() + ")");
				final char ch = s.charAt(p);
				final int c = ch - 48;
				if (c < 0 || c > 63)
					throw new FormatException("bad character '" + ch + "' at position " + p + " of compressed RLE counts");
				if (k == MAX_GROUPS)
					throw new FormatException("number too large at position " + p + " of compressed RLE counts");
				x |= (long) (c & 0x1f) << 5 * k;
				more = (c & 0x20) != 0;
				p++;
				k++;
				if (!more && (c & 0x10) != 0 && 5 * k < Long.SIZE)
					x |= -1L << 5 * k;
			}
			final int m = counts.size();
			if (m > 2)
				x += counts.get(m - 2);
			counts.add(x);
		}
		return counts.toArray();
	}

	/** pycocotools' {@code area}: the number of foreground pixels. */
	public static long area(final long[] counts)
	{
		long a = 0;
		for (int i = 1; i < counts.length; i += 2)
			a += counts[i];
		return a;
	}

	/**
	 * pycocotools' {@code toBbox}: {@code [x, y, w, h]} of the foreground, all zeros when there
	 * is none. (pycocotools returns a nonsense box when every foreground run is empty; this
	 * returns zeros.)
	 */
	public static double[] bbox(final long[] counts, final int height, final int width)
	{
		long xs = width, ys = height, xe = 0, ye = 0, cc = 0;
		boolean any = false;
		final int m = counts.length / 2 * 2;
		for (int j = 0; j < m; j++)
		{
			final long start = cc;
			cc += counts[j];
			if (j % 2 == 0 || counts[j] == 0)
				continue;
			any = true;
			final long xStart = start / height, xEnd = (cc - 1) / height;
			xs = Math.min(xs, xStart);
			xe = Math.max(xe, xEnd);
			if (xStart < xEnd)
			{
				ys = 0;
				ye = height - 1;
			}
			else
			{
				ys = Math.min(ys, start % height);
				ye = Math.max(ye, (cc - 1) % height);
			}
		}
		if (!any)
			return new double[4];
		return new double[] { xs, ys, xe - xs + 1, ye - ys + 1 };
	}

	/** {@code [x, y, w, h]} of a mask, as pycocotools' {@code toBbox} gives it; zeros when empty. */
	public static double[] bbox(final RleMask mask)
	{
		if (mask.isEmpty())
			return new double[4];
		return new double[] { mask.minX(), mask.minY(), mask.width(), mask.height() };
	}

	private static void requireSize(final int height, final int width)
	{
		if (height < 0 || width < 0)
			throw new IllegalArgumentException("image size " + width + "x" + height + " is negative");
	}
}
