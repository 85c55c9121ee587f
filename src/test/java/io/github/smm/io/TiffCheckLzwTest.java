package io.github.smm.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LZW strips are walked code by code: every LZW TIFF the JDK's writer makes (8-bit, 16-bit,
 * RGB; flat, structured and random content, so the code table fills and is cleared; several
 * strips) passes, and the same files with their compressed data cut short, overwritten after
 * the first code or with a code beyond the table are refused naming the file and the strip —
 * never another exception.
 */
class TiffCheckLzwTest
{
	private static final int[] TYPES = { BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_3BYTE_BGR };

	@Test
	void everyValidLzwTiffPasses(@TempDir final Path dir) throws IOException
	{
		final Random rnd = new Random(3);
		for (final int type : TYPES)
			for (final int[] size : new int[][] { { 1, 1 }, { 7, 5 }, { 64, 48 }, { 300, 211 } })
				for (int content = 0; content < 3; content++)
				{
					final Path file = lzwTiff(dir.resolve("t.tif"), image(type, size[0], size[1], content, rnd));
					assertDoesNotThrow(() -> TiffCheck.require(file), type + " " + size[0] + "x" + size[1] + " content " + content);
				}
	}

	@Test
	void corruptLzwDataIsRefusedNamingTheStrip(@TempDir final Path dir) throws IOException
	{
		final Random rnd = new Random(4);
		for (final int type : TYPES)
		{
			final Path file = lzwTiff(dir.resolve("labels.tif"), image(type, 120, 90, 1, rnd));
			final byte[] valid = Files.readAllBytes(file);
			final long[] strip = firstStrip(valid);
			final int at = (int) strip[0], count = (int) strip[1];
			// the data cut to a third (zeros after it: valid codes, too few pixels)
			assertRefused(file, corrupt(valid, b -> java.util.Arrays.fill(b, at + count / 3, at + count, (byte) 0)), "strip 0", "decodes to");
			// all ones after the first code: the code 511 is beyond the table
			assertRefused(file, corrupt(valid, b -> java.util.Arrays.fill(b, at + 2, at + count, (byte) 0xFF)), "strip 0", "beyond the table");
			// Clear (256) then 300, which is no byte value: 100000000 100101100
			assertRefused(file, corrupt(valid, b -> { b[at] = (byte) 0x80; b[at + 1] = (byte) 0x4B; b[at + 2] &= 0x3F; }), "strip 0", "code 300 follows a Clear code");
			// random damage: refused with a message or still valid codes, never another exception
			for (int k = 0; k < 300; k++)
			{
				final int where = at + 2 + rnd.nextInt(count - 2);
				final byte[] damaged = corrupt(valid, b -> b[where] = (byte) rnd.nextInt(256));
				Files.write(file, damaged);
				try
				{
					TiffCheck.require(file);
				}
				catch (final FormatException e)
				{
					assertTrue(e.getMessage().startsWith(file + ": TIFF plane 1, strip "), e.getMessage());
				}
			}
		}
	}

	private static void assertRefused(final Path file, final byte[] content, final String... fragments) throws IOException
	{
		Files.write(file, content);
		final FormatException e = assertThrows(FormatException.class, () -> TiffCheck.require(file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		for (final String f : fragments)
			assertTrue(e.getMessage().contains(f), e.getMessage());
	}

	private static byte[] corrupt(final byte[] valid, final java.util.function.Consumer<byte[]> damage)
	{
		final byte[] b = valid.clone();
		damage.accept(b);
		return b;
	}

	/** Offset and byte count of the first strip of a little- or big-endian TIFF's first plane. */
	private static long[] firstStrip(final byte[] tiff)
	{
		final ByteBuffer b = ByteBuffer.wrap(tiff).order(tiff[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		final int ifd = b.getInt(4), n = b.getShort(ifd) & 0xFFFF;
		long offset = -1, count = -1;
		for (int k = 0; k < n; k++)
		{
			final int e = ifd + 2 + 12 * k, tag = b.getShort(e) & 0xFFFF, type = b.getShort(e + 2), values = b.getInt(e + 4);
			long v = type == 3 ? b.getShort(e + 8) & 0xFFFF : b.getInt(e + 8) & 0xFFFFFFFFL;
			if (values > 1) // a table: its first entry
				v = type == 3 ? b.getShort((int) v) & 0xFFFF : b.getInt((int) v) & 0xFFFFFFFFL;
			if (tag == 273)
				offset = v;
			else if (tag == 279)
				count = v;
		}
		return new long[] { offset, count };
	}

	/** content 0: flat; 1: blocks of labels; 2: random values. */
	private static BufferedImage image(final int type, final int w, final int h, final int content, final Random rnd)
	{
		final BufferedImage img = new BufferedImage(w, h, type);
		final WritableRaster r = img.getRaster();
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				for (int b = 0; b < r.getNumBands(); b++)
					r.setSample(x, y, b, content == 0 ? 3 : content == 1 ? (x / 9 + 5 * (y / 7) + b) % 11 : rnd.nextInt(type == BufferedImage.TYPE_USHORT_GRAY ? 65536 : 256));
		return img;
	}

	private static Path lzwTiff(final Path file, final BufferedImage img) throws IOException
	{
		final ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		final ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionType("LZW");
		Files.deleteIfExists(file);
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile()))
		{
			writer.setOutput(out);
			writer.write(null, new IIOImage(img, null, null), param);
		}
		finally
		{
			writer.dispose();
		}
		return file;
	}
}
