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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.smm.io.FormatException;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VoxelSize;

/**
 * A multi-page TIFF on disk read as a volume region by region: each page is a z slice; a region
 * read touches only the rows it needs (positional reads), so a stack larger than the heap is never
 * loaded whole. Uncompressed gray stacks of 8-, 16- or 32-bit (integer or float) samples in strips,
 * as ImageJ writes them — including ImageJ's stacks with a single directory for all slices
 * ({@code images=N} in its description, slices stored one after the other).
 */
public final class TiffStack implements VolumeSource, Closeable
{
	private static final Pattern IMAGES = Pattern.compile("(?m)^images=(\\d+)"), SPACING = Pattern.compile("(?m)^spacing=([-+0-9.eE]+)");

	private final Path file;
	private final FileChannel channel;
	private final TiffPages pages;
	private ByteBuffer row = ByteBuffer.allocate(0);

	/** @throws FormatException naming the file when it is not an uncompressed gray TIFF stack of equal pages */
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
		return depth() > 1 && !pages.description.matches("(?s).*(^|\n)(channels|frames)=([2-9]|\\d\\d+).*");
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

	private void fill(final long position)
	{
		try
		{
			long p = position;
			while (row.hasRemaining())
			{
				final int got = channel.read(row, p);
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

	private int decode(final float[] out, int k, final int w)
	{
		for (int x = 0; x < w; x++)
			switch (pages.sampleKind)
			{
			case U8:
				out[k++] = row.get() & 0xff;
				break;
			case U16:
				out[k++] = row.getShort() & 0xffff;
				break;
			case S16:
				out[k++] = row.getShort();
				break;
			case U32:
				out[k++] = row.getInt() & 0xffffffffL;
				break;
			case S32:
				out[k++] = row.getInt();
				break;
			default:
				out[k++] = row.getFloat();
			}
		return k;
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
