package io.github.smm.io.coco;

import java.util.Arrays;

/** A growable array of {@code int}s. */
final class IntList
{
	private int[] values = new int[16];
	private int size;

	void add(final int v)
	{
		if (size == values.length)
			values = Arrays.copyOf(values, 2 * size);
		values[size++] = v;
	}

	int get(final int i)
	{
		return values[i];
	}

	void set(final int i, final int v)
	{
		values[i] = v;
	}

	int size()
	{
		return size;
	}

	int[] toArray()
	{
		return Arrays.copyOf(values, size);
	}
}
