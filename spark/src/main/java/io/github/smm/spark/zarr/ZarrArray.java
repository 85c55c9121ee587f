package io.github.smm.spark.zarr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

import com.google.gson.JsonObject;

/**
 * One chunked array of a Zarr store on a file system, format 2 ({@code .zarray}) or 3
 * ({@code zarr.json}): its shape, chunk shape, data type and codecs, and its chunks read and
 * written one at a time. What is supported is what images and label outputs need: C order,
 * the integer and float data types, no compression, {@code zlib} or {@code gzip} (v2) and
 * {@code bytes} + {@code gzip} (v3), chunk keys {@code y.x} / {@code y/x} (v2) and
 * {@code c/y/x} / {@code c.y.x} or v2-style (v3). Anything else (blosc, zstd, sharding,
 * filters, transposes) is refused with an error naming the store and the codec.
 */
public final class ZarrArray
{
	final Path dir;
	final int format;
	final long[] shape;
	final int[] chunks;
	final ZarrType type;
	final ByteOrder order;
	final String compressor;
	private final String separator;
	private final boolean v2Keys;
	final double fill;

	ZarrArray(final Path dir, final int format, final long[] shape, final int[] chunks, final ZarrType type, final ByteOrder order, final String compressor,
			final String separator, final boolean v2Keys, final double fill)
	{
		this.dir = dir;
		this.format = format;
		this.shape = shape;
		this.chunks = chunks;
		this.type = type;
		this.order = order;
		this.compressor = compressor;
		this.separator = separator;
		this.v2Keys = v2Keys;
		this.fill = fill;
	}

	/** The array stored at {@code dir} (see {@link ZarrMetadata#read}). */
	public static ZarrArray open(final Path dir) throws IOException
	{
		return ZarrMetadata.read(dir);
	}

	/**
	 * Creates an empty array (format 2 or 3, no chunk written yet: missing chunks read as the
	 * fill value 0) with gzip-compressed chunks.
	 */
	public static ZarrArray create(final Path dir, final int format, final long[] shape, final int[] chunks, final ZarrType type) throws IOException
	{
		final ZarrArray a = new ZarrArray(dir, format, shape.clone(), chunks.clone(), type, ByteOrder.LITTLE_ENDIAN, "gzip", format == 2 ? "." : "/", false, 0);
		Files.createDirectories(dir);
		final JsonObject meta = ZarrMetadata.json(a);
		Files.write(dir.resolve(format == 2 ? ".zarray" : "zarr.json"), meta.toString().getBytes(StandardCharsets.UTF_8));
		return a;
	}

	public long[] shape()
	{
		return shape.clone();
	}

	public int[] chunks()
	{
		return chunks.clone();
	}

	/** Number of values of one chunk. */
	int chunkSize()
	{
		int n = 1;
		for (final int c : chunks)
			n *= c;
		return n;
	}

	/** The file of the chunk with these grid indices. */
	Path chunkFile(final long[] index)
	{
		final StringBuilder key = new StringBuilder(format == 3 && !v2Keys ? "c" + separator : "");
		for (int d = 0; d < index.length; d++)
			key.append(d == 0 ? "" : separator).append(index[d]);
		Path p = dir;
		for (final String part : key.toString().split("/"))
			p = p.resolve(part);
		return p;
	}

	/** The values of a chunk in C order, the fill value where the chunk is not stored. */
	public double[] readChunk(final long[] index) throws IOException
	{
		final Path file = chunkFile(index);
		final double[] out = new double[chunkSize()];
		if (!Files.isRegularFile(file))
		{
			java.util.Arrays.fill(out, fill);
			return out;
		}
		final byte[] raw = decompress(Files.readAllBytes(file), file);
		if (raw.length != out.length * type.bytes)
			throw new IOException(file + ": chunk of " + raw.length + " bytes, expected " + out.length * type.bytes + " (" + type + " " + java.util.Arrays.toString(chunks) + ")");
		type.decode(ByteBuffer.wrap(raw).order(order), out);
		return out;
	}

	/** Writes a chunk (C order, {@link #chunkSize()} values). */
	public void writeChunk(final long[] index, final double[] values) throws IOException
	{
		final ByteBuffer b = ByteBuffer.allocate(values.length * type.bytes).order(order);
		type.encode(values, b);
		final Path file = chunkFile(index);
		Files.createDirectories(file.getParent());
		Files.write(file, compress(b.array()));
	}

	private byte[] decompress(final byte[] bytes, final Path file) throws IOException
	{
		if (compressor.equals("none"))
			return bytes;
		try (InputStream in = compressor.equals("gzip") ? new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))
				: new InflaterInputStream(new java.io.ByteArrayInputStream(bytes)))
		{
			return in.readAllBytes();
		}
		catch (final IOException e)
		{
			throw new IOException(file + ": cannot decompress the " + compressor + " chunk: " + e.getMessage(), e);
		}
	}

	private byte[] compress(final byte[] bytes) throws IOException
	{
		if (compressor.equals("none"))
			return bytes;
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.io.OutputStream z = compressor.equals("gzip") ? new GZIPOutputStream(out) : new DeflaterOutputStream(out))
		{
			z.write(bytes);
		}
		return out.toByteArray();
	}

	@Override
	public String toString()
	{
		return dir + " (Zarr v" + format + ", " + type + ", shape " + java.util.Arrays.toString(shape) + ", chunks " + java.util.Arrays.toString(chunks) + ", " + compressor + ")";
	}
}
