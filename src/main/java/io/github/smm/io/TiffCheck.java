package io.github.smm.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a TIFF file's structure before an image library decodes it: the IFD chain must end
 * (no loop, at most {@value #MAX_IFDS} planes), every plane must have a positive size within
 * {@link Limits#maxPixels()} and its strips or tiles must lie inside the file. Reads only the
 * directory entries, never the pixels. Files that are no classic TIFF are left to the reader.
 */
public final class TiffCheck
{
	/** Most planes (IFDs) a TIFF may have. */
	public static final int MAX_IFDS = 100_000;

	private static final int WIDTH = 256, HEIGHT = 257, COMPRESSION = 259, LZW = 5, STRIP_OFFSETS = 273, STRIP_COUNTS = 279, TILE_OFFSETS = 324, TILE_COUNTS = 325;

	private final Path file;
	private final FileChannel channel;
	private final long size;
	private ByteOrder order;

	private TiffCheck(final Path file, final FileChannel channel) throws IOException
	{
		this.file = file;
		this.channel = channel;
		this.size = channel.size();
	}

	/**
	 * @throws FormatException naming the file and the plane whose structure is broken or too large
	 */
	public static void require(final Path file) throws IOException
	{
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ))
		{
			new TiffCheck(file, ch).check();
		}
	}

	/** True when the file starts like a TIFF or BigTIFF ({@code II*} or {@code MM*}). */
	public static boolean isTiff(final Path file) throws IOException
	{
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(file))
		{
			final byte[] b = in.readNBytes(4);
			return b.length == 4 && (b[0] == 'I' && b[1] == 'I' && (b[2] == 42 || b[2] == 43) && b[3] == 0 || b[0] == 'M' && b[1] == 'M' && b[2] == 0 && (b[3] == 42 || b[3] == 43));
		}
	}

	private void check() throws IOException
	{
		if (size < 8)
			return;
		final ByteBuffer head = read(0, 8, ByteOrder.LITTLE_ENDIAN);
		final int b0 = head.get(0), b1 = head.get(1);
		if (b0 == 'I' && b1 == 'I')
			order = ByteOrder.LITTLE_ENDIAN;
		else if (b0 == 'M' && b1 == 'M')
			order = ByteOrder.BIG_ENDIAN;
		else
			return;
		head.order(order);
		if (head.getShort(2) != 42)
			return;
		final Set<Long> seen = new HashSet<>();
		long ifd = head.getInt(4) & 0xFFFFFFFFL;
		int plane = 0;
		while (ifd != 0)
		{
			if (!seen.add(ifd))
				throw new FormatException(file + ": TIFF directory chain loops back to byte " + ifd + " after plane " + plane);
			if (seen.size() > MAX_IFDS)
				throw new FormatException(file + ": TIFF has more than " + MAX_IFDS + " planes");
			ifd = plane(ifd, ++plane);
		}
	}

	/** Checks one IFD; returns the offset of the next. */
	private long plane(final long offset, final int plane) throws IOException
	{
		final String where = file + ": TIFF plane " + plane;
		if (offset + 2 > size)
			throw new FormatException(where + ": directory at byte " + offset + " is beyond the end of the file (" + size + " bytes)");
		final int n = read(offset, 2, order).getShort(0) & 0xFFFF;
		if (offset + 2 + 12L * n + 4 > size)
			throw new FormatException(where + ": directory of " + n + " entries runs past the end of the file (truncated)");
		final ByteBuffer d = read(offset + 2, 12 * n + 4, order);
		long width = -1, height = -1, compression = 1;
		long[] offsets = null, counts = null;
		for (int k = 0; k < n; k++)
		{
			final int tag = d.getShort(12 * k) & 0xFFFF;
			if (tag == WIDTH)
				width = value(d, k);
			else if (tag == HEIGHT)
				height = value(d, k);
			else if (tag == COMPRESSION)
				compression = value(d, k);
			else if (tag == STRIP_OFFSETS || tag == TILE_OFFSETS)
				offsets = values(d, k, where);
			else if (tag == STRIP_COUNTS || tag == TILE_COUNTS)
				counts = values(d, k, where);
		}
		if (width <= 0 || height <= 0)
			throw new FormatException(where + ": size " + width + " x " + height + " is not positive");
		Limits.requirePixels(width, height, where);
		if (offsets != null && counts != null)
			for (int s = 0; s < Math.min(offsets.length, counts.length); s++)
				if (offsets[s] + counts[s] > size)
					throw new FormatException(where + ": data block " + s + " ends at byte " + (offsets[s] + counts[s]) + " but the file has " + size + " bytes (truncated)");
		if (compression == LZW && offsets != null && counts != null && offsets.length > 0 && counts[0] >= 2)
			lzwStart(offsets[0], where);
		return d.getInt(12 * n) & 0xFFFFFFFFL;
	}

	/** An LZW strip starts with the Clear code 256 (TIFF 6.0, section 13); anything else is not LZW data. */
	private void lzwStart(final long at, final String where) throws IOException
	{
		final ByteBuffer b = read(at, 2, order);
		final int code = (b.get(0) & 0xFF) << 1 | (b.get(1) & 0xFF) >> 7;
		if (code != 256)
			throw new FormatException(where + ": LZW data does not start with the Clear code (corrupt compressed data)");
	}

	private static long value(final ByteBuffer d, final int k)
	{
		final int type = d.getShort(12 * k + 2);
		return type == 3 ? d.getShort(12 * k + 8) & 0xFFFF : d.getInt(12 * k + 8) & 0xFFFFFFFFL;
	}

	private long[] values(final ByteBuffer d, final int k, final String where) throws IOException
	{
		final int type = d.getShort(12 * k + 2);
		final long count = d.getInt(12 * k + 4) & 0xFFFFFFFFL;
		final int bytes = type == 3 ? 2 : 4;
		if (count > Integer.MAX_VALUE / 4 || count * bytes > size)
			throw new FormatException(where + ": " + count + " data blocks cannot fit in a file of " + size + " bytes");
		final ByteBuffer b;
		if (count * bytes <= 4)
			b = d.duplicate().order(order).position(12 * k + 8).slice().order(order);
		else
		{
			final long at = d.getInt(12 * k + 8) & 0xFFFFFFFFL;
			if (at + count * bytes > size)
				throw new FormatException(where + ": data block table at byte " + at + " runs past the end of the file (truncated)");
			b = read(at, (int) (count * bytes), order);
		}
		final long[] out = new long[(int) count];
		for (int i = 0; i < out.length; i++)
			out[i] = bytes == 2 ? b.getShort(2 * i) & 0xFFFF : b.getInt(4 * i) & 0xFFFFFFFFL;
		return out;
	}

	private ByteBuffer read(final long at, final int length, final ByteOrder o) throws IOException
	{
		final ByteBuffer b = ByteBuffer.allocate(length);
		while (b.hasRemaining())
			if (channel.read(b, at + b.position()) < 0)
				throw new FormatException(file + ": TIFF ends at byte " + (at + b.position()) + " (truncated)");
		return b.flip().order(o);
	}
}
