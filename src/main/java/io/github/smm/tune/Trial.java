package io.github.smm.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One evaluated setting of a tuning run: its number (from 0, in proposal order), the settings,
 * the metric's value, the score the optimiser maximises (the value, negated where lower is
 * better) and other figures for the reports (e.g. PQ and F1 at IoU 0.5).
 */
public final class Trial
{
	/** What evaluating one setting gives. */
	public static final class Outcome
	{
		final double value, score;
		final Map<String, Double> figures;

		private Outcome(final double value, final double score, final Map<String, Double> figures)
		{
			if (Double.isNaN(score))
				throw new IllegalArgumentException("a trial's score is NaN");
			this.value = value;
			this.score = score;
			this.figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
		}

		/** The metric's value. */
		public double value()
		{
			return value;
		}

		/** The figures for the reports, by name. */
		public Map<String, Double> figures()
		{
			return figures;
		}

		/** A value to maximise, with no other figures. */
		public static Outcome of(final double value)
		{
			return new Outcome(value, value, Map.of());
		}

		/** The outcome of {@code scores} under {@code metric}, with PQ and F1 at IoU 0.5, splits, merges (and COCO AP when computed) as figures. */
		public static Outcome of(final Metric metric, final Scores scores)
		{
			final double v = metric.value(scores);
			final Map<String, Double> f = new LinkedHashMap<>();
			f.put("pq", scores.pq());
			f.put("f1", scores.f1());
			f.put("splits", (double) scores.splits());
			f.put("merges", (double) scores.merges());
			if (!Double.isNaN(scores.cocoAp()))
				f.put("coco_ap", scores.cocoAp());
			return new Outcome(v, metric.score(v), f);
		}
	}

	private final int number;
	private final Settings settings;
	private final Outcome outcome;

	Trial(final int number, final Settings settings, final Outcome outcome)
	{
		this.number = number;
		this.settings = settings;
		this.outcome = outcome;
	}

	public int number()
	{
		return number;
	}

	public Settings settings()
	{
		return settings;
	}

	/** The metric's value. */
	public double value()
	{
		return outcome.value;
	}

	/** The value to maximise. */
	public double score()
	{
		return outcome.score;
	}

	/** Other figures by name (e.g. {@code pq}, {@code f1}), in a fixed order. */
	public Map<String, Double> figures()
	{
		return outcome.figures;
	}

	/** True when this trial is better than {@code other} (a higher score; ties go to the earlier trial). */
	public boolean betterThan(final Trial other)
	{
		return other == null || score() > other.score() || score() == other.score() && number < other.number;
	}

	@Override
	public String toString()
	{
		return "trial " + number + ": " + value() + " with " + settings;
	}
}
