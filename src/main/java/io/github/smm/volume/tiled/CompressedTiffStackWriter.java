package io.github.smm.volume.tiled;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

import io.github.smm.volume.VoxelSize;

/**
 * Writes a multi-page 8-bit or 32-bit float gray TIFF slice by slice in strips or tiles,
 * uncompressed or compressed (LZW, Deflate, PackBits; horizontal differencing on request), one
 * directory per slice after the pixel data, with ImageJ's description (slices, unit, z spacing;
 * no {@code images=}, which ImageJ reserves for its uncompressed one-directory stacks) and the
 * x/y resolution. Holds one slice and its encoded strips or tiles at a time. {@link TiffStack}
 * reads what it writes; the bench writes its compressed stacks with it.
 */
public final class CompressedTiffStackWriter implements Closeable
{
	/** The compressions written, with their TIFF codes. */
	public enum Compression
	{
		NONE(1), LZW(5), DEFLATE(8), PACKBITS(32773);

		final int code;

		Compression(final int code)
		{
			this.code = code;
		}

		/** {@code none}, {@code lzw}, {@code deflate} or {@code packbits}. */
		public static Compression parse(final String name)
		{
			for (final Compression c : values())
				if (c.name().equalsIgnoreCase(name.trim()))
					return c;
			throw new IllegalArgumentException("compression " + name + ": give none, lzw, deflate or packbits");
		}
	}

	private final Path file;
	private final int width, height, depth, bytes, chunkWidth, chunkHeight, across, down;
	private final boolean tiled, predictor;
	private final Compression compression;
	private final byte[] description;
	private final VoxelSize voxel;
	private final FileChannel out;
	private final long[][] offsets, counts;
	private long position;
	private int written;

	/**
	 * @param bits 8 or 32 (float)
	 * @param predictor horizontal differencing (TIFF predictor 2) before LZW or Deflate
	 * @param rowsPerStrip rows per strip (strips), ignored when {@code tileSize} &gt; 0
	 * @param tileSize tiles of {@code tileSize²} (a multiple of 16, as TIFF requires), 0 for strips
	 * @throws IllegalArgumentException on a bad size or layout, or when the file could exceed a classic TIFF's 4 GB
	 */
	public CompressedTiffStackWriter(final Path file, final int width, final int height, final int depth, final int bits, final VoxelSize voxel, final String unit,
			final Compression compression, final boolean predictor, final int rowsPerStrip, final int tileSize) throws IOException
	{
		if (bits != 8 && bits != 32)
			throw new IllegalArgumentException("a stack is written with 8 or 32 bits per voxel, not " + bits);
		if (width < 1 || height < 1 || depth < 1)
			throw new IllegalArgumentException("a stack needs at least 1 x 1 x 1 voxels, got " + width + " x " + height + " x " + depth);
		if (predictor && compression != Compression.LZW && compression != Compression.DEFLATE)
			throw new IllegalArgumentException("the horizontal differencing predictor goes with LZW or Deflate, not " + compression);
		if (tileSize < 0 || tileSize % 16 != 0)
			throw new IllegalArgumentException("tile size " + tileSize + ": give a multiple of 16 (0 for strips)");
		if (tileSize == 0 && rowsPerStrip < 1)
			throw new IllegalArgumentException("rows per strip " + rowsPerStrip + ": give at least 1");
		this.file = file;
		this.width = width;
		this.height = height;
		this.depth = depth;
		this.bytes = bits / 8;
		this.voxel = voxel;
		this.compression = compression;
		this.predictor = predictor;
		tiled = tileSize > 0;
		chunkWidth = tiled ? tileSize : width;
		chunkHeight = tiled ? tileSize : Math.min(rowsPerStrip, height);
		across = (width + chunkWidth - 1) / chunkWidth;
		down = (height + chunkHeight - 1) / chunkHeight;
		final long raw = (long) bytes * across * chunkWidth * down * chunkHeight * depth;
		if (raw + raw / 64 + depth * (8L * across * down + 400) >= 1L << 32)
			throw new IllegalArgumentException("a " + width + " x " + height + " x " + depth + " stack of " + bits + "-bit voxels may not fit a classic TIFF (4 GB)");
		final String u = unit == null || unit.trim().isEmpty() ? "" : "unit=" + unit.trim() + "\n";
		final byte[] text = String.format(Locale.ROOT, "ImageJ=1.54p\nslices=%d\n%sspacing=%s\nloop=false\n\0", depth, u, voxel.z()).getBytes(StandardCharsets.ISO_8859_1);
		description = Arrays.copyOf(text, text.length + (text.length & 1));
		offsets = new long[depth][];
		counts = new long[depth][];
		out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
		final ByteBuffer head = ByteBuffer.allocate(8 + description.length).order(ByteOrder.LITTLE_ENDIAN);
		head.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(0).put(description);
		write(head.array());
	}

	/** Writes the next slice ({@code width · height} values, x fastest); 8-bit values are rounded and clamped to 0..255. */
	public void writeSlice(final float[] values) throws IOException
	{
		if (values.length != width * height)
			throw new IllegalArgumentException(file + ": a slice holds " + width * height + " voxels, got " + values.length);
		if (written >= depth)
			throw new IllegalStateException(file + ": all " + depth + " slices are written");
		final long[] o = new long[across * down], c = new long[across * down];
		for (int cy = 0; cy < down; cy++)
			for (int cx = 0; cx < across; cx++)
			{
				final int rows = tiled ? chunkHeight : Math.min(chunkHeight, height - cy * chunkHeight);
				final ByteBuffer b = ByteBuffer.allocate(chunkWidth * rows * bytes).order(ByteOrder.LITTLE_ENDIAN);
				for (int y = cy * chunkHeight; y < cy * chunkHeight + rows; y++)
					for (int x = cx * chunkWidth; x < cx * chunkWidth + chunkWidth; x++)
					{
						final float v = x < width && y < height ? values[y * width + x] : 0;
						if (bytes == 1)
							b.put((byte) Math.max(0, Math.min(255, Math.round(v))));
						else
							b.putFloat(v);
					}
				byte[] data = b.array();
				if (predictor)
					TiffCodecs.applyHorizontalDifferencing(data, chunkWidth, bytes, ByteOrder.LITTLE_ENDIAN);
				data = encode(data);
				final int i = cy * across + cx;
				o[i] = position;
				c[i] = data.length;
				write(data);
			}
		offsets[written] = o;
		counts[written] = c;
		written++;
	}

	private byte[] encode(final byte[] data)
	{
		switch (compression)
		{
		case LZW:
			return TiffCodecs.lzwEncode(data);
		case DEFLATE:
			return TiffCodecs.deflate(data);
		case PACKBITS:
			return TiffCodecs.packBitsEncode(data, chunkWidth * bytes);
		default:
			return data;
		}
	}

	/** @throws IllegalStateException when slices are missing (the file would not be a valid stack) */
	@Override
	public void close() throws IOException
	{
		try
		{
			if (written == depth)
			{
				if ((position & 1) != 0)
					write(new byte[1]);
				final long first = position;
				for (int s = 0; s < depth; s++)
					directory(s);
				final ByteBuffer at = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) (first + arraysAndRationals()));
				at.flip();
				out.write(at, 4);
			}
		}
		finally
		{
			out.close();
		}
		if (written != depth)
			throw new IllegalStateException(file + ": " + written + " of " + depth + " slices written");
	}

	/** The bytes before each directory: its offsets and byte counts (when more than one) and its two rationals. */
	private long arraysAndRationals()
	{
		final int n = across * down;
		return (n > 1 ? 8L * n : 0) + 16;
	}

	/** Slice {@code s}'s offsets and byte counts (when more than one), rationals, then its directory. */
	private void directory(final int s) throws IOException
	{
		final int n = across * down, entries = tiled ? 17 : 16;
		final long offsetsAt = position, countsAt = position + (n > 1 ? 4L * n : 0), rationals = countsAt + (n > 1 ? 4L * n : 0);
		final ByteBuffer b = ByteBuffer.allocate((n > 1 ? 8 * n : 0) + 16 + 2 + entries * 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
		if (n > 1)
		{
			for (final long v : offsets[s])
				b.putInt((int) v);
			for (final long v : counts[s])
				b.putInt((int) v);
		}
		TiffStackWriter.rational(b, 1 / voxel.x());
		TiffStackWriter.rational(b, 1 / voxel.y());
		final long next = rationals + 16 + 2 + entries * 12 + 4 + arraysAndRationals(); // the next slice's directory
		final java.util.TreeMap<Integer, long[]> e = new java.util.TreeMap<>(); // tags in ascending order, as TIFF requires
		e.put(256, new long[] { 4, 1, width });
		e.put(257, new long[] { 4, 1, height });
		e.put(258, new long[] { 3, 1, 8 * bytes }); // BitsPerSample
		e.put(259, new long[] { 3, 1, compression.code });
		e.put(262, new long[] { 3, 1, 1 }); // Photometric: black is zero
		e.put(270, new long[] { 2, description.length, 8 }); // ImageDescription
		e.put(tiled ? 324 : 273, new long[] { 4, n, n > 1 ? offsetsAt : offsets[s][0] }); // TileOffsets or StripOffsets
		e.put(277, new long[] { 3, 1, 1 }); // SamplesPerPixel
		if (tiled)
		{
			e.put(322, new long[] { 4, 1, chunkWidth }); // TileWidth
			e.put(323, new long[] { 4, 1, chunkHeight }); // TileLength
		}
		else
			e.put(278, new long[] { 4, 1, chunkHeight }); // RowsPerStrip
		e.put(tiled ? 325 : 279, new long[] { 4, n, n > 1 ? countsAt : counts[s][0] }); // TileByteCounts or StripByteCounts
		e.put(282, new long[] { 5, 1, rationals }); // XResolution
		e.put(283, new long[] { 5, 1, rationals + 8 }); // YResolution
		e.put(284, new long[] { 3, 1, 1 }); // PlanarConfiguration: chunky
		e.put(296, new long[] { 3, 1, 1 }); // ResolutionUnit: none (the unit is in the description)
		e.put(317, new long[] { 3, 1, predictor ? 2 : 1 }); // Predictor
		e.put(339, new long[] { 3, 1, bytes == 4 ? 3 : 1 }); // SampleFormat: IEEE float or unsigned
		b.putShort((short) entries);
		for (final java.util.Map.Entry<Integer, long[]> t : e.entrySet())
			TiffStackWriter.entry(b, t.getKey(), (int) t.getValue()[0], t.getValue()[1], t.getValue()[2]);
		b.putInt(s + 1 < depth ? (int) next : 0);
		write(b.array());
	}

	private void write(final byte[] data) throws IOException
	{
		final ByteBuffer b = ByteBuffer.wrap(data);
		while (b.hasRemaining())
			position += out.write(b, position);
	}
}
