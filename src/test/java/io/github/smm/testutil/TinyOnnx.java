package io.github.smm.testutil;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes tiny ONNX models byte by byte (the protobuf wire format of onnx.proto), so tests can
 * run a real graph through ONNX Runtime without any Python tooling: a 2D convolution with a
 * given kernel and zero padding (a tile-independent linear filter), input {@code x} of shape
 * {@code [batch, 1, height, width]} with free batch, height and width, output {@code y}.
 */
public final class TinyOnnx
{
	private TinyOnnx()
	{}

	/**
	 * A {@code Conv} with a square odd kernel ({@code k × k} values, row-major) padded by
	 * {@code k / 2} with zeros, plus {@code bias}.
	 */
	public static byte[] convolution(final float[] kernel, final float bias)
	{
		return convolution(kernel, bias, 1);
	}

	/**
	 * The same over {@code channels} input channels: {@code kernel} holds {@code channels}
	 * square kernels one after the other, their responses are summed into one output channel.
	 */
	public static byte[] convolution(final float[] kernel, final float bias, final int channels)
	{
		final int k = (int) Math.round(Math.sqrt(kernel.length / channels));
		if (channels < 1 || channels * k * k != kernel.length || k % 2 == 0)
			throw new IllegalArgumentException("the kernel must be " + channels + " square kernels of an odd size, got " + kernel.length + " values");
		final Proto node = new Proto().string(1, "x").string(1, "w").string(1, "b").string(2, "y").string(3, "conv").string(4, "Conv")
				.message(5, new Proto().string(1, "kernel_shape").varint(20, 7).varint(8, k).varint(8, k))
				.message(5, new Proto().string(1, "pads").varint(20, 7).varint(8, k / 2).varint(8, k / 2).varint(8, k / 2).varint(8, k / 2));
		final Proto graph = new Proto().message(1, node).string(2, "tiny")
				.message(5, floats("w", new long[] { 1, channels, k, k }, kernel))
				.message(5, floats("b", new long[] { 1 }, new float[] { bias }))
				.message(11, valueInfo("x", channels)).message(12, valueInfo("y", 1));
		return new Proto().varint(1, 8).string(2, "smm-tests").message(7, graph).message(8, new Proto().string(1, "").varint(2, 13)).bytes();
	}

	private static Proto floats(final String name, final long[] dims, final float[] values)
	{
		final Proto t = new Proto();
		for (final long d : dims)
			t.varint(1, d);
		final ByteBuffer raw = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		for (final float v : values)
			raw.putFloat(v);
		return t.varint(2, 1).string(8, name).raw(9, raw.array());
	}

	/** A float tensor {@code [batch, channels, height, width]} with symbolic batch, height and width. */
	private static Proto valueInfo(final String name, final int channels)
	{
		final Proto shape = new Proto().message(1, new Proto().string(2, "batch")).message(1, new Proto().varint(1, channels))
				.message(1, new Proto().string(2, "height")).message(1, new Proto().string(2, "width"));
		return new Proto().string(1, name).message(2, new Proto().message(1, new Proto().varint(1, 1).message(2, shape)));
	}

	/** A protobuf message under construction. */
	private static final class Proto
	{
		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Proto varint(final int field, final long v)
		{
			writeVarint((long) field << 3);
			writeVarint(v);
			return this;
		}

		Proto string(final int field, final String s)
		{
			return raw(field, s.getBytes(StandardCharsets.UTF_8));
		}

		Proto message(final int field, final Proto m)
		{
			return raw(field, m.bytes());
		}

		Proto raw(final int field, final byte[] b)
		{
			writeVarint((long) field << 3 | 2);
			writeVarint(b.length);
			out.write(b, 0, b.length);
			return this;
		}

		byte[] bytes()
		{
			return out.toByteArray();
		}

		private void writeVarint(long v)
		{
			while ((v & ~0x7FL) != 0)
			{
				out.write((int) (v & 0x7F) | 0x80);
				v >>>= 7;
			}
			out.write((int) v);
		}
	}
}
