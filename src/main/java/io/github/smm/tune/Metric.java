package io.github.smm.tune;

import java.util.Locale;

import io.github.smm.eval.CategoryMode;

/**
 * What a tuning run optimises, from the evaluation package, over all images of a set (counts
 * summed over the images, as {@link io.github.smm.eval.DatasetMatching}): panoptic quality at
 * IoU 0.5 ({@code pq}, the default), F1 at one IoU threshold ({@code f1}, {@code f1@0.7}), F1
 * averaged over IoU 0.50:0.05:0.95 ({@code f1_mean}), COCO AP over the same thresholds
 * ({@code coco_ap}, no detection cap) or the number of split plus merged
 * objects ({@code errors}, lower is better). Class-agnostic unless {@link #with(CategoryMode)
 * per category}.
 */
public final class Metric
{
	/** The kinds of metric. */
	public enum Kind
	{
		PQ, F1, F1_MEAN, COCO_AP, ERRORS
	}

	/** The IoU thresholds of {@code f1_mean} and COCO AP. */
	static final double[] RANGE = { 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95 };

	private final Kind kind;
	private final double threshold;
	private final CategoryMode categories;

	private Metric(final Kind kind, final double threshold)
	{
		this(kind, threshold, CategoryMode.CLASS_AGNOSTIC);
	}

	private Metric(final Kind kind, final double threshold, final CategoryMode categories)
	{
		this.kind = kind;
		this.threshold = threshold;
		this.categories = categories;
	}

	/**
	 * The same metric computed per category (only objects of one class match; COCO AP averaged
	 * over the categories, as pycocotools' default) or class-agnostic (the default here).
	 */
	public Metric with(final CategoryMode mode)
	{
		return new Metric(kind, threshold, mode);
	}

	/** How classes are treated. */
	public CategoryMode categories()
	{
		return categories;
	}

	/** Panoptic quality at IoU 0.5. */
	public static Metric pq()
	{
		return new Metric(Kind.PQ, 0.5);
	}

	/**
	 * Reads {@code pq}, {@code f1}, {@code f1@T}, {@code f1_mean}, {@code coco_ap} or {@code errors}.
	 *
	 * @throws IllegalArgumentException naming the token when it is none of these
	 */
	public static Metric parse(final String token)
	{
		final String t = token.trim().toLowerCase(Locale.ROOT);
		switch (t)
		{
		case "pq":
			return pq();
		case "f1":
			return new Metric(Kind.F1, 0.5);
		case "f1_mean":
			return new Metric(Kind.F1_MEAN, Double.NaN);
		case "coco_ap":
		case "ap":
			return new Metric(Kind.COCO_AP, Double.NaN);
		case "errors":
			return new Metric(Kind.ERRORS, 0.5);
		default:
			if (t.startsWith("f1@"))
			{
				final double v = parseThreshold(t.substring(3), token);
				return new Metric(Kind.F1, v);
			}
			throw new IllegalArgumentException("metric '" + token + "' is not pq, f1, f1@T (e.g. f1@0.7), f1_mean, coco_ap or errors");
		}
	}

	private static double parseThreshold(final String s, final String token)
	{
		try
		{
			final double v = Double.parseDouble(s);
			if (v > 0 && v <= 1)
				return v;
		}
		catch (final NumberFormatException e)
		{
			// reported below
		}
		throw new IllegalArgumentException("metric '" + token + "': the IoU threshold must be a number in (0, 1]");
	}

	public Kind kind()
	{
		return kind;
	}

	/** The IoU thresholds at which matching must be computed: 0.5 (always, for the reports) and the metric's. */
	double[] thresholds()
	{
		if (kind == Kind.F1_MEAN)
			return RANGE.clone();
		if (kind == Kind.F1 && threshold != 0.5)
			return new double[] { 0.5, threshold };
		return new double[] { 0.5 };
	}

	/** True when the metric depends on the objects' scores (COCO AP ranks by score). */
	public boolean needsScores()
	{
		return kind == Kind.COCO_AP;
	}

	public boolean higherIsBetter()
	{
		return kind != Kind.ERRORS;
	}

	/** The metric's value on scores. */
	public double value(final Scores s)
	{
		switch (kind)
		{
		case PQ:
			return s.stats(0.5).panopticQuality();
		case F1:
			return s.stats(threshold).f1();
		case F1_MEAN:
			double sum = 0;
			for (final double t : RANGE)
				sum += s.stats(t).f1();
			return sum / RANGE.length;
		case COCO_AP:
			return s.cocoAp();
		default:
			return s.splits() + s.merges();
		}
	}

	/** The value turned into a score to maximise. */
	public double score(final double value)
	{
		return higherIsBetter() ? value : -value;
	}

	/** The token {@link #parse} reads. */
	public String token()
	{
		switch (kind)
		{
		case PQ:
			return "pq";
		case F1:
			return threshold == 0.5 ? "f1" : "f1@" + NumericParameter.format(threshold);
		case F1_MEAN:
			return "f1_mean";
		case COCO_AP:
			return "coco_ap";
		default:
			return "errors";
		}
	}

	@Override
	public String toString()
	{
		return token();
	}
}
