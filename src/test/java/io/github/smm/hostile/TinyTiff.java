package io.github.smm.hostile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Hand-made single-strip little-endian TIFFs, valid or broken on purpose. */
class TinyTiff
{
	long width = 8, height = 8;
	int bits = 8, sampleFormat = 1, compression = 1, samples = 1;
	byte[] pixels;
	/** Offset of the next IFD (0: none; 8: the first IFD again, a loop). */
	long nextIfd;
	/** Strip byte count written in the IFD ({@code -1}: the true one). */
	long stripBytes = -1;
	/** Bytes to cut from the end of the file. */
	int cut;

	TinyTiff pixels(final byte[] p)
	{
		pixels = p;
		return this;
	}

	/** An 8×8 8-bit image with a 4×4 square of label 1 and one of label 2. */
	static TinyTiff labels8()
	{
		final TinyTiff t = new TinyTiff();
		final byte[] p = new byte[64];
		for (int y = 0; y < 4; y++)
			for (int x = 0; x < 4; x++)
			{
				p[y * 8 + x] = 1;
				p[(y + 4) * 8 + x + 4] = 2;
			}
		return t.pixels(p);
	}

	byte[] bytes()
	{
		final int tags = 10;
		final int ifdSize = 2 + tags * 12 + 4;
		final int dataOffset = 8 + ifdSize;
		final byte[] data = pixels != null ? pixels : new byte[(int) Math.min(1 << 20, width * height * (bits / 8) * samples)];
		final ByteBuffer b = ByteBuffer.allocate(dataOffset + data.length).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		b.putShort((short) tags);
		tag(b, 256, 4, width);
		tag(b, 257, 4, height);
		tag(b, 258, 3, bits);
		tag(b, 259, 3, compression);
		tag(b, 262, 3, 1);
		tag(b, 273, 4, dataOffset);
		tag(b, 277, 3, samples);
		tag(b, 278, 4, height);
		tag(b, 279, 4, stripBytes >= 0 ? stripBytes : data.length);
		tag(b, 339, 3, sampleFormat);
		b.putInt((int) nextIfd);
		b.put(data);
		final byte[] all = b.array();
		return java.util.Arrays.copyOf(all, all.length - cut);
	}

	private static void tag(final ByteBuffer b, final int tag, final int type, final long value)
	{
		b.putShort((short) tag).putShort((short) type).putInt(1);
		if (type == 3)
			b.putShort((short) value).putShort((short) 0);
		else
			b.putInt((int) value);
	}
}
