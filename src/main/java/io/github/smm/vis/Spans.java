package io.github.smm.vis;

import java.util.Arrays;

/** A reusable list of sorted, disjoint column spans {@code [start, end)} of one row. */
final class Spans
{
	int[] start = new int[8], end = new int[8];
	int size;

	void clear()
	{
		size = 0;
	}

	void add(final int s, final int e)
	{
		if (e <= s)
			return;
		if (size == start.length)
		{
			start = Arrays.copyOf(start, 2 * size);
			end = Arrays.copyOf(end, 2 * size);
		}
		start[size] = s;
		end[size] = e;
		size++;
	}

	/** This becomes row {@code r} of {@code rows} with each run shrunk by {@code t} per side. */
	void setEroded(final MaskRows rows, final int r, final int t)
	{
		clear();
		for (int k = rows.first(r); k < rows.last(r); k++)
			add(rows.start[k] + t, rows.end[k] - t);
	}

	/** This becomes a copy of {@code other}. */
	void copyFrom(final Spans other)
	{
		clear();
		for (int i = 0; i < other.size; i++)
			add(other.start[i], other.end[i]);
	}

	/** {@code out} becomes this ∩ {@code other}. */
	void intersect(final Spans other, final Spans out)
	{
		out.clear();
		int i = 0, j = 0;
		while (i < size && j < other.size)
		{
			out.add(Math.max(start[i], other.start[j]), Math.min(end[i], other.end[j]));
			if (end[i] < other.end[j])
				i++;
			else
				j++;
		}
	}

	/** {@code out} becomes {@code [s, e)} minus this. */
	void subtractFrom(final int s, final int e, final Spans out)
	{
		out.clear();
		int x = s;
		for (int k = 0; k < size && x < e; k++)
		{
			if (end[k] <= x)
				continue;
			if (start[k] >= e)
				break;
			out.add(x, start[k]);
			x = Math.max(x, end[k]);
		}
		out.add(x, e);
	}
}
