package io.github.smm.eval;

import java.util.Objects;

/**
 * Options of {@link AnnotationCheck}: the area below which a mask is a sliver and the
 * connectivity used to split masks into pieces. Immutable; {@code with…} methods return
 * modified copies.
 */
public final class AnnotationCheckOptions
{
	/** Default sliver limit: masks of fewer pixels are reported. */
	public static final long DEFAULT_MIN_AREA = 10;

	private final long minArea;
	private final Connectivity connectivity;

	private AnnotationCheckOptions(final long minArea, final Connectivity connectivity)
	{
		this.minArea = minArea;
		this.connectivity = connectivity;
	}

	/** Slivers below {@value #DEFAULT_MIN_AREA} pixels, 8-connected pieces. */
	public static AnnotationCheckOptions defaults()
	{
		return new AnnotationCheckOptions(DEFAULT_MIN_AREA, Connectivity.EIGHT);
	}

	/**
	 * A copy reporting masks of fewer than {@code pixels} pixels as slivers (0: none).
	 *
	 * @throws IllegalArgumentException when negative
	 */
	public AnnotationCheckOptions withMinArea(final long pixels)
	{
		if (pixels < 0)
			throw new IllegalArgumentException("minimum area " + pixels + " is negative");
		return new AnnotationCheckOptions(pixels, connectivity);
	}

	/** A copy splitting masks into pieces with another connectivity. */
	public AnnotationCheckOptions withConnectivity(final Connectivity c)
	{
		return new AnnotationCheckOptions(minArea, Objects.requireNonNull(c, "connectivity"));
	}

	public long minArea()
	{
		return minArea;
	}

	public Connectivity connectivity()
	{
		return connectivity;
	}
}
