package io.github.smm.volume.tiled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.io.FormatException;

/** The LZW, PackBits and Deflate decoders against encoders written for the tests from the TIFF 6.0 text ({@link TiffEncoders}) and {@code java.util.zip}. */
class TiffCodecsTest
{
	private static final String WHERE = "s.tif page 3 strip 2";

	@Test
	void packBitsDecodesTheExampleOfTheTiffSpecification()
	{
		final byte[] packed = bytes(0xFE, 0xAA, 0x02, 0x80, 0x00, 0x2A, 0xFD, 0xAA, 0x03, 0x80, 0x00, 0x2A, 0x22, 0xF7, 0xAA);
		final byte[] expected = bytes(0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0xAA, 0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0x22,
				0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA);
		final byte[] out = new byte[expected.length];
		TiffCodecs.packBits(packed, out, WHERE);
		assertArrayEquals(expected, out);
	}

	@Test
	void packBitsRoundTripsRandomData()
	{
		final Random random = new Random(14);
		for (int trial = 0; trial < 300; trial++)
		{
			final byte[] data = randomData(random, random.nextInt(3000));
			final byte[] out = new byte[data.length];
			TiffCodecs.packBits(packBits(data, random), out, WHERE);
			assertArrayEquals(data, out, "trial " + trial);
		}
	}

	@Test
	void lzwRoundTripsRandomDataIncludingTableResets()
	{
		final Random random = new Random(5);
		for (int trial = 0; trial < 200; trial++)
		{
			final byte[] data = randomData(random, trial < 20 ? trial : random.nextInt(trial < 150 ? 5000 : 60000));
			final byte[] out = new byte[data.length];
			TiffCodecs.lzw(lzw(data), out, WHERE);
			assertArrayEquals(data, out, "trial " + trial + ", " + data.length + " bytes");
		}
	}

	@Test
	void aTruncatedStripIsNamed()
	{
		final byte[] data = randomData(new Random(1), 4000);
		final byte[] encoded = lzw(data);
		final FormatException e = assertThrows(FormatException.class,
				() -> TiffCodecs.lzw(Arrays.copyOf(encoded, encoded.length / 2), new byte[data.length], WHERE));
		assertTrue(e.getMessage().startsWith(WHERE + ": LZW data ends after "), e.getMessage());
		final byte[] packed = packBits(data, new Random(2));
		final FormatException p = assertThrows(FormatException.class,
				() -> TiffCodecs.packBits(Arrays.copyOf(packed, packed.length - 3), new byte[data.length], WHERE));
		assertTrue(p.getMessage().startsWith(WHERE + ": PackBits data ends after "), p.getMessage());
	}

	@Test
	void aStripLargerThanItsPageIsNamed()
	{
		final byte[] data = randomData(new Random(3), 4000);
		final FormatException e = assertThrows(FormatException.class, () -> TiffCodecs.lzw(lzw(data), new byte[3999], WHERE));
		assertTrue(e.getMessage().contains(WHERE + ": LZW data decodes to more than the 3999 bytes"), e.getMessage());
		final FormatException p = assertThrows(FormatException.class,
				() -> TiffCodecs.packBits(packBits(data, new Random(4)), new byte[3999], WHERE));
		assertTrue(p.getMessage().contains(WHERE + ": PackBits data decodes to more than the 3999 bytes"), p.getMessage());
	}

	@Test
	void anLzwCodeOutsideTheTableIsNamed()
	{
		final TiffEncoders.Bits bits = new TiffEncoders.Bits();
		bits.put(256, 9);
		bits.put(65, 9);
		bits.put(300, 9);
		final FormatException e = assertThrows(FormatException.class, () -> TiffCodecs.lzw(bits.bytes(), new byte[10], WHERE));
		assertTrue(e.getMessage().contains(WHERE + ": LZW code 300 not in the table"), e.getMessage());
	}

	@Test
	void deflateRoundTripsAndItsBrokenStreamsAreNamed()
	{
		final Random random = new Random(6);
		for (int trial = 0; trial < 50; trial++)
		{
			final byte[] data = randomData(random, random.nextInt(20000));
			final byte[] out = new byte[data.length];
			TiffCodecs.inflate(TiffCodecs.deflate(data), out, WHERE);
			assertArrayEquals(data, out, "trial " + trial);
		}
		final byte[] data = randomData(new Random(7), 5000), z = TiffCodecs.deflate(data);
		final FormatException t = assertThrows(FormatException.class, () -> TiffCodecs.inflate(Arrays.copyOf(z, z.length / 2), new byte[data.length], WHERE));
		assertTrue(t.getMessage().startsWith(WHERE + ": Deflate data ends after "), t.getMessage());
		final FormatException o = assertThrows(FormatException.class, () -> TiffCodecs.inflate(z, new byte[data.length - 1], WHERE));
		assertTrue(o.getMessage().startsWith(WHERE + ": Deflate data decodes to more than the 4999 bytes"), o.getMessage());
		final FormatException c = assertThrows(FormatException.class, () -> TiffCodecs.inflate(bytes(0x78, 0x9c, 0xff, 0xff, 0xff, 0xff), new byte[10], WHERE));
		assertTrue(c.getMessage().startsWith(WHERE + ": corrupt Deflate data"), c.getMessage());
	}

	@Test
	void theWritersEncodersMatchTheTestEncodersAndRoundTrip()
	{
		final Random random = new Random(11);
		for (int trial = 0; trial < 100; trial++)
		{
			final byte[] data = randomData(random, trial < 10 ? trial : random.nextInt(trial < 80 ? 5000 : 60000));
			assertArrayEquals(lzw(data), TiffCodecs.lzwEncode(data), "LZW streams, trial " + trial);
			final byte[] out = new byte[data.length];
			final int row = 1 + random.nextInt(300);
			TiffCodecs.packBits(TiffCodecs.packBitsEncode(data, row), out, WHERE);
			assertArrayEquals(data, out, "PackBits, trial " + trial);
		}
		for (final int bytes : new int[] { 1, 2, 4 })
			for (final java.nio.ByteOrder order : new java.nio.ByteOrder[] { java.nio.ByteOrder.BIG_ENDIAN, java.nio.ByteOrder.LITTLE_ENDIAN })
			{
				final byte[] data = randomData(random, 9 * 5 * bytes), copy = data.clone();
				TiffCodecs.applyHorizontalDifferencing(copy, 9, bytes, order);
				TiffCodecs.undoHorizontalDifferencing(copy, 9, bytes, order);
				assertArrayEquals(data, copy, bytes + " bytes " + order);
			}
	}

	@Test
	void horizontalDifferencingIsUndoneFor8_16And32BitSamplesInBothByteOrders()
	{
		final Random random = new Random(9);
		final int width = 7, rows = 3;
		for (final int bytes : new int[] { 1, 2, 4 })
			for (final ByteOrder order : new ByteOrder[] { ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN })
			{
				final long[] samples = new long[width * rows];
				final long mask = bytes == 4 ? 0xffffffffL : (1L << (8 * bytes)) - 1;
				for (int i = 0; i < samples.length; i++)
					samples[i] = random.nextLong() & mask;
				final ByteBuffer plain = ByteBuffer.allocate(samples.length * bytes).order(order);
				final ByteBuffer differenced = ByteBuffer.allocate(samples.length * bytes).order(order);
				for (int i = 0; i < samples.length; i++)
				{
					put(plain, samples[i], bytes);
					put(differenced, (i % width == 0 ? samples[i] : samples[i] - samples[i - 1]) & mask, bytes);
				}
				final byte[] data = differenced.array();
				TiffCodecs.undoHorizontalDifferencing(data, width, bytes, order);
				assertArrayEquals(plain.array(), data, bytes + " bytes, " + order);
			}
	}

	private static void put(final ByteBuffer b, final long v, final int bytes)
	{
		if (bytes == 1)
			b.put((byte) v);
		else if (bytes == 2)
			b.putShort((short) v);
		else
			b.putInt((int) v);
	}

	/** Runs of equal bytes and noise over alphabets of 2, 16 or 256 values. */
	private static byte[] randomData(final Random random, final int n)
	{
		final byte[] data = new byte[n];
		final int alphabet = new int[] { 2, 16, 256 }[random.nextInt(3)];
		for (int i = 0; i < n;)
		{
			final int run = random.nextInt(4) == 0 ? 1 + random.nextInt(300) : 1;
			final byte v = (byte) random.nextInt(alphabet);
			for (int k = 0; k < run && i < n; k++)
				data[i++] = v;
		}
		return data;
	}

	private static byte[] packBits(final byte[] data, final Random random)
	{
		return TiffEncoders.packBits(data, random);
	}

	private static byte[] lzw(final byte[] data)
	{
		return TiffEncoders.lzw(data);
	}

	private static byte[] bytes(final int... values)
	{
		final byte[] b = new byte[values.length];
		for (int i = 0; i < values.length; i++)
			b[i] = (byte) values[i];
		return b;
	}
}
