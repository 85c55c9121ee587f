package io.github.smm.volume.tiled;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.Deflater;

/**
 * Writes small multi-page TIFFs for the reader's tests with the encoders of {@link TiffEncoders}
 * and {@link Deflater}: any byte order, 8-, 16- or 32-bit samples, strips of any height or tiles
 * (edge tiles padded with a filler byte the reader must ignore), compression 1, 5, 8, 32946 or
 * 32773, predictor 1 or 2, and hooks to write broken files (a tag value replaced, a strip's bytes
 * cut, a byte count changed).
 */
final class TiffFixture
{
	ByteOrder order = ByteOrder.LITTLE_ENDIAN;
	/** 8, 16 or 32 bits; SampleFormat 1 unsigned, 2 signed, 3 float. */
	int bits = 8, format = 1;
	int compression = 1, predictor = 1;
	/** Strips of this many rows (0: one strip per page); tiles when {@link #tileWidth} &gt; 0. */
	int rowsPerStrip, tileWidth, tileHeight;
	/** Tag values written instead of the computed ones (scalar tags only). */
	final Map<Integer, Long> tags = new TreeMap<>();
	/** Page (0-based), chunk and how many bytes to cut from its compressed data (the byte count says the cut length). */
	int cutPage = -1, cutChunk, cutBytes;
	/** Page, chunk and what to add to its byte count only (the data stays). */
	int countPage = -1, countChunk;
	long countDelta;

	private final Random random = new Random(3);

	/** Writes pages of {@code w · h} values (x fastest) to {@code file}. */
	Path write(final Path file, final int w, final int h, final float[]... pages) throws IOException
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[8]);
		final List<Integer> directoryAt = new ArrayList<>();
		final boolean tiled = tileWidth > 0;
		final int cw = tiled ? tileWidth : w, ch = tiled ? tileHeight : rowsPerStrip > 0 ? rowsPerStrip : h;
		final int across = (w + cw - 1) / cw, down = (h + ch - 1) / ch, bytes = bits / 8;
		for (int z = 0; z < pages.length; z++)
		{
			final long[] offsets = new long[across * down], counts = new long[across * down];
			for (int cy = 0; cy < down; cy++)
				for (int cx = 0; cx < across; cx++)
				{
					final int rows = tiled ? ch : Math.min(ch, h - cy * ch), i = cy * across + cx;
					final ByteBuffer raw = ByteBuffer.allocate(cw * rows * bytes).order(order);
					for (int y = 0; y < rows; y++)
						for (int x = 0; x < cw; x++)
						{
							final int px = cx * cw + x, py = cy * ch + y;
							if (px < w && py < h)
								put(raw, pages[z][py * w + px]);
							else
								for (int k = 0; k < bytes; k++)
									raw.put((byte) 0x5a);
						}
					byte[] data = raw.array();
					if (predictor == 2)
						difference(data, cw, bytes);
					data = encode(data);
					if (z == cutPage && i == cutChunk)
						data = Arrays.copyOf(data, data.length - cutBytes);
					align(out);
					offsets[i] = out.size();
					counts[i] = data.length + (z == countPage && i == countChunk ? countDelta : 0);
					out.write(data);
				}
			align(out);
			final int offsetsAt = out.size();
			out.write(longs(offsets));
			final int countsAt = out.size();
			out.write(longs(counts));
			final Map<Integer, long[]> entries = new TreeMap<>();
			entries.put(256, new long[] { 4, 1, w });
			entries.put(257, new long[] { 4, 1, h });
			entries.put(258, new long[] { 3, 1, bits });
			entries.put(259, new long[] { 3, 1, compression });
			entries.put(262, new long[] { 3, 1, 1 });
			entries.put(tiled ? 324 : 273, array(offsets.length, offsetsAt, offsets));
			entries.put(277, new long[] { 3, 1, 1 });
			if (tiled)
			{
				entries.put(322, new long[] { 4, 1, tileWidth });
				entries.put(323, new long[] { 4, 1, tileHeight });
			}
			else
				entries.put(278, new long[] { 4, 1, ch });
			entries.put(tiled ? 325 : 279, array(counts.length, countsAt, counts));
			entries.put(284, new long[] { 3, 1, 1 });
			if (predictor != 1)
				entries.put(317, new long[] { 3, 1, predictor });
			entries.put(339, new long[] { 3, 1, format });
			for (final Map.Entry<Integer, Long> t : tags.entrySet())
				entries.put(t.getKey(), new long[] { 3, 1, t.getValue() });
			directoryAt.add(out.size());
			final ByteBuffer d = ByteBuffer.allocate(2 + 12 * entries.size() + 4).order(order);
			d.putShort((short) entries.size());
			for (final Map.Entry<Integer, long[]> e : entries.entrySet())
			{
				final long[] v = e.getValue();
				d.putShort((short) (int) e.getKey()).putShort((short) v[0]).putInt((int) v[1]);
				if (v[0] == 3)
					d.putShort((short) v[2]).putShort((short) 0);
				else
					d.putInt((int) v[2]);
			}
			d.putInt(0);
			out.write(d.array());
		}
		final ByteBuffer all = ByteBuffer.wrap(out.toByteArray()).order(order);
		all.put(0, (byte) (order == ByteOrder.LITTLE_ENDIAN ? 'I' : 'M')).put(1, all.get(0)).putShort(2, (short) 42).putInt(4, directoryAt.get(0));
		for (int z = 0; z + 1 < directoryAt.size(); z++)
		{
			final int at = directoryAt.get(z), n = all.getShort(at) & 0xffff;
			all.putInt(at + 2 + 12 * n, directoryAt.get(z + 1));
		}
		return Files.write(file, all.array());
	}

	/** A LONG array entry: inline when it holds one value, else at {@code at}. */
	private static long[] array(final int count, final int at, final long[] values)
	{
		return new long[] { 4, count, count == 1 ? values[0] : at };
	}

	private byte[] longs(final long[] v)
	{
		final ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(order);
		for (final long x : v)
			b.putInt((int) x);
		return b.array();
	}

	private static void align(final ByteArrayOutputStream out)
	{
		if ((out.size() & 1) != 0)
			out.write(0);
	}

	private void put(final ByteBuffer b, final float v)
	{
		if (bits == 8)
			b.put((byte) v);
		else if (bits == 16)
			b.putShort((short) v);
		else if (format == 3)
			b.putFloat(v);
		else
			b.putInt((int) (long) v);
	}

	/** Horizontal differencing (predictor 2), from the right so that each sample loses its left neighbour's original value. */
	private void difference(final byte[] data, final int width, final int bytes)
	{
		final ByteBuffer b = ByteBuffer.wrap(data).order(order);
		for (int row = 0; row + width * bytes <= data.length; row += width * bytes)
			for (int x = width - 1; x >= 1; x--)
			{
				final int at = row + x * bytes, left = at - bytes;
				if (bytes == 1)
					data[at] -= data[left];
				else if (bytes == 2)
					b.putShort(at, (short) (b.getShort(at) - b.getShort(left)));
				else
					b.putInt(at, b.getInt(at) - b.getInt(left));
			}
	}

	private byte[] encode(final byte[] data)
	{
		switch (compression)
		{
		case 5:
			return TiffEncoders.lzw(data);
		case 32773:
			return TiffEncoders.packBits(data, random);
		case 8:
		case 32946:
			final Deflater deflater = new Deflater();
			deflater.setInput(data);
			deflater.finish();
			final ByteArrayOutputStream out = new ByteArrayOutputStream();
			final byte[] buffer = new byte[4096];
			while (!deflater.finished())
				out.write(buffer, 0, deflater.deflate(buffer));
			deflater.end();
			return out.toByteArray();
		default:
			return data;
		}
	}
}
