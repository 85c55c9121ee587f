package io.github.smm.bioimageio;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An n-dimensional array of numbers with named axes (the axis ids of a model description, such
 * as {@code batch}, {@code channel}, {@code y}, {@code x}), stored row-major (the last axis
 * varies fastest) as {@code float}s whatever the data type it stands for.
 */
public final class Tensor
{
	private final List<String> axes;
	private final int[] shape;
	private final float[] data;

	/**
	 * @param axes the axis ids, one per dimension, distinct
	 * @param shape the size of every axis
	 * @param data {@code shape[0] · shape[1] · …} values, row-major; not copied
	 */
	public Tensor(final List<String> axes, final int[] shape, final float[] data)
	{
		if (axes.size() != shape.length)
			throw new IllegalArgumentException("a tensor of " + shape.length + " dimensions needs " + shape.length + " axis ids, got " + axes);
		if (axes.stream().distinct().count() != axes.size())
			throw new IllegalArgumentException("repeated axis id in " + axes);
		long n = 1;
		for (final int s : shape)
		{
			if (s < 1)
				throw new IllegalArgumentException("axis sizes must be >= 1, got " + Arrays.toString(shape));
			n *= s;
		}
		if (n != data.length)
			throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " values, got " + data.length);
		this.axes = List.copyOf(axes);
		this.shape = shape.clone();
		this.data = data;
	}

	/** A tensor of zeros. */
	public static Tensor zeros(final List<String> axes, final int... shape)
	{
		long n = 1;
		for (final int s : shape)
			n *= s;
		if (n > Integer.MAX_VALUE - 8)
			throw new IllegalArgumentException("a tensor of shape " + Arrays.toString(shape) + " is too large (" + n + " values)");
		return new Tensor(axes, shape, new float[(int) n]);
	}

	public List<String> axes()
	{
		return axes;
	}

	public int[] shape()
	{
		return shape.clone();
	}

	/** The values, row-major (not a copy: changes write through). */
	public float[] data()
	{
		return data;
	}

	public int dimensions()
	{
		return shape.length;
	}

	/** The dimension of an axis id, or -1. */
	public int indexOf(final String axis)
	{
		return axes.indexOf(axis);
	}

	/** The size of an axis; 1 for an axis the tensor does not have. */
	public int size(final String axis)
	{
		final int d = axes.indexOf(axis);
		return d < 0 ? 1 : shape[d];
	}

	/** Distance in the data array between neighbours along a dimension. */
	public int stride(final int dimension)
	{
		int s = 1;
		for (int d = dimension + 1; d < shape.length; d++)
			s *= shape[d];
		return s;
	}

	/**
	 * The group of every value when the axes in {@code reduced} are reduced (statistics over
	 * them, one per combination of the other axes): {@code group[i]} in
	 * {@code [0, groupCount(reduced))}, row-major over the kept axes. Axes the tensor lacks
	 * are ignored.
	 */
	public int[] groups(final Collection<String> reduced)
	{
		final int[] group = new int[data.length];
		final int[] keptStride = new int[shape.length];
		int g = 1;
		for (int d = shape.length - 1; d >= 0; d--)
			if (!reduced.contains(axes.get(d)))
			{
				keptStride[d] = g;
				g *= shape[d];
			}
		final int[] pos = new int[shape.length];
		int current = 0;
		for (int i = 0; i < data.length; i++)
		{
			group[i] = current;
			for (int d = shape.length - 1; d >= 0; d--)
			{
				current += keptStride[d];
				if (++pos[d] < shape[d])
					break;
				current -= keptStride[d] * shape[d];
				pos[d] = 0;
			}
		}
		return group;
	}

	/** The number of groups of {@link #groups(Collection)}. */
	public int groupCount(final Collection<String> reduced)
	{
		int g = 1;
		for (int d = 0; d < shape.length; d++)
			if (!reduced.contains(axes.get(d)))
				g *= shape[d];
		return g;
	}

	/**
	 * The tensors joined along {@code axis}, each of size 1 there (samples into a batch); the
	 * tensors must have the same axes and shape.
	 */
	public static Tensor stack(final String axis, final List<Tensor> parts)
	{
		final Tensor first = parts.get(0);
		final int d = first.indexOf(axis);
		if (d < 0)
			throw new IllegalArgumentException(first + " has no axis '" + axis + "'");
		for (final Tensor p : parts)
			if (!p.axes.equals(first.axes) || p.shape[d] != 1 || !Arrays.equals(p.shape(), first.shape))
				throw new IllegalArgumentException("cannot stack " + p + " onto " + first + " along '" + axis + "'");
		final int[] shape = first.shape();
		shape[d] = parts.size();
		final Tensor out = zeros(first.axes, shape);
		final int inner = first.stride(d), outer = first.data.length / inner;
		for (int o = 0; o < outer; o++)
			for (int k = 0; k < parts.size(); k++)
				System.arraycopy(parts.get(k).data, o * inner, out.data, (o * parts.size() + k) * inner, inner);
		return out;
	}

	/** The samples along {@code axis}, each with size 1 there: the inverse of {@link #stack}. */
	public List<Tensor> split(final String axis)
	{
		final int d = indexOf(axis);
		if (d < 0)
			throw new IllegalArgumentException(this + " has no axis '" + axis + "'");
		final int n = shape[d], inner = stride(d), outer = data.length / (n * inner);
		final int[] partShape = shape();
		partShape[d] = 1;
		final List<Tensor> out = new java.util.ArrayList<>(n);
		for (int k = 0; k < n; k++)
		{
			final Tensor p = zeros(axes, partShape);
			for (int o = 0; o < outer; o++)
				System.arraycopy(data, (o * n + k) * inner, p.data, o * inner, inner);
			out.add(p);
		}
		return out;
	}

	/** A copy with its own data. */
	public Tensor copy()
	{
		return new Tensor(axes, shape, data.clone());
	}

	@Override
	public String toString()
	{
		return "tensor " + axes + " " + Arrays.toString(shape);
	}
}
