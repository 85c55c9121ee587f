package io.github.smm.io.coco;

import java.util.Arrays;

/** A growable array of {@code long}s. */
final class LongList
{
	private long[] values = new long[16];
	private int size;

	void add(final long v)
	{
		if (size == values.length)
			values = Arrays.copyOf(values, 2 * size);
		values[size++] = v;
	}

	long get(final int i)
	{
		return values[i];
	}

	void set(final int i, final long v)
	{
		values[i] = v;
	}

	int size()
	{
		return size;
	}

	long[] toArray()
	{
		return Arrays.copyOf(values, size);
	}
}
