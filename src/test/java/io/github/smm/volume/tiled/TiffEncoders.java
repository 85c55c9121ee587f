package io.github.smm.volume.tiled;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** TIFF encoders written from the TIFF 6.0 text for the tests, independent of the decoders under test. */
final class TiffEncoders
{
	private TiffEncoders()
	{
	}

	/** A PackBits encoder: repeats of 2 to 128 bytes, literals of up to 128, random no-op bytes (-128). */
	static byte[] packBits(final byte[] data, final Random random)
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		int i = 0;
		while (i < data.length)
		{
			if (random.nextInt(20) == 0)
				out.write(0x80);
			int run = 1;
			while (i + run < data.length && run < 128 && data[i + run] == data[i])
				run++;
			if (run >= 2)
			{
				out.write(1 - run);
				out.write(data[i]);
				i += run;
				continue;
			}
			int literal = 1;
			while (i + literal < data.length && literal < 128
					&& (i + literal + 1 >= data.length || data[i + literal] != data[i + literal + 1]))
				literal++;
			out.write(literal - 1);
			out.write(data, i, literal);
			i += literal;
		}
		return out.toByteArray();
	}

	/** A TIFF LZW encoder (MSB-first codes, 9 to 12 bits, early change, clear at 4094 entries). */
	static byte[] lzw(final byte[] data)
	{
		final Bits bits = new Bits();
		final Map<Long, Integer> table = new HashMap<>();
		int width = 9, next = 258;
		bits.put(256, width);
		if (data.length > 0)
		{
			int string = data[0] & 0xff;
			for (int i = 1; i < data.length; i++)
			{
				final int c = data[i] & 0xff;
				final Integer known = table.get((long) string << 8 | c);
				if (known != null)
				{
					string = known;
					continue;
				}
				bits.put(string, width);
				table.put((long) string << 8 | c, next++);
				if (next == 4094)
				{
					bits.put(256, width);
					table.clear();
					next = 258;
					width = 9;
				}
				else if (next >= 1 << width)
					width++;
				string = c;
			}
			bits.put(string, width);
			next++;
			if (next >= 1 << width && width < 12)
				width++;
		}
		bits.put(257, width);
		return bits.bytes();
	}

	static final class Bits
	{
		private final ByteArrayOutputStream out = new ByteArrayOutputStream();
		private long buffer;
		private int count;

		void put(final int code, final int width)
		{
			buffer = buffer << width | code;
			count += width;
			while (count >= 8)
			{
				out.write((int) (buffer >>> (count - 8)));
				count -= 8;
			}
		}

		byte[] bytes()
		{
			if (count > 0)
				out.write((int) (buffer << (8 - count)));
			count = 0;
			return out.toByteArray();
		}
	}

}
