package io.github.smm.volume.tiled;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import io.github.smm.io.FormatException;

/**
 * Decoders for the compressions of TIFF strips and tiles: LZW (5, with the "early change" code
 * width of TIFF 6.0), PackBits (32773), Deflate (8 and 32946: zlib streams, decoded by
 * {@link Inflater}) and the horizontal differencing predictor (2).
 * <p>
 * They live in the core and are written here rather than taken from {@code javax.imageio}: the
 * image-I/O readers hand back {@code java.awt} rasters, which the volume core must not import,
 * and both codecs are a few dozen lines. Each call decodes one strip or tile into an array of
 * exactly the expected size; a stream that ends early, holds an impossible code or decodes to
 * more bytes than the strip holds is an error naming {@code where} (file, page and strip/tile).
 * Memory: the output array plus, for LZW, a fixed 4096-entry code table (about 28 KB).
 * <p>
 * The encoders ({@link #lzwEncode}, {@link #packBitsEncode}, {@link #deflate},
 * {@link #applyHorizontalDifferencing}) serve {@link CompressedTiffStackWriter}; the tests check
 * the decoders against encoders of their own, and ImageJ and libtiff's {@code tiffcp} files.
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

	/** Decodes a zlib (Deflate) stream {@code in} into all of {@code out}. */
	static void inflate(final byte[] in, final byte[] out, final String where)
	{
		final Inflater inflater = new Inflater();
		try
		{
			inflater.setInput(in);
			int o = 0;
			while (o < out.length)
			{
				final int n = inflater.inflate(out, o, out.length - o);
				if (n == 0 && (inflater.finished() || inflater.needsInput()))
					throw truncated(where, "Deflate", o, out.length);
				if (n == 0 && inflater.needsDictionary())
					throw new FormatException(where + ": Deflate data needs a preset dictionary, which TIFF does not use (corrupt data)");
				o += n;
			}
			if (!inflater.finished() && inflater.inflate(new byte[1]) > 0)
				throw overrun(where, "Deflate", out.length);
		}
		catch (final DataFormatException e)
		{
			throw new FormatException(where + ": corrupt Deflate data (" + e.getMessage() + ")");
		}
		finally
		{
			inflater.end();
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

	/** Applies the horizontal differencing predictor in place (the inverse of {@link #undoHorizontalDifferencing}). */
	static void applyHorizontalDifferencing(final byte[] data, final int width, final int bytesPerSample, final ByteOrder order)
	{
		final int rowBytes = width * bytesPerSample;
		final boolean big = order == ByteOrder.BIG_ENDIAN;
		for (int row = 0; row + rowBytes <= data.length; row += rowBytes)
			for (int x = width - 1; x >= 1; x--)
			{
				final int at = row + x * bytesPerSample;
				final long d = sample(data, at, bytesPerSample, big) - sample(data, at - bytesPerSample, bytesPerSample, big);
				for (int k = 0; k < bytesPerSample; k++)
					data[at + (big ? bytesPerSample - 1 - k : k)] = (byte) (d >>> (8 * k));
			}
	}

	/** A TIFF LZW stream of {@code data}: MSB-first codes of 9 to 12 bits with early change, a Clear code first and when the table is full. */
	static byte[] lzwEncode(final byte[] data)
	{
		final int slots = 1 << 13;
		final int[] keys = new int[slots], codes = new int[slots];
		final Bits out = new Bits(data.length / 2 + 16);
		int width = 9, next = END + 1;
		out.put(CLEAR, width);
		if (data.length > 0)
		{
			Arrays.fill(keys, -1);
			int string = data[0] & 0xff;
			for (int i = 1; i < data.length; i++)
			{
				final int c = data[i] & 0xff, key = string << 8 | c;
				int h = (key * 0x9E3779B1) >>> 19;
				while (keys[h] != -1 && keys[h] != key)
					h = (h + 1) & (slots - 1);
				if (keys[h] == key)
				{
					string = codes[h];
					continue;
				}
				out.put(string, width);
				keys[h] = key;
				codes[h] = next++;
				if (next == TABLE - 2)
				{
					out.put(CLEAR, width);
					Arrays.fill(keys, -1);
					next = END + 1;
					width = 9;
				}
				else if (next >= 1 << width)
					width++;
				string = c;
			}
			out.put(string, width);
			next++;
			if (next >= 1 << width && width < 12)
				width++;
		}
		out.put(END, width);
		return out.bytes();
	}

	/** PackBits of {@code data}, each row of {@code rowBytes} packed on its own as TIFF asks: runs of 3 to 128 equal bytes, literals of up to 128. */
	static byte[] packBitsEncode(final byte[] data, final int rowBytes)
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 16);
		for (int row = 0; row < data.length; row += rowBytes)
		{
			final int end = Math.min(data.length, row + rowBytes);
			int i = row;
			while (i < end)
			{
				int run = 1;
				while (i + run < end && run < 128 && data[i + run] == data[i])
					run++;
				if (run >= 3)
				{
					out.write(1 - run);
					out.write(data[i]);
					i += run;
					continue;
				}
				int literal = run;
				while (i + literal < end && literal < 128 && !(i + literal + 2 < end && data[i + literal] == data[i + literal + 1] && data[i + literal] == data[i + literal + 2]))
					literal++;
				out.write(literal - 1);
				out.write(data, i, literal);
				i += literal;
			}
		}
		return out.toByteArray();
	}

	/** A zlib stream of {@code data} (TIFF compression 8). */
	static byte[] deflate(final byte[] data)
	{
		final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
		try
		{
			deflater.setInput(data);
			deflater.finish();
			final ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
			final byte[] buffer = new byte[1 << 16];
			while (!deflater.finished())
				out.write(buffer, 0, deflater.deflate(buffer));
			return out.toByteArray();
		}
		finally
		{
			deflater.end();
		}
	}

	/** Codes packed most significant bit first. */
	private static final class Bits
	{
		private byte[] out;
		private int size, count;
		private long buffer;

		Bits(final int capacity)
		{
			out = new byte[Math.max(16, capacity)];
		}

		void put(final int code, final int width)
		{
			buffer = buffer << width | code;
			count += width;
			while (count >= 8)
			{
				if (size == out.length)
					out = Arrays.copyOf(out, 2 * size);
				out[size++] = (byte) (buffer >>> (count - 8));
				count -= 8;
			}
		}

		byte[] bytes()
		{
			if (count > 0)
				put(0, 8 - count);
			return Arrays.copyOf(out, size);
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
