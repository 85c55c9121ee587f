package io.github.smm.tile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.smm.model.Box;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * A {@link BlendSink} writing the blended map to disk as it becomes final: an uncompressed
 * 32-bit float TIFF, one strip per row, written row by row, so an image larger than memory
 * never is in memory. The plan must sweep by rows. After a cancelled run the rows not reached
 * are written as zeros, so the file is always a valid image.
 */
public final class FloatTiffSink implements BlendSink
{
	private static final int ENTRIES = 11;

	private final long width, height;
	private final OutputStream out;
	private final Path file;
	private long nextRow;

	/** @throws IllegalArgumentException when the image needs more than 4 GB (classic TIFF) */
	public FloatTiffSink(final Path file, final long width, final long height) throws IOException
	{
		final long header = 8 + 2 + ENTRIES * 12 + 4 + 8 * height;
		if (header + 4 * width * height >= 1L << 32)
			throw new IllegalArgumentException("a " + width + " x " + height + " float image does not fit a classic TIFF (4 GB): write a smaller region");
		this.file = file;
		this.width = width;
		this.height = height;
		this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
		writeHeader(header);
	}

	private void writeHeader(final long dataStart) throws IOException
	{
		final ByteBuffer b = ByteBuffer.allocate((int) dataStart).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		b.putShort((short) ENTRIES);
		final long offsets = 8 + 2 + ENTRIES * 12 + 4, counts = offsets + 4 * height;
		entry(b, 256, 4, 1, width); // ImageWidth
		entry(b, 257, 4, 1, height); // ImageLength
		entry(b, 258, 3, 1, 32); // BitsPerSample
		entry(b, 259, 3, 1, 1); // Compression: none
		entry(b, 262, 3, 1, 1); // Photometric: black is zero
		entry(b, 273, 4, height, height == 1 ? dataStart : offsets); // StripOffsets
		entry(b, 277, 3, 1, 1); // SamplesPerPixel
		entry(b, 278, 4, 1, 1); // RowsPerStrip
		entry(b, 279, 4, height, height == 1 ? 4 * width : counts); // StripByteCounts
		entry(b, 284, 3, 1, 1); // PlanarConfiguration
		entry(b, 339, 3, 1, 3); // SampleFormat: IEEE float
		b.putInt(0);
		for (long r = 0; r < height; r++)
			b.putInt((int) (dataStart + 4 * width * r));
		for (long r = 0; r < height; r++)
			b.putInt((int) (4 * width));
		out.write(b.array());
	}

	private static void entry(final ByteBuffer b, final int tag, final int type, final long count, final long value)
	{
		b.putShort((short) tag).putShort((short) type).putInt((int) count);
		if (type == 3 && count == 1)
			b.putShort((short) value).putShort((short) 0);
		else
			b.putInt((int) value);
	}

	@Override
	public void accept(final Box region, final RandomAccessibleInterval<FloatType> values)
	{
		if (region.minY != nextRow || region.minX != 0 || region.maxX != width)
			throw new IllegalStateException("the TIFF is written row by row: expected rows from " + nextRow + " across the image, got " + region + " (sweep by rows)");
		final ByteBuffer row = ByteBuffer.allocate((int) (4 * width)).order(ByteOrder.LITTLE_ENDIAN);
		final RandomAccess<FloatType> a = values.randomAccess();
		try
		{
			for (long y = region.minY; y < region.maxY; y++)
			{
				row.clear();
				a.setPosition(new long[] { 0, y });
				for (long x = 0; x < width; x++, a.fwd(0))
					row.putFloat(a.get().get());
				out.write(row.array());
			}
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write " + file, e);
		}
		nextRow = region.maxY;
	}

	@Override
	public void finish(final boolean complete)
	{
		try
		{
			final byte[] zeros = new byte[(int) (4 * width)];
			for (; nextRow < height; nextRow++)
				out.write(zeros);
			out.close();
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}
}
