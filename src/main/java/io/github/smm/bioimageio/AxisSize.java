package io.github.smm.bioimageio;

/**
 * The sizes an axis accepts: a fixed size, any {@code min + k·step} ({@code k ≥ 0}), the size
 * of another tensor's axis ({@code scale · size + offset}), or any size (a batch axis left
 * free).
 */
public final class AxisSize
{
	private final int fixed, min, step;
	private final String tensor, axis;
	private final double scale;
	private final int offset;

	private AxisSize(final int fixed, final int min, final int step, final String tensor, final String axis, final double scale, final int offset)
	{
		this.fixed = fixed;
		this.min = min;
		this.step = step;
		this.tensor = tensor;
		this.axis = axis;
		this.scale = scale;
		this.offset = offset;
	}

	public static AxisSize fixed(final int size)
	{
		return new AxisSize(size, 0, 0, null, null, 0, 0);
	}

	/** Sizes {@code min + k·step}; {@code step = 0} means {@code min} only. */
	public static AxisSize parameterized(final int min, final int step)
	{
		return step == 0 ? fixed(min) : new AxisSize(-1, min, step, null, null, 0, 0);
	}

	/** The size of axis {@code axis} of tensor {@code tensor}, times {@code scale}, plus {@code offset}. */
	public static AxisSize reference(final String tensor, final String axis, final double scale, final int offset)
	{
		return new AxisSize(-1, 0, 0, tensor, axis, scale, offset);
	}

	/** Any size (a batch axis of free size). */
	public static AxisSize any()
	{
		return new AxisSize(-1, 1, 1, null, null, 0, 0);
	}

	public boolean isFixed()
	{
		return fixed > 0;
	}

	public boolean isReference()
	{
		return tensor != null;
	}

	public int min()
	{
		return isFixed() ? fixed : min;
	}

	public int step()
	{
		return step;
	}

	public String referenceTensor()
	{
		return tensor;
	}

	public String referenceAxis()
	{
		return axis;
	}

	public double scale()
	{
		return scale;
	}

	public int offset()
	{
		return offset;
	}

	/** True when {@code size} is valid (a reference accepts every size; check it against its tensor). */
	public boolean accepts(final int size)
	{
		if (isReference())
			return true;
		if (isFixed())
			return size == fixed;
		return size >= min && (size - min) % step == 0;
	}

	/** The valid size nearest to {@code wanted} (the smaller one on a tie); a reference returns {@code wanted}. */
	public int nearest(final int wanted)
	{
		if (isReference())
			return wanted;
		if (isFixed())
			return fixed;
		if (wanted <= min)
			return min;
		final int k = (wanted - min) / step;
		final int below = min + k * step, above = below + step;
		return wanted - below <= above - wanted ? below : above;
	}

	/** The smallest valid size at least {@code wanted}; a fixed size is returned as it is. */
	public int atLeast(final int wanted)
	{
		if (isReference())
			return wanted;
		if (isFixed())
			return fixed;
		if (wanted <= min)
			return min;
		return min + (wanted - min + step - 1) / step * step;
	}

	/** The size given the referenced axis' size. */
	public int ofReferenced(final int referencedSize)
	{
		return (int) Math.round(scale * referencedSize) + offset;
	}

	@Override
	public String toString()
	{
		if (isReference())
			return "size of " + tensor + "." + axis + (scale != 1 ? " x " + scale : "") + (offset != 0 ? " + " + offset : "");
		if (isFixed())
			return String.valueOf(fixed);
		return min + " + k*" + step;
	}
}
