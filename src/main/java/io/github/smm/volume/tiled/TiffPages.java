package io.github.smm.volume.tiled;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.io.FormatException;

/**
 * The directories of a classic TIFF stack: page size, sample type and where every row of every
 * page starts. Checked on reading: uncompressed, one gray sample per pixel, strips, every page
 * alike.
 */
final class TiffPages
{
	/** How samples are stored. */
	enum SampleKind
	{
		U8, U16, S16, U32, S32, F32
	}

	final ByteOrder order;
	int width, height, bytesPerSample, rowsPerStrip;
	SampleKind sampleKind;
	String description = "";
	double pixelWidth = 1, pixelHeight = 1;
	/** Per page, the offsets of its strips. */
	final List<long[]> strips = new ArrayList<>();
	/** ImageJ one-directory stacks: further pages follow the first, this many bytes apart (0: one directory per page). */
	private int contiguousPages;
	private long pageBytes;

	private TiffPages(final ByteOrder order)
	{
		this.order = order;
	}

	static TiffPages read(final Path file, final FileChannel channel) throws IOException
	{
		final ByteBuffer head = read(channel, 0, 8, ByteOrder.LITTLE_ENDIAN);
		final int magic = head.getShort(0) & 0xffff;
		if (magic != 0x4949 && magic != 0x4d4d)
			throw new FormatException(file + ": not a TIFF file");
		final TiffPages p = new TiffPages(magic == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		head.order(p.order);
		if ((head.getShort(2) & 0xffff) != 42)
			throw new FormatException(file + ": not a classic TIFF (BigTIFF is not read; save as a classic TIFF)");
		long ifd = head.getInt(4) & 0xffffffffL;
		while (ifd != 0)
			ifd = p.directory(file, channel, ifd);
		if (p.strips.isEmpty())
			throw new FormatException(file + ": holds no image");
		final int images = TiffStack.imagesOf(p.description);
		if (p.strips.size() == 1 && images > 1)
		{
			p.contiguousPages = images;
			p.pageBytes = (long) p.width * p.height * p.bytesPerSample;
		}
		return p;
	}

	int count()
	{
		return contiguousPages > 0 ? contiguousPages : strips.size();
	}

	/** The byte offset of row {@code y} of page {@code z}. */
	long rowOffset(final int z, final int y)
	{
		final long rowBytes = (long) width * bytesPerSample;
		if (contiguousPages > 0)
			return strips.get(0)[0] + z * pageBytes + y * rowBytes;
		return strips.get(z)[y / rowsPerStrip] + (y % rowsPerStrip) * rowBytes;
	}

	/** Reads one directory; returns the next one's offset. */
	private long directory(final Path file, final FileChannel channel, final long at) throws IOException
	{
		final int n = read(channel, at, 2, order).getShort(0) & 0xffff;
		final ByteBuffer b = read(channel, at + 2, 12 * n + 4, order);
		final Directory d = new Directory();
		for (int e = 0; e < n; e++)
			d.entry(channel, b, 12 * e, this);
		final String page = file + " page " + (strips.size() + 1);
		if (d.compression != 1)
			throw new FormatException(page + ": compressed (TIFF compression " + d.compression + "); the 3D runner reads uncompressed stacks (save with File > Save As > Tiff)");
		if (d.samples != 1)
			throw new FormatException(page + ": " + d.samples + " samples per pixel; give a gray stack (one channel)");
		if (d.tiled)
			throw new FormatException(page + ": a tiled TIFF; the 3D runner reads TIFFs stored in strips");
		if (d.offsets == null)
			throw new FormatException(page + ": has no strip offsets");
		final SampleKind kind = kind(page, d.bits, d.format);
		if (strips.isEmpty())
		{
			width = d.width;
			height = d.height;
			sampleKind = kind;
			bytesPerSample = d.bits / 8;
			rowsPerStrip = Math.min(d.rowsPerStrip, height);
		}
		else if (d.width != width || d.height != height || kind != sampleKind || Math.min(d.rowsPerStrip, height) != rowsPerStrip)
			throw new FormatException(page + ": " + d.width + " x " + d.height + " " + kind + " differs from page 1 (" + width + " x " + height + " " + sampleKind + ")");
		strips.add(d.offsets);
		return b.getInt(12 * n) & 0xffffffffL;
	}

	private static SampleKind kind(final String page, final int bits, final int format)
	{
		if (bits == 8 && format != 3)
			return SampleKind.U8;
		if (bits == 16 && format != 3)
			return format == 2 ? SampleKind.S16 : SampleKind.U16;
		if (bits == 32)
			return format == 3 ? SampleKind.F32 : format == 2 ? SampleKind.S32 : SampleKind.U32;
		throw new FormatException(page + ": " + bits + "-bit samples (format " + format + "); give an 8-, 16- or 32-bit stack");
	}

	static ByteBuffer read(final FileChannel channel, final long at, final int bytes, final ByteOrder order) throws IOException
	{
		final ByteBuffer b = ByteBuffer.allocate(bytes).order(order);
		long p = at;
		while (b.hasRemaining())
		{
			final int got = channel.read(b, p);
			if (got < 0)
				throw new FormatException("TIFF ends at byte " + p + " inside a directory");
			p += got;
		}
		b.flip();
		return b;
	}

	/** The tags of one directory that the reader needs. */
	private static final class Directory
	{
		int width, height, bits = 8, format = 1, compression = 1, samples = 1, rowsPerStrip = Integer.MAX_VALUE;
		boolean tiled;
		long[] offsets;

		void entry(final FileChannel channel, final ByteBuffer b, final int at, final TiffPages p) throws IOException
		{
			final int tag = b.getShort(at) & 0xffff, type = b.getShort(at + 2) & 0xffff;
			final long count = b.getInt(at + 4) & 0xffffffffL;
			switch (tag)
			{
			case 256: width = (int) scalar(b, at, type); break;
			case 257: height = (int) scalar(b, at, type); break;
			case 258: bits = (int) scalar(b, at, type); break;
			case 259: compression = (int) scalar(b, at, type); break;
			case 270: p.description = p.strips.isEmpty() ? TiffStack.ascii(values(channel, b, at, 1, count, p.order).array()) : p.description; break;
			case 273: offsets = longs(values(channel, b, at, type == 3 ? 2 : 4, count, p.order), type, count); break;
			case 277: samples = (int) scalar(b, at, type); break;
			case 278: rowsPerStrip = (int) Math.min(Integer.MAX_VALUE, scalar(b, at, type)); break;
			case 282: if (p.strips.isEmpty()) p.pixelWidth = 1 / rational(values(channel, b, at, 8, 1, p.order)); break;
			case 283: if (p.strips.isEmpty()) p.pixelHeight = 1 / rational(values(channel, b, at, 8, 1, p.order)); break;
			case 322: tiled = true; break;
			case 339: format = (int) scalar(b, at, type); break;
			default: break;
			}
		}

		private static long scalar(final ByteBuffer b, final int at, final int type)
		{
			return type == 3 ? b.getShort(at + 8) & 0xffff : b.getInt(at + 8) & 0xffffffffL;
		}

		private static ByteBuffer values(final FileChannel channel, final ByteBuffer b, final int at, final int size, final long count, final ByteOrder order) throws IOException
		{
			final long bytes = size * count;
			if (bytes <= 4)
			{
				final ByteBuffer v = ByteBuffer.allocate((int) bytes).order(order);
				for (int i = 0; i < bytes; i++)
					v.put(b.get(at + 8 + i));
				v.flip();
				return v;
			}
			return read(channel, b.getInt(at + 8) & 0xffffffffL, (int) bytes, order);
		}

		private static long[] longs(final ByteBuffer v, final int type, final long count)
		{
			final long[] out = new long[(int) count];
			for (int i = 0; i < count; i++)
				out[i] = type == 3 ? v.getShort() & 0xffff : v.getInt() & 0xffffffffL;
			return out;
		}

		private static double rational(final ByteBuffer v)
		{
			final double num = v.getInt() & 0xffffffffL, den = v.getInt() & 0xffffffffL;
			return den == 0 ? 0 : num / den;
		}
	}
}
