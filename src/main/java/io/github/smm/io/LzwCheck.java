package io.github.smm.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Walks a TIFF LZW strip's codes (TIFF 6.0, section 13: codes of 9 to 12 bits, most significant
 * bit first, Clear 256, end 257, the code width growing one code early) without keeping the
 * pixels: only the length of each table entry. A code beyond the table, a table that
 * overflows without a Clear code, or data that ends before the strip's pixels are complete is
 * corrupt compressed data that a decoder would turn into an exception or a wrong image.
 */
final class LzwCheck
{
	private static final int CLEAR = 256, END = 257, FIRST = 258, TABLE = 4096;

	private final InputStream in;

	private int bits, held;

	private LzwCheck(final InputStream in)
	{
		this.in = in;
	}

	/**
	 * The number of bytes the strip decodes to, or the problem.
	 *
	 * @param in the strip's compressed bytes (exactly those)
	 * @throws CorruptData naming the code and where it is
	 */
	static long decodedLength(final InputStream in) throws IOException, CorruptData
	{
		return new LzwCheck(in).walk();
	}

	/** What is wrong with the compressed data. */
	static final class CorruptData extends Exception
	{
		private static final long serialVersionUID = 1L;

		CorruptData(final String message)
		{
			super(message);
		}
	}

	private long walk() throws IOException, CorruptData
	{
		final int[] length = new int[TABLE];
		int next = FIRST, width = 9, previous = -1;
		long out = 0, codes = 0;
		for (int code; (code = code(width)) >= 0; codes++)
		{
			if (code == CLEAR)
			{
				next = FIRST;
				width = 9;
				previous = -1;
				continue;
			}
			if (code == END)
				break;
			if (codes == 0)
				throw corrupt("does not start with the Clear code", codes);
			if (previous < 0)
			{
				if (code > 255)
					throw corrupt("code " + code + " follows a Clear code, where only a byte value (0..255) may", codes);
				out++;
				previous = code;
				continue;
			}
			if (code > next)
				throw corrupt("code " + code + " is beyond the table (next entry " + next + ")", codes);
			if (next >= TABLE)
				throw corrupt("the code table is full and no Clear code came", codes);
			final int previousLength = previous < FIRST ? 1 : length[previous];
			out += code < FIRST ? 1 : code == next ? previousLength + 1 : length[code];
			length[next++] = previousLength + 1;
			previous = code;
			if (next >= (1 << width) - 1 && width < 12)
				width++;
		}
		return out;
	}

	private static CorruptData corrupt(final String what, final long index)
	{
		return new CorruptData("LZW data: " + what + (index > 0 ? ", at code number " + (index + 1) : ""));
	}

	/** The next {@code width}-bit code, or -1 at the end of the data. */
	private int code(final int width) throws IOException
	{
		while (held < width)
		{
			final int b = in.read();
			if (b < 0)
				return -1;
			bits = bits << 8 | b;
			held += 8;
		}
		final int code = bits >>> held - width & (1 << width) - 1;
		held -= width;
		bits &= (1 << held) - 1;
		return code;
	}
}
