package io.github.smm.volume.tiled;

import java.nio.ByteOrder;

import io.github.smm.io.FormatException;

/**
 * Decoders for the compressions of TIFF strips and tiles: LZW (5, with the "early change" code
 * width of TIFF 6.0), PackBits (32773) and the horizontal differencing predictor (2).
 * <p>
 * They live in the core and are written here rather than taken from {@code javax.imageio}: the
 * image-I/O readers hand back {@code java.awt} rasters, which the volume core must not import,
 * and both codecs are a few dozen lines. Each call decodes one strip or tile into an array of
 * exactly the expected size; a stream that ends early, holds an impossible code or decodes to
 * more bytes than the strip holds is an error naming {@code where} (file, page and strip/tile).
 * Memory: the output array plus, for LZW, a fixed 4096-entry code table (about 28 KB).
 */
final class TiffCodecs
{
	private static final int CLEAR = 256, END = 257, TABLE = 4096;

	private TiffCodecs()
	{
	}

	/** Decodes a PackBits stream {@code in} into all of {@code out}. */
	static void packBits(final byte[] in, final byte[] out, final String where)
	{
		int i = 0, o = 0;
		while (o < out.length)
		{
			if (i >= in.length)
				throw truncated(where, "PackBits", o, out.length);
			final int n = in[i++];
			if (n >= 0)
			{
				if (i + n + 1 > in.length)
					throw truncated(where, "PackBits", o, out.length);
				if (o + n + 1 > out.length)
					throw overrun(where, "PackBits", out.length);
				System.arraycopy(in, i, out, o, n + 1);
				i += n + 1;
				o += n + 1;
			}
			else if (n != -128)
			{
				if (i >= in.length)
					throw truncated(where, "PackBits", o, out.length);
				if (o + 1 - n > out.length)
					throw overrun(where, "PackBits", out.length);
				final byte v = in[i++];
				for (int k = 0; k < 1 - n; k++)
					out[o++] = v;
			}
		}
	}

	/** Decodes a TIFF LZW stream {@code in} into all of {@code out}. */
	static void lzw(final byte[] in, final byte[] out, final String where)
	{
		final short[] prefix = new short[TABLE];
		final byte[] suffix = new byte[TABLE];
		final byte[] first = new byte[TABLE];
		final short[] length = new short[TABLE];
		for (int c = 0; c < 256; c++)
		{
			suffix[c] = first[c] = (byte) c;
			length[c] = 1;
		}
		final long bits = 8L * in.length;
		long bit = 0;
		int width = 9, next = END + 1, previous = -1, o = 0;
		while (true)
		{
			if (bit + width > bits)
				break;
			int code = 0;
			for (int k = 0; k < width; k++, bit++)
				code = code << 1 | (in[(int) (bit >>> 3)] >>> (7 - (int) (bit & 7)) & 1);
			if (code == END)
				break;
			if (code == CLEAR)
			{
				width = 9;
				next = END + 1;
				previous = -1;
				continue;
			}
			if (previous < 0)
			{
				if (code > 255)
					throw new FormatException(where + ": LZW code " + code + " after a clear code (expected a literal below 256)");
				if (o >= out.length)
					throw overrun(where, "LZW", out.length);
				out[o++] = (byte) code;
				previous = code;
				continue;
			}
			if (code > next || next >= TABLE)
				throw new FormatException(where + ": LZW code " + code + " not in the table (next free code " + next + ")");
			final boolean known = code < next;
			final int string = known ? code : previous;
			final int n = length[string] + (known ? 0 : 1);
			if (o + n > out.length)
				throw overrun(where, "LZW", out.length);
			int at = o + length[string] - 1;
			for (int c = string; at >= o; c = prefix[c])
				out[at--] = suffix[c];
			if (!known)
				out[o + n - 1] = first[previous];
			o += n;
			prefix[next] = (short) previous;
			suffix[next] = first[code < next ? code : previous];
			first[next] = first[previous];
			length[next] = (short) (length[previous] + 1);
			next++;
			if (next >= (1 << width) - 1 && width < 12)
				width++;
			previous = code;
		}
		if (o < out.length)
			throw truncated(where, "LZW", o, out.length);
	}

	/**
	 * Undoes the horizontal differencing predictor (TIFF predictor 2) in place: each sample of a
	 * row is stored as the difference to its left neighbour, modulo its bit width.
	 */
	static void undoHorizontalDifferencing(final byte[] data, final int width, final int bytesPerSample, final ByteOrder order)
	{
		final int rowBytes = width * bytesPerSample;
		final boolean big = order == ByteOrder.BIG_ENDIAN;
		for (int row = 0; row + rowBytes <= data.length; row += rowBytes)
			if (bytesPerSample == 1)
			{
				for (int x = 1; x < width; x++)
					data[row + x] += data[row + x - 1];
			}
			else
			{
				long left = sample(data, row, bytesPerSample, big);
				for (int x = 1; x < width; x++)
				{
					final int at = row + x * bytesPerSample;
					left += sample(data, at, bytesPerSample, big);
					for (int k = 0; k < bytesPerSample; k++)
						data[at + (big ? bytesPerSample - 1 - k : k)] = (byte) (left >>> (8 * k));
				}
			}
	}

	private static long sample(final byte[] data, final int at, final int bytes, final boolean big)
	{
		long v = 0;
		for (int k = 0; k < bytes; k++)
			v |= (data[at + (big ? bytes - 1 - k : k)] & 0xffL) << (8 * k);
		return v;
	}

	private static FormatException truncated(final String where, final String codec, final int got, final int expected)
	{
		return new FormatException(where + ": " + codec + " data ends after " + got + " of " + expected + " bytes (truncated strip or wrong byte count)");
	}

	private static FormatException overrun(final String where, final String codec, final int expected)
	{
		return new FormatException(where + ": " + codec + " data decodes to more than the " + expected + " bytes of the strip (wrong strip size or corrupt data)");
	}
}
