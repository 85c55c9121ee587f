package io.github.smm.bioimageio;

import java.util.Arrays;
import java.util.Collection;

/**
 * Parameters given per index of one axis (a mean per channel, a gain per channel…): the value
 * at every element of a tensor. One value applies everywhere.
 */
final class AxisValues
{
	private final double[] values;
	private final String axis;
	private final Collection<String> jointAxes;
	private final String entry, packageName;

	/**
	 * @param axis the axis the values run along, or null to find it: the one axis outside
	 *            {@code jointAxes} (and not the batch) whose size is the number of values
	 */
	AxisValues(final double[] values, final String axis, final Collection<String> jointAxes, final String packageName, final String entry)
	{
		this.values = values;
		this.axis = axis;
		this.jointAxes = jointAxes;
		this.packageName = packageName;
		this.entry = entry;
	}

	static AxisValues scalar(final double v)
	{
		return new AxisValues(new double[] { v }, null, null, "", "");
	}

	/** True for one value that applies everywhere. */
	boolean isScalar()
	{
		return values.length == 1;
	}

	/** The one value of a scalar. */
	double scalar()
	{
		return values[0];
	}

	/** The value at every element of {@code t}. */
	double[] expand(final Tensor t)
	{
		if (values.length == 1)
		{
			final double[] out = new double[t.data().length];
			Arrays.fill(out, values[0]);
			return out;
		}
		final int d = dimension(t);
		final int stride = t.stride(d), size = t.shape()[d];
		final double[] out = new double[t.data().length];
		for (int i = 0; i < out.length; i++)
			out[i] = values[(i / stride) % size];
		return out;
	}

	private int dimension(final Tensor t)
	{
		if (axis != null)
		{
			final int d = t.indexOf(axis);
			if (d < 0 || t.shape()[d] != values.length)
				throw new ModelPackageException(packageName, entry, values.length + " values along axis '" + axis + "', but the tensor " + t + " has "
						+ (d < 0 ? "no such axis" : t.shape()[d] + " there"), "give one value, or one per index of an axis of the tensor");
			return d;
		}
		int found = -1;
		for (int d = 0; d < t.dimensions(); d++)
			if (!t.axes().get(d).equals("batch") && (jointAxes == null || !jointAxes.contains(t.axes().get(d))) && t.shape()[d] == values.length)
			{
				if (found >= 0)
					throw new ModelPackageException(packageName, entry, values.length + " values fit several axes of " + t, "name the axis ('axis') the values run along");
				found = d;
			}
		if (found < 0)
			throw new ModelPackageException(packageName, entry, values.length + " values fit no axis of " + t, "give one value, or one per index of an axis of the tensor");
		return found;
	}
}
