package io.github.smm.io.coco;

import java.util.Objects;

/**
 * How {@link CocoJson} writes masks: compressed RLE (lossless, the default), or polygons traced
 * along pixel edges and simplified with a tolerance in pixels. Crowd regions and empty masks are
 * always written as RLE, as COCO does. COCO polygons cannot have holes; {@link Holes} says what
 * to do with a mask that has one.
 */
public final class CocoWriteOptions
{
	/** The encoding of {@code segmentation}. */
	public enum Segmentation
	{
		/** Compressed RLE {@code {"size": [h, w], "counts": "..."}}. */
		RLE,
		/** Polygon lists {@code [[x0, y0, x1, y1, ...], ...]}. */
		POLYGONS
	}

	/** What polygon output does with a mask that has holes. */
	public enum Holes
	{
		/** Write that mask as compressed RLE, so no pixel is lost or added. */
		WRITE_RLE,
		/** Write only the exterior rings: rasterised again, the holes are filled. */
		FILL
	}

	private final Segmentation segmentation;
	private final double tolerance;
	private final Holes holes;
	private final boolean scores;

	private CocoWriteOptions(final Segmentation segmentation, final double tolerance, final Holes holes, final boolean scores)
	{
		if (!(tolerance >= 0) || Double.isInfinite(tolerance))
			throw new IllegalArgumentException("polygon tolerance " + tolerance + " is not a finite non-negative number of pixels");
		this.segmentation = segmentation;
		this.tolerance = tolerance;
		this.holes = Objects.requireNonNull(holes, "holes");
		this.scores = scores;
	}

	/** Compressed RLE with scores. */
	public static CocoWriteOptions rle()
	{
		return new CocoWriteOptions(Segmentation.RLE, 0, Holes.WRITE_RLE, true);
	}

	/**
	 * Polygons simplified with {@code tolerance} pixels (0: exact pixel outlines), masks with
	 * holes as RLE, with scores.
	 */
	public static CocoWriteOptions polygons(final double tolerance)
	{
		return new CocoWriteOptions(Segmentation.POLYGONS, tolerance, Holes.WRITE_RLE, true);
	}

	/** The same options with another hole policy. */
	public CocoWriteOptions withHoles(final Holes policy)
	{
		return new CocoWriteOptions(segmentation, tolerance, policy, scores);
	}

	/** The same options, writing the {@code score} of annotations or not (results always have it). */
	public CocoWriteOptions withScores(final boolean write)
	{
		return new CocoWriteOptions(segmentation, tolerance, holes, write);
	}

	public Segmentation segmentation()
	{
		return segmentation;
	}

	/** Polygon simplification tolerance in pixels. */
	public double tolerance()
	{
		return tolerance;
	}

	public Holes holes()
	{
		return holes;
	}

	public boolean writesScores()
	{
		return scores;
	}
}
