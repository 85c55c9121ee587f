package io.github.smm.bioimageio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format (versions 1 to 3): a magic string, a header that is a Python
 * dict literal ({@code descr}, {@code fortran_order}, {@code shape}) and the raw values. Reads
 * booleans, signed and unsigned integers of 1 to 8 bytes and floats of 4 or 8 bytes, either
 * byte order, C or Fortran order; values become {@code float}s in C order.
 */
public final class Npy
{
	private static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y' };
	private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([bfiu])(\\d+)'");
	private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
	private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

	/** The shape and values of an array. */
	public static final class Array
	{
		public final int[] shape;
		public final float[] data;
		/** The NumPy type code, e.g. {@code f4}, {@code u1}. */
		public final String dtype;

		Array(final int[] shape, final float[] data, final String dtype)
		{
			this.shape = shape;
			this.data = data;
			this.dtype = dtype;
		}
	}

	private Npy()
	{}

	/**
	 * @param name the file's name for error messages
	 * @throws IllegalArgumentException naming the file when it is not a readable .npy array
	 */
	public static Array read(final byte[] bytes, final String name)
	{
		final ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < MAGIC.length; i++)
			if (bytes.length <= i || bytes[i] != MAGIC[i])
				throw new IllegalArgumentException(name + ": not a .npy file (no \\x93NUMPY magic)");
		final int major = bytes[6];
		b.position(8);
		final int headerLength = major == 1 ? Short.toUnsignedInt(b.getShort()) : b.getInt();
		if (major < 1 || major > 3 || headerLength < 0 || b.position() + headerLength > bytes.length)
			throw new IllegalArgumentException(name + ": unsupported or truncated .npy header (version " + major + ")");
		final String header = new String(bytes, b.position(), headerLength, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
		b.position(b.position() + headerLength);
		final Matcher d = DESCR.matcher(header), f = FORTRAN.matcher(header), s = SHAPE.matcher(header);
		if (!d.find() || !f.find() || !s.find())
			throw new IllegalArgumentException(name + ": .npy header without a numeric descr, fortran_order or shape: " + header.trim());
		final int[] shape = shape(s.group(1), name);
		final char kind = d.group(2).charAt(0);
		final int width = Integer.parseInt(d.group(3));
		checkType(kind, width, name);
		b.order(d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
		long n = 1;
		for (final int v : shape)
			n *= v;
		if (n > Integer.MAX_VALUE - 8 || b.remaining() < n * width)
			throw new IllegalArgumentException(name + ": holds " + b.remaining() + " data bytes, shape " + java.util.Arrays.toString(shape) + " needs " + n * width);
		final float[] values = new float[(int) n];
		for (int i = 0; i < values.length; i++)
			values[i] = value(b, kind, width);
		final boolean fortran = f.group(1).equals("True");
		return new Array(shape, fortran ? toRowMajor(values, shape) : values, "" + kind + width);
	}

	private static int[] shape(final String tuple, final String name)
	{
		final List<Integer> dims = new ArrayList<>();
		for (final String part : tuple.split(","))
			if (!part.trim().isEmpty())
				try
				{
					dims.add(Integer.parseInt(part.trim().replace("L", "")));
				}
				catch (final NumberFormatException e)
				{
					throw new IllegalArgumentException(name + ": .npy shape (" + tuple + ") is not a tuple of integers");
				}
		return dims.stream().mapToInt(Integer::intValue).toArray();
	}

	private static void checkType(final char kind, final int width, final String name)
	{
		final boolean ok = kind == 'b' ? width == 1 : kind == 'f' ? width == 4 || width == 8 : width == 1 || width == 2 || width == 4 || width == 8;
		if (!ok)
			throw new IllegalArgumentException(name + ": unsupported .npy type " + kind + width + " (bool, int/uint of 1-8 bytes, float32 or float64 work)");
	}

	private static float value(final ByteBuffer b, final char kind, final int width)
	{
		switch (kind)
		{
		case 'f':
			return width == 4 ? b.getFloat() : (float) b.getDouble();
		case 'b':
			return b.get() != 0 ? 1 : 0;
		case 'i':
			return width == 1 ? b.get() : width == 2 ? b.getShort() : width == 4 ? b.getInt() : (float) b.getLong();
		default:
			return width == 1 ? Byte.toUnsignedInt(b.get()) : width == 2 ? Short.toUnsignedInt(b.getShort()) : width == 4 ? Integer.toUnsignedLong(b.getInt())
					: unsignedLong(b.getLong());
		}
	}

	private static float unsignedLong(final long v)
	{
		return v >= 0 ? v : (float) ((v >>> 1) * 2.0 + (v & 1));
	}

	/** Fortran (column-major) values in C (row-major) order. */
	private static float[] toRowMajor(final float[] f, final int[] shape)
	{
		final float[] c = new float[f.length];
		final int[] pos = new int[shape.length];
		for (int i = 0; i < f.length; i++)
		{
			int fi = 0;
			for (int d = shape.length - 1; d >= 0; d--)
				fi = fi * shape[d] + pos[d];
			c[i] = f[fi];
			for (int d = shape.length - 1; d >= 0; d--)
			{
				if (++pos[d] < shape[d])
					break;
				pos[d] = 0;
			}
		}
		return c;
	}

	/** Writes a float32 C-order array (version 1 header). */
	public static void write(final OutputStream out, final int[] shape, final float[] data) throws IOException
	{
		final StringBuilder dims = new StringBuilder();
		for (final int s : shape)
			dims.append(s).append(shape.length == 1 ? "," : ", ");
		String header = String.format(Locale.ROOT, "{'descr': '<f4', 'fortran_order': False, 'shape': (%s), }", dims.toString().replaceAll(", $", ""));
		final int pad = 64 - (10 + header.length() + 1) % 64;
		header = header + " ".repeat(pad % 64) + "\n";
		final ByteArrayOutputStream head = new ByteArrayOutputStream();
		head.write(MAGIC);
		head.write(new byte[] { 1, 0, (byte) (header.length() & 0xff), (byte) (header.length() >> 8) });
		head.write(header.getBytes(StandardCharsets.ISO_8859_1));
		out.write(head.toByteArray());
		final ByteBuffer b = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
		for (final float v : data)
			b.putFloat(v);
		out.write(b.array());
	}
}
