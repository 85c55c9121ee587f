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
 * The directories of a classic TIFF stack: page size, sample type, the layout of its pixel data
 * in strips or tiles and, per page, where every strip or tile lies and how it is compressed.
 * Checked on reading: one gray sample per pixel, every page of the size, sample type and strip or
 * tile geometry of page 1, a compression this reader decodes (none 1, LZW 5, Deflate 8 and 32946,
 * PackBits 32773; JPEG, CCITT and any other code are refused by name), no predictor or the
 * horizontal one (2; like libtiff and ImageJ, only on LZW and Deflate pages, the only ones it is
 * defined for), every strip and tile inside the file.
 */
final class TiffPages
{
	/** How samples are stored. */
	enum SampleKind
	{
		U8, U16, S16, U32, S32, F32
	}

	/** TIFF compression codes read. */
	static final int NONE = 1, LZW = 5, DEFLATE = 8, DEFLATE_OLD = 32946, PACKBITS = 32773;

	/** Where one page's strips or tiles lie and how they are compressed. */
	static final class Page
	{
		final long[] offsets;
		/** Byte counts ({@code null}: absent, allowed for uncompressed strips only). */
		final long[] counts;
		final int compression, predictor;

		/** A predictor applies to LZW and Deflate data only; on uncompressed and PackBits pages libtiff and ImageJ ignore the tag, and so does this reader. */
		Page(final long[] offsets, final long[] counts, final int compression, final int predictor)
		{
			this.offsets = offsets;
			this.counts = counts;
			this.compression = compression;
			this.predictor = compression == LZW || compression == DEFLATE || compression == DEFLATE_OLD ? predictor : 1;
		}

		/** Uncompressed and not differenced: rows are read straight from the file. */
		boolean plain()
		{
			return compression == NONE && predictor == 1;
		}
	}

	final ByteOrder order;
	int width, height, bytesPerSample, rowsPerStrip;
	/** Tiled pages: the tile size (0 for strips). */
	int tileWidth, tileHeight;
	SampleKind sampleKind;
	String description = "";
	double pixelWidth = 1, pixelHeight = 1;
	/** Per page, its strips or tiles. */
	final List<Page> strips = new ArrayList<>();
	private long fileSize;
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
		p.fileSize = channel.size();
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
			if (p.tiled() || !p.strips.get(0).plain())
				throw new FormatException(file + ": its description counts " + images + " images (ImageJ's one-directory stack) but its one directory is compressed or tiled; "
						+ "only uncompressed ImageJ stacks store several slices under one directory");
			p.contiguousPages = images;
			p.pageBytes = (long) p.width * p.height * p.bytesPerSample;
		}
		return p;
	}

	int count()
	{
		return contiguousPages > 0 ? contiguousPages : strips.size();
	}

	/** Whether the pages are stored in tiles (else in strips). */
	boolean tiled()
	{
		return tileWidth > 0;
	}

	/** Whether every page is uncompressed strips, read row by row ({@link #rowOffset}). */
	boolean plainStrips()
	{
		if (tiled())
			return false;
		for (final Page page : strips)
			if (!page.plain())
				return false;
		return true;
	}

	/** Page {@code z}'s strips or tiles (not for ImageJ's one-directory stacks, which are plain strips). */
	Page page(final int z)
	{
		return strips.get(z);
	}

	/** The width of a strip or tile: the page width for strips. */
	int chunkWidth()
	{
		return tiled() ? tileWidth : width;
	}

	/** The rows of a strip or tile (the last strip of a page may hold fewer: {@link #chunkRows}). */
	int chunkHeight()
	{
		return tiled() ? tileHeight : rowsPerStrip;
	}

	/** Strips or tiles across a page (1 for strips). */
	int chunksAcross()
	{
		return (int) (((long) width + chunkWidth() - 1) / chunkWidth());
	}

	/** Strips or tiles down a page. */
	int chunksDown()
	{
		return (int) (((long) height + chunkHeight() - 1) / chunkHeight());
	}

	/** The rows stored in chunk row {@code r}: a tile is always whole (edge tiles are padded), the last strip holds what is left. */
	int chunkRows(final int r)
	{
		return tiled() ? tileHeight : Math.min(rowsPerStrip, height - r * rowsPerStrip);
	}

	/** The byte offset of row {@code y} of page {@code z} (plain strips only). */
	long rowOffset(final int z, final int y)
	{
		final long rowBytes = (long) width * bytesPerSample;
		if (contiguousPages > 0)
			return strips.get(0).offsets[0] + z * pageBytes + y * rowBytes;
		return strips.get(z).offsets[y / rowsPerStrip] + (y % rowsPerStrip) * rowBytes;
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
		compression(page, d.compression);
		if (d.samples > 1 && d.planar == 2)
			throw new FormatException(page + ": " + d.samples + " samples per pixel stored as separate planes (PlanarConfiguration 2); give a gray stack (one channel)");
		if (d.samples != 1)
			throw new FormatException(page + ": " + d.samples + " samples per pixel; give a gray stack (one channel)");
		if (d.predictor == 3)
			throw new FormatException(page + ": the floating-point predictor (TIFF predictor 3) is not read; save without a predictor or with horizontal differencing (predictor 2)");
		if (d.predictor != 1 && d.predictor != 2)
			throw new FormatException(page + ": unknown TIFF predictor " + d.predictor + " (read: 1 none, 2 horizontal differencing)");
		final boolean tiles = d.tileWidth > 0 || d.tileHeight > 0 || d.tileOffsets != null;
		if (tiles && (d.tileWidth <= 0 || d.tileHeight <= 0))
			throw new FormatException(page + ": a tiled page without TileWidth and TileLength");
		if (tiles && d.tileOffsets == null)
			throw new FormatException(page + ": a tiled page without tile offsets (TileOffsets)");
		if (!tiles && d.offsets == null)
			throw new FormatException(page + ": has no strip offsets");
		final SampleKind kind = kind(page, d.bits, d.format);
		final int rows = tiles ? 0 : Math.min(d.rowsPerStrip, d.height);
		if (strips.isEmpty())
		{
			width = d.width;
			height = d.height;
			sampleKind = kind;
			bytesPerSample = d.bits / 8;
			rowsPerStrip = rows;
			tileWidth = tiles ? d.tileWidth : 0;
			tileHeight = tiles ? d.tileHeight : 0;
			if (width < 1 || height < 1)
				throw new FormatException(page + ": " + width + " x " + height + " pixels");
		}
		else if (d.width != width || d.height != height || kind != sampleKind)
			throw new FormatException(page + ": " + d.width + " x " + d.height + " " + kind + " differs from page 1 (" + width + " x " + height + " " + sampleKind + ")");
		else if (tiles != tiled() || (tiles ? d.tileWidth != tileWidth || d.tileHeight != tileHeight : rows != rowsPerStrip))
			throw new FormatException(page + ": stored in " + layout(tiles, d.tileWidth, d.tileHeight, rows) + ", page 1 in " + layout(tiled(), tileWidth, tileHeight, rowsPerStrip)
					+ "; every page must have the strip or tile layout of page 1");
		final Page p = new Page(tiles ? d.tileOffsets : d.offsets, tiles ? d.tileCounts : d.counts, d.compression, d.predictor);
		check(page, p);
		strips.add(p);
		return b.getInt(12 * n) & 0xffffffffL;
	}

	private static void compression(final String page, final int c)
	{
		switch (c)
		{
		case NONE:
		case LZW:
		case DEFLATE:
		case DEFLATE_OLD:
		case PACKBITS:
			return;
		case 2:
		case 3:
		case 4:
			throw new FormatException(page + ": CCITT fax compression (TIFF compression " + c + ") is for 1-bit images and is not read; give an 8-, 16- or 32-bit stack, uncompressed or LZW, Deflate or PackBits");
		case 6:
		case 7:
			throw new FormatException(page + ": JPEG compression (TIFF compression " + c + ") is lossy and not read; save the stack uncompressed (File > Save As > Tiff) or with LZW, Deflate or PackBits");
		default:
			throw new FormatException(page + ": TIFF compression " + c + " is not read (read: 1 none, 5 LZW, 8 or 32946 Deflate, 32773 PackBits)");
		}
	}

	private static String layout(final boolean tiles, final int tw, final int th, final int rows)
	{
		return tiles ? "tiles of " + tw + " x " + th : "strips of " + rows + " rows";
	}

	/** Every strip or tile is listed and lies inside the file; compressed or tiled data has its byte counts. */
	private void check(final String page, final Page p)
	{
		final String what = tiled() ? "tile" : "strip";
		final long expected = (long) chunksAcross() * chunksDown();
		if (p.offsets.length < expected)
			throw new FormatException(page + ": " + p.offsets.length + " " + what + " offsets for the " + expected + " " + what + "s of a " + width + " x " + height + " page");
		if (p.counts == null && (tiled() || p.compression != NONE))
			throw new FormatException(page + ": no " + (tiled() ? "TileByteCounts" : "StripByteCounts") + "; a compressed or tiled page needs them");
		if (p.counts == null)
			return;
		if (p.counts.length < expected)
			throw new FormatException(page + ": " + p.counts.length + " " + what + " byte counts for the " + expected + " " + what + "s of a " + width + " x " + height + " page");
		for (int i = 0; i < expected; i++)
			if (p.offsets[i] + p.counts[i] > fileSize)
				throw new FormatException(page + " " + what + " " + i + ": its " + p.counts[i] + " bytes at byte " + p.offsets[i] + " run past the end of the file (" + fileSize
						+ " bytes; truncated file or wrong byte count)");
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
		int width, height, bits = 8, format = 1, compression = 1, samples = 1, planar = 1, predictor = 1, rowsPerStrip = Integer.MAX_VALUE, tileWidth, tileHeight;
		long[] offsets, counts, tileOffsets, tileCounts;

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
			case 278: rowsPerStrip = (int) Math.max(1, Math.min(Integer.MAX_VALUE, scalar(b, at, type))); break;
			case 279: counts = longs(values(channel, b, at, type == 3 ? 2 : 4, count, p.order), type, count); break;
			case 282: if (p.strips.isEmpty()) p.pixelWidth = 1 / rational(values(channel, b, at, 8, 1, p.order)); break;
			case 283: if (p.strips.isEmpty()) p.pixelHeight = 1 / rational(values(channel, b, at, 8, 1, p.order)); break;
			case 284: planar = (int) scalar(b, at, type); break;
			case 317: predictor = (int) scalar(b, at, type); break;
			case 322: tileWidth = (int) Math.min(Integer.MAX_VALUE, scalar(b, at, type)); break;
			case 323: tileHeight = (int) Math.min(Integer.MAX_VALUE, scalar(b, at, type)); break;
			case 324: tileOffsets = longs(values(channel, b, at, type == 3 ? 2 : 4, count, p.order), type, count); break;
			case 325: tileCounts = longs(values(channel, b, at, type == 3 ? 2 : 4, count, p.order), type, count); break;
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
			if (bytes > Integer.MAX_VALUE - 8)
				throw new FormatException("TIFF tag " + (b.getShort(at) & 0xffff) + " counts " + count + " values, more than a directory can hold (corrupt directory)");
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
