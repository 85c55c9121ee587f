package io.github.smm.eval;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The {@link Seg} measure of one image: per ground-truth object its matched prediction and
 * Jaccard index, and their mean.
 */
public final class SegResult
{
	private final List<ObjectMatch> objects;
	private final double sumJaccard;

	SegResult(final List<ObjectMatch> objects, final double sumJaccard)
	{
		this.objects = Collections.unmodifiableList(objects);
		this.sumJaccard = sumJaccard;
	}

	/**
	 * One row per ground-truth object in input order: the matched prediction and the Jaccard
	 * index as {@link ObjectMatch#iou()}, or unmatched (J = 0).
	 */
	public List<ObjectMatch> objects()
	{
		return objects;
	}

	public int groundTruthCount()
	{
		return objects.size();
	}

	/** Sum of J over the ground-truth objects. */
	public double sumJaccard()
	{
		return sumJaccard;
	}

	/** SEG: mean J over the ground-truth objects; {@code NaN} when there is none. */
	public double seg()
	{
		return objects.isEmpty() ? Double.NaN : sumJaccard / objects.size();
	}

	/**
	 * SEG of a data set: mean J over the ground-truth objects of all images (so every object
	 * weighs the same); {@code NaN} when there is none.
	 */
	public static double seg(final Collection<SegResult> images)
	{
		double sum = 0;
		long n = 0;
		for (final SegResult r : images)
		{
			sum += r.sumJaccard;
			n += r.groundTruthCount();
		}
		return n == 0 ? Double.NaN : sum / n;
	}
}
