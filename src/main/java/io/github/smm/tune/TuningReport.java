package io.github.smm.tune;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.github.smm.MergeOptions;

/**
 * The result of tuning: the settings tuned on all images (what a parameter file holds), the
 * run that found them, and the held-out figures of the cross-validation folds.
 */
public final class TuningReport
{
	private final Metric metric;
	private final MergeOptions defaults;
	private final TuningRun run;
	private final double defaultValue;
	private final List<FoldResult> folds;
	private final int foldsAsked;

	TuningReport(final Metric metric, final MergeOptions defaults, final TuningRun run, final double defaultValue, final List<FoldResult> folds, final int foldsAsked)
	{
		this.metric = metric;
		this.defaults = defaults;
		this.run = run;
		this.defaultValue = defaultValue;
		this.folds = List.copyOf(folds);
		this.foldsAsked = foldsAsked;
	}

	public Metric metric()
	{
		return metric;
	}

	/** The tuning run on all images. */
	public TuningRun run()
	{
		return run;
	}

	/** The best options found on all images (the defaults with the best trial's settings). */
	public MergeOptions best()
	{
		return run.best().settings().applyTo(defaults);
	}

	/** The default options. */
	public MergeOptions defaults()
	{
		return defaults;
	}

	/** The metric's value of the defaults on all images. */
	public double defaultValue()
	{
		return defaultValue;
	}

	/** The metric's value of the best settings on all images (the images they were tuned on). */
	public double tunedValue()
	{
		return run.best().value();
	}

	/** The folds done, in order. */
	public List<FoldResult> folds()
	{
		return folds;
	}

	/** True when a run or fold was cancelled (the best settings so far are kept). */
	public boolean cancelled()
	{
		return run.cancelled() || foldsAsked >= 2 && folds.size() < foldsAsked;
	}

	/** {mean, sample sd} of the defaults on the held-out folds ({NaN, NaN} without folds). */
	public double[] heldOutDefaults()
	{
		return meanSd(FoldResult::defaults);
	}

	/** {mean, sample sd} of the tuned settings on the held-out folds ({NaN, NaN} without folds). */
	public double[] heldOutTuned()
	{
		return meanSd(FoldResult::tuned);
	}

	private double[] meanSd(final ToDoubleFunction<FoldResult> f)
	{
		if (folds.isEmpty())
			return new double[] { Double.NaN, Double.NaN };
		double sum = 0, sq = 0;
		for (final FoldResult r : folds)
			sum += f.applyAsDouble(r);
		final double mean = sum / folds.size();
		for (final FoldResult r : folds)
			sq += (f.applyAsDouble(r) - mean) * (f.applyAsDouble(r) - mean);
		return new double[] { mean, folds.size() > 1 ? Math.sqrt(sq / (folds.size() - 1)) : 0 };
	}

	/** A few lines for the log: held-out figures, tuned-on-all figures, the best settings. */
	public String summary()
	{
		final StringBuilder sb = new StringBuilder();
		final String m = metric.token();
		if (!folds.isEmpty())
		{
			final double[] d = heldOutDefaults(), t = heldOutTuned();
			sb.append(String.format(Locale.ROOT, "held-out %s over %d folds: defaults %.4f ± %.4f, tuned %.4f ± %.4f%n", m, folds.size(), d[0], d[1], t[0], t[1]));
		}
		else
			sb.append("no held-out estimate (folds < 2): the figures below are on the images tuned on\n");
		sb.append(String.format(Locale.ROOT, "%s on all %s: defaults %.4f, tuned %.4f (%d trials%s)%n", m, "images", defaultValue, tunedValue(), run.trials().size(),
				cancelled() ? ", cancelled" : ""));
		sb.append("best settings: ").append(run.best().settings());
		return sb.toString();
	}
}
