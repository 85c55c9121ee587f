package io.github.smm.volume.tiled;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.smm.io.FormatException;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VoxelSize;

/**
 * A multi-page TIFF on disk read as a volume region by region: each page is a z slice; a region
 * read touches only the rows it needs (positional reads), so a stack larger than the heap is never
 * loaded whole. Gray stacks of 8-, 16- or 32-bit (integer or float) samples in strips or tiles,
 * uncompressed or compressed with LZW, Deflate or PackBits, with or without horizontal
 * differencing ({@link TiffPages} lists what is refused) — including ImageJ's stacks with a
 * single directory for all slices ({@code images=N} in its description, slices stored one after
 * the other).
 * <p>
 * Uncompressed strips are read row by row straight from the file. Otherwise a region read decodes
 * each strip or tile it touches once, whole, and copies the part inside the region; the last
 * decoded strips and tiles are kept in a small cache of at most {@link #CACHE_BYTES} bytes (least
 * recently used first out), so that neighbouring blocks sharing a strip or tile (a strip spans the
 * page's width, so every block of a block row shares it) do not decode it again. Memory is the
 * region's output, that constant cache and one strip or tile being decoded (at most a page when a
 * page is one strip): independent of the stack's depth.
 */
public final class TiffStack implements VolumeSource, Closeable
{
	private static final Pattern IMAGES = Pattern.compile("(?m)^images=(\\d+)"), SPACING = Pattern.compile("(?m)^spacing=([-+0-9.eE]+)");

	/** The decoded strips and tiles kept between region reads, in bytes (32 MiB). */
	public static final long CACHE_BYTES = 32L << 20;

	private final Path file;
	private final FileChannel channel;
	private final TiffPages pages;
	private ByteBuffer row = ByteBuffer.allocate(0);
	/** Decoded strips and tiles by page {@code << 32 |} index, least recently used first. */
	private final LinkedHashMap<Long, ByteBuffer> cache = new LinkedHashMap<>(16, 0.75f, true);
	private long cached, decoded;

	/** @throws FormatException naming the file (and page) when it is not a gray TIFF stack of equal pages that this reader decodes */
	public TiffStack(final Path file) throws IOException
	{
		this.file = file;
		channel = FileChannel.open(file, StandardOpenOption.READ);
		try
		{
			pages = TiffPages.read(file, channel);
		}
		catch (final FormatException e)
		{
			channel.close();
			throw e.getMessage().startsWith(file.toString()) ? e : new FormatException(file + ": " + e.getMessage());
		}
		catch (IOException | RuntimeException e)
		{
			channel.close();
			throw e;
		}
	}

	@Override
	public long width()
	{
		return pages.width;
	}

	@Override
	public long height()
	{
		return pages.height;
	}

	@Override
	public long depth()
	{
		return pages.count();
	}

	/** The file's ImageJ description (empty when it has none). */
	public String description()
	{
		return pages.description;
	}

	/**
	 * Whether the pages are z slices: more than one page, and no ImageJ description counting
	 * channels or frames above 1.
	 */
	public boolean isZStack()
	{
		return depth() > 1 && !channelsOrFrames(pages.description);
	}

	/** Whether an ImageJ image description says channels or frames (more than one), not z slices. */
	public static boolean channelsOrFrames(final String description)
	{
		return description.matches("(?s).*(^|\n)(channels|frames)=([2-9]|\\d\\d+).*");
	}

	/** The voxel size z, y, x from the resolution tags and ImageJ's {@code spacing} (1 where absent). */
	public VoxelSize voxelSize()
	{
		final Matcher m = SPACING.matcher(pages.description);
		final double z = m.find() ? Double.parseDouble(m.group(1)) : 1;
		return new VoxelSize(positive(z), positive(pages.pixelHeight), positive(pages.pixelWidth));
	}

	private static double positive(final double v)
	{
		return v > 0 && !Double.isInfinite(v) ? v : 1;
	}

	@Override
	public synchronized float[] read(final Box3 r)
	{
		if (!extent().contains(r))
			throw new IllegalArgumentException(file + ": region " + r + " is not inside the volume " + extent());
		final int w = (int) r.width(), h = (int) r.height(), bytes = pages.bytesPerSample;
		final float[] out = new float[(int) r.volume()];
		if (out.length == 0)
			return out;
		if (!pages.plainStrips())
			return readChunks(r, out);
		if (row.capacity() < w * bytes)
			row = ByteBuffer.allocate(w * bytes).order(pages.order);
		int k = 0;
		for (long z = r.minZ; z < r.maxZ; z++)
			for (long y = r.minY; y < r.maxY; y++)
			{
				row.clear().limit(w * bytes);
				fill(pages.rowOffset((int) z, (int) y) + r.minX * bytes);
				row.flip();
				k = decode(out, k, w);
			}
		return out;
	}

	/** Strips or tiles decoded so far (cache misses): for tests of the cache. */
	synchronized long decodedChunks()
	{
		return decoded;
	}

	/** Decodes each strip or tile that {@code r} touches once and copies its part inside {@code r}. */
	private float[] readChunks(final Box3 r, final float[] out)
	{
		final int w = (int) r.width(), h = (int) r.height(), cw = pages.chunkWidth(), ch = pages.chunkHeight(), across = pages.chunksAcross();
		final int x0 = (int) r.minX, x1 = (int) r.maxX, y0 = (int) r.minY, y1 = (int) r.maxY;
		for (int z = (int) r.minZ; z < r.maxZ; z++)
		{
			final int base = (int) ((z - r.minZ) * h);
			for (int cy = y0 / ch; cy <= (y1 - 1) / ch; cy++)
				for (int cx = x0 / cw; cx <= (x1 - 1) / cw; cx++)
				{
					final ByteBuffer data = chunk(z, cy * across + cx, pages.chunkRows(cy));
					final int ya = Math.max(y0, cy * ch), yb = Math.min(y1, cy * ch + ch), xa = Math.max(x0, cx * cw), xb = Math.min(x1, cx * cw + cw);
					for (int y = ya; y < yb; y++)
					{
						int k = (base + y - y0) * w + xa - x0;
						data.position(((y - cy * ch) * cw + xa - cx * cw) * pages.bytesPerSample);
						for (int x = xa; x < xb; x++)
							out[k++] = sample(data);
					}
				}
		}
		return out;
	}

	/** Strip or tile {@code i} of page {@code z} decoded ({@code rows} rows of the chunk width), from the cache when it is there. */
	private ByteBuffer chunk(final int z, final int i, final int rows)
	{
		final Long key = (long) z << 32 | i;
		final ByteBuffer hit = cache.get(key);
		if (hit != null)
			return hit;
		final ByteBuffer data = ByteBuffer.wrap(decode(z, i, rows)).order(pages.order);
		decoded++;
		cache.put(key, data);
		cached += data.capacity();
		for (final Iterator<Map.Entry<Long, ByteBuffer>> it = cache.entrySet().iterator(); cached > CACHE_BYTES && it.hasNext();)
		{
			final ByteBuffer old = it.next().getValue();
			if (old == data)
				break;
			cached -= old.capacity();
			it.remove();
		}
		if (cached > CACHE_BYTES) // the new one alone is larger than the cache: used for this read, not kept
		{
			cache.remove(key);
			cached -= data.capacity();
		}
		return data;
	}

	private byte[] decode(final int z, final int i, final int rows)
	{
		final TiffPages.Page page = pages.page(z);
		final String where = file + " page " + (z + 1) + (pages.tiled() ? " tile " : " strip ") + i;
		final long size = (long) pages.chunkWidth() * rows * pages.bytesPerSample;
		if (size > Integer.MAX_VALUE - 8)
			throw new FormatException(where + ": decodes to " + size + " bytes, more than a Java array holds; save the stack with smaller strips or in tiles");
		final long count = page.counts == null ? size : page.counts[i];
		final byte[] out = new byte[(int) size];
		if (page.compression == TiffPages.NONE)
		{
			if (count < size)
				throw new FormatException(where + ": holds " + count + " bytes, its " + pages.chunkWidth() + " x " + rows + " pixels need " + size + " (truncated strip or wrong byte count)");
			read(ByteBuffer.wrap(out), page.offsets[i]);
		}
		else
		{
			if (count > Integer.MAX_VALUE - 8)
				throw new FormatException(where + ": " + count + " compressed bytes, more than a Java array holds");
			final byte[] in = new byte[(int) count];
			read(ByteBuffer.wrap(in), page.offsets[i]);
			switch (page.compression)
			{
			case TiffPages.LZW:
				TiffCodecs.lzw(in, out, where);
				break;
			case TiffPages.PACKBITS:
				TiffCodecs.packBits(in, out, where);
				break;
			default:
				TiffCodecs.inflate(in, out, where);
			}
		}
		if (page.predictor == 2)
			TiffCodecs.undoHorizontalDifferencing(out, pages.chunkWidth(), pages.bytesPerSample, pages.order);
		return out;
	}

	private void read(final ByteBuffer into, final long position)
	{
		try
		{
			long p = position;
			while (into.hasRemaining())
			{
				final int got = channel.read(into, p);
				if (got < 0)
					throw new FormatException(file + ": ends before the pixel data at byte " + p);
				p += got;
			}
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot read " + file, e);
		}
	}

	private void fill(final long position)
	{
		read(row, position);
	}

	private int decode(final float[] out, int k, final int w)
	{
		for (int x = 0; x < w; x++)
			out[k++] = sample(row);
		return k;
	}

	private float sample(final ByteBuffer b)
	{
		switch (pages.sampleKind)
		{
		case U8:
			return b.get() & 0xff;
		case U16:
			return b.getShort() & 0xffff;
		case S16:
			return b.getShort();
		case U32:
			return b.getInt() & 0xffffffffL;
		case S32:
			return b.getInt();
		default:
			return b.getFloat();
		}
	}

	@Override
	public void close() throws IOException
	{
		channel.close();
	}

	/** Reads the TIFF's description string once (ImageJ's images= count for one-directory stacks). */
	static int imagesOf(final String description)
	{
		final Matcher m = IMAGES.matcher(description);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	static String ascii(final byte[] b)
	{
		return new String(b, StandardCharsets.ISO_8859_1).replace("\0", "");
	}
}
