package io.github.smm.spark.zarr;

import java.nio.ByteBuffer;
import java.util.Locale;

/** The data types of Zarr arrays the job reads and writes, with their v2 and v3 names. */
public enum ZarrType
{
	INT8("i1", "int8", 1), UINT8("u1", "uint8", 1), INT16("i2", "int16", 2), UINT16("u2", "uint16", 2), INT32("i4", "int32", 4), UINT32("u4", "uint32", 4),
	FLOAT32("f4", "float32", 4), FLOAT64("f8", "float64", 8);

	final String v2, v3;
	final int bytes;

	ZarrType(final String v2, final String v3, final int bytes)
	{
		this.v2 = v2;
		this.v3 = v3;
		this.bytes = bytes;
	}

	/** The type of a v2 {@code dtype} without its byte-order sign ({@code u2}) or a v3 {@code data_type} ({@code uint16}). */
	static ZarrType parse(final String name, final String where)
	{
		for (final ZarrType t : values())
			if (t.v2.equals(name) || t.v3.equals(name.toLowerCase(Locale.ROOT)))
				return t;
		throw new IllegalArgumentException(where + ": data type '" + name + "' is not supported (int8, uint8, int16, uint16, int32, uint32, float32, float64)");
	}

	void decode(final ByteBuffer b, final double[] out)
	{
		for (int i = 0; i < out.length; i++)
			out[i] = read(b);
	}

	private double read(final ByteBuffer b)
	{
		switch (this)
		{
			case INT8:
				return b.get();
			case UINT8:
				return b.get() & 0xff;
			case INT16:
				return b.getShort();
			case UINT16:
				return b.getShort() & 0xffff;
			case INT32:
				return b.getInt();
			case UINT32:
				return b.getInt() & 0xffffffffL;
			case FLOAT32:
				return b.getFloat();
			default:
				return b.getDouble();
		}
	}

	void encode(final double[] values, final ByteBuffer b)
	{
		for (final double v : values)
			switch (this)
			{
				case INT8:
				case UINT8:
					b.put((byte) (long) v);
					break;
				case INT16:
				case UINT16:
					b.putShort((short) (long) v);
					break;
				case INT32:
				case UINT32:
					b.putInt((int) (long) v);
					break;
				case FLOAT32:
					b.putFloat((float) v);
					break;
				default:
					b.putDouble(v);
			}
	}

	@Override
	public String toString()
	{
		return v3;
	}
}
