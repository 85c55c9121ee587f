package io.github.smm.eval.coco;

import java.util.Objects;

/**
 * A named object-area range {@code [min, max]} (both ends included, as in pycocotools): ground
 * truth outside it is ignored, and so are unmatched detections outside it.
 */
public final class AreaRange
{
	/** pycocotools' {@code all}: {@code [0, 1e10]}. */
	public static final AreaRange ALL = new AreaRange("all", 0, 1e10);
	/** pycocotools' {@code small}: {@code [0, 32²]}. */
	public static final AreaRange SMALL = new AreaRange("small", 0, 32 * 32);
	/** pycocotools' {@code medium}: {@code [32², 96²]}. */
	public static final AreaRange MEDIUM = new AreaRange("medium", 32 * 32, 96 * 96);
	/** pycocotools' {@code large}: {@code [96², 1e10]}. */
	public static final AreaRange LARGE = new AreaRange("large", 96 * 96, 1e10);

	private final String label;
	private final double min;
	private final double max;

	/** @throws IllegalArgumentException when {@code min > max} or a bound is NaN */
	public AreaRange(final String label, final double min, final double max)
	{
		this.label = Objects.requireNonNull(label, "label");
		if (!(min <= max))
			throw new IllegalArgumentException("area range '" + label + "': [" + min + ", " + max + "] is empty");
		this.min = min;
		this.max = max;
	}

	public String label()
	{
		return label;
	}

	public double min()
	{
		return min;
	}

	public double max()
	{
		return max;
	}

	/** True unless {@code area < min} or {@code area > max}. */
	public boolean contains(final double area)
	{
		return !(area < min || area > max);
	}

	@Override
	public String toString()
	{
		return label + " [" + min + ", " + max + "]";
	}
}
