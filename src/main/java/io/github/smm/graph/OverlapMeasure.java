package io.github.smm.graph;

import java.util.Locale;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;

/** The overlap term O of the edge weight. */
public enum OverlapMeasure
{
	/** Intersection over union (the published reference). */
	IOU("iou"),
	/** Intersection over the smaller mask: a fragment inside a full prediction scores 1. */
	IOS("ios"),
	/**
	 * IoU restricted to the intersection of the two instances' source windows, the region both
	 * tiles actually saw; plain IoU when a window is unknown. Undefined ({@code NaN}) when the
	 * windows do not meet or neither mask has a pixel where they meet: then the two tiles never
	 * saw the same pixels of these objects, and there is no evidence either way.
	 */
	WINDOW_IOU("window_iou");

	private final String token;

	OverlapMeasure(final String token)
	{
		this.token = token;
	}

	/** The macro/CLI token, e.g. {@code window_iou}. */
	public String token()
	{
		return token;
	}

	/**
	 * The overlap of two instances given their intersection area (already computed by the
	 * caller, so it is not computed twice); {@code NaN} when undefined (see {@link #WINDOW_IOU}).
	 */
	public double of(final Instance a, final Instance b, final long intersection)
	{
		switch (this)
		{
		case IOU:
			return ratio(intersection, a.area() + b.area() - intersection);
		case IOS:
			return ratio(intersection, Math.min(a.area(), b.area()));
		default:
			if (a.window() == null || b.window() == null)
				return IOU.of(a, b, intersection);
			final Box w = a.window().intersect(b.window());
			if (w.isEmpty())
				return Double.NaN;
			if (w.contains(a.box()) && w.contains(b.box()))
				return IOU.of(a, b, intersection);
			final long inter = Masks.intersectionArea(a.mask(), b.mask(), w);
			final long union = Masks.area(a.mask(), w) + Masks.area(b.mask(), w) - inter;
			return union == 0 ? Double.NaN : (double) inter / union;
		}
	}

	private static double ratio(final long num, final long den)
	{
		return den == 0 ? 0 : (double) num / den;
	}

	/** Parses a token ({@code iou}, {@code ios}, {@code window_iou}). */
	public static OverlapMeasure parse(final String token)
	{
		for (final OverlapMeasure m : values())
			if (m.token.equals(token.trim().toLowerCase(Locale.ROOT)))
				return m;
		throw new IllegalArgumentException("unknown overlap measure '" + token + "' (expected iou, ios or window_iou)");
	}
}
