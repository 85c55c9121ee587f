package io.github.smm.eval;

import java.util.Arrays;

/**
 * A binary min-heap of {@code (double key, int value)} pairs without decrease-key: callers push
 * again and skip stale entries.
 */
final class MinHeap
{
	private double[] keys = new double[16];
	private int[] values = new int[16];
	private int size;

	void clear()
	{
		size = 0;
	}

	boolean isEmpty()
	{
		return size == 0;
	}

	double minKey()
	{
		return keys[0];
	}

	void push(final double key, final int value)
	{
		if (size == keys.length)
		{
			keys = Arrays.copyOf(keys, 2 * size);
			values = Arrays.copyOf(values, 2 * size);
		}
		int i = size++;
		while (i > 0 && keys[(i - 1) / 2] > key)
		{
			keys[i] = keys[(i - 1) / 2];
			values[i] = values[(i - 1) / 2];
			i = (i - 1) / 2;
		}
		keys[i] = key;
		values[i] = value;
	}

	int pop()
	{
		final int top = values[0];
		final double key = keys[--size];
		final int value = values[size];
		int i = 0;
		while (2 * i + 1 < size)
		{
			int c = 2 * i + 1;
			if (c + 1 < size && keys[c + 1] < keys[c])
				c++;
			if (keys[c] >= key)
				break;
			keys[i] = keys[c];
			values[i] = values[c];
			i = c;
		}
		keys[i] = key;
		values[i] = value;
		return top;
	}
}
