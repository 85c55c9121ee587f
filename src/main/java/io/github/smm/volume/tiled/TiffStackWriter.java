package io.github.smm.volume.tiled;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import io.github.smm.volume.VoxelSize;

/**
 * Writes a multi-page TIFF slice by slice, never holding more than one slice: uncompressed 8-bit
 * or 32-bit float gray, one strip per slice, ImageJ's description (slices, unit, z spacing) and
 * the x/y resolution, so that ImageJ opens it as a calibrated z-stack and {@link TiffStack} reads
 * it region by region. As ImageJ writes stacks, the slices are stored one after the other and the
 * directories follow them (ImageJ reads only the first directory of its own stacks). Slices must
 * all be written before {@link #close()}.
 */
public final class TiffStackWriter implements Closeable
{
	private static final int ENTRIES = 15;

	private final Path file;
	private final int width, height, depth, bytes;
	private final byte[] description;
	private final VoxelSize voxel;
	private final OutputStream out;
	private int written;

	/**
	 * @param bits 8 or 32 (float)
	 * @param unit the voxel size's unit ({@code null} or empty: none)
	 * @throws IllegalArgumentException when the stack needs more than a classic TIFF's 4 GB
	 */
	public TiffStackWriter(final Path file, final int width, final int height, final int depth, final int bits, final VoxelSize voxel, final String unit) throws IOException
	{
		if (bits != 8 && bits != 32)
			throw new IllegalArgumentException("a stack is written with 8 or 32 bits per voxel, not " + bits);
		if (width < 1 || height < 1 || depth < 1)
			throw new IllegalArgumentException("a stack needs at least 1 x 1 x 1 voxels, got " + width + " x " + height + " x " + depth);
		this.bytes = bits / 8;
		if ((long) bytes * width * height * depth + depth * 400L >= 1L << 32)
			throw new IllegalArgumentException("a " + width + " x " + height + " x " + depth + " stack of " + bits + "-bit voxels does not fit a classic TIFF (4 GB)");
		this.file = file;
		this.width = width;
		this.height = height;
		this.depth = depth;
		this.voxel = voxel;
		final String u = unit == null || unit.trim().isEmpty() ? "" : "unit=" + unit.trim() + "\n";
		final byte[] raw = String.format(Locale.ROOT, "ImageJ=1.54p\nimages=%d\nslices=%d\n%sspacing=%s\nloop=false\n\0", depth, depth, u, voxel.z()).getBytes(StandardCharsets.ISO_8859_1);
		description = Arrays.copyOf(raw, raw.length + (raw.length & 1));
		out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
		final ByteBuffer head = ByteBuffer.allocate(8 + description.length).order(ByteOrder.LITTLE_ENDIAN);
		head.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt((int) directoriesStart()).put(description);
		out.write(head.array());
	}

	/** Writes the next slice ({@code width · height} values, x fastest); 8-bit values are rounded and clamped to 0..255. */
	public void writeSlice(final float[] values) throws IOException
	{
		if (values.length != width * height)
			throw new IllegalArgumentException(file + ": a slice holds " + width * height + " voxels, got " + values.length);
		if (written >= depth)
			throw new IllegalStateException(file + ": all " + depth + " slices are written");
		final ByteBuffer b = ByteBuffer.allocate(bytes * values.length).order(ByteOrder.LITTLE_ENDIAN);
		if (bytes == 1)
			for (final float v : values)
				b.put((byte) Math.max(0, Math.min(255, Math.round(v))));
		else
			for (final float v : values)
				b.putFloat(v);
		out.write(b.array());
		written++;
	}

	/** @throws IllegalStateException when slices are missing (the file would not be a valid stack) */
	@Override
	public void close() throws IOException
	{
		if (written == depth)
		{
			final ByteBuffer b = ByteBuffer.allocate((ifdBytes() + 16) * depth).order(ByteOrder.LITTLE_ENDIAN);
			for (int s = 0; s < depth; s++)
				directory(b, s);
			out.write(b.array());
		}
		out.close();
		if (written != depth)
			throw new IllegalStateException(file + ": " + written + " of " + depth + " slices written");
	}

	private static int ifdBytes()
	{
		return 2 + ENTRIES * 12 + 4;
	}

	private long sliceBytes()
	{
		return (long) bytes * width * height;
	}

	private long directoriesStart()
	{
		return 8 + description.length + depth * sliceBytes();
	}

	/** The directory of slice {@code s}, then its two resolution rationals. */
	private void directory(final ByteBuffer b, final int s)
	{
		final long base = directoriesStart() + s * (long) (ifdBytes() + 16), rationals = base + ifdBytes();
		b.putShort((short) ENTRIES);
		entry(b, 256, 4, 1, width);
		entry(b, 257, 4, 1, height);
		entry(b, 258, 3, 1, 8 * bytes); // BitsPerSample
		entry(b, 259, 3, 1, 1); // Compression: none
		entry(b, 262, 3, 1, 1); // Photometric: black is zero
		entry(b, 270, 2, description.length, 8); // ImageDescription
		entry(b, 273, 4, 1, 8 + description.length + s * sliceBytes()); // StripOffsets: one strip
		entry(b, 277, 3, 1, 1); // SamplesPerPixel
		entry(b, 278, 4, 1, height); // RowsPerStrip
		entry(b, 279, 4, 1, (long) bytes * width * height); // StripByteCounts
		entry(b, 282, 5, 1, rationals); // XResolution
		entry(b, 283, 5, 1, rationals + 8); // YResolution
		entry(b, 284, 3, 1, 1); // PlanarConfiguration: chunky
		entry(b, 296, 3, 1, 1); // ResolutionUnit: none (the unit is in the description)
		entry(b, 339, 3, 1, bytes == 4 ? 3 : 1); // SampleFormat: IEEE float or unsigned
		b.putInt(s + 1 < depth ? (int) (base + ifdBytes() + 16) : 0);
		rational(b, 1 / voxel.x());
		rational(b, 1 / voxel.y());
	}

	/** A TIFF RATIONAL of {@code v} in millionths. */
	static void rational(final ByteBuffer b, final double v)
	{
		final long den = 1_000_000;
		b.putInt((int) Math.min(0xffffffffL, Math.round(v * den))).putInt((int) den);
	}

	/** One 12-byte IFD entry: a SHORT value left-justified in its 4 bytes, anything else as a LONG or offset. */
	static void entry(final ByteBuffer b, final int tag, final int type, final long count, final long value)
	{
		b.putShort((short) tag).putShort((short) type).putInt((int) count);
		if (type == 3 && count == 1)
			b.putShort((short) value).putShort((short) 0);
		else
			b.putInt((int) value);
	}
}
