package io.github.smm.tune;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;

/**
 * What a tuning run does: the metric, the trials per run, the cross-validation folds, the seed,
 * which merge options to tune ({@link SearchSpace#parse}) on top of which defaults, and the
 * threads. Immutable; every invalid value raises an {@link InvalidOptionException} naming it.
 */
public final class TuningOptions
{
	private final Metric metric;
	private final int trials, folds, threads;
	private final long seed;
	private final String tune;
	private final MergeOptions defaults;

	private TuningOptions(final Metric metric, final int trials, final int folds, final long seed, final String tune, final MergeOptions defaults, final int threads)
	{
		this.metric = metric;
		this.trials = trials;
		this.folds = folds;
		this.seed = seed;
		this.tune = tune;
		this.defaults = defaults;
		this.threads = threads;
	}

	/** PQ, 50 trials, 3 folds, seed 1, the options that matter for the method, the microscopy preset, all processors. */
	public static TuningOptions defaults()
	{
		return new TuningOptions(Metric.pq(), 50, 3, 1, "default", MergeOptions.defaults(), Runtime.getRuntime().availableProcessors());
	}

	public TuningOptions withMetric(final Metric m)
	{
		return new TuningOptions(m, trials, folds, seed, tune, defaults, threads);
	}

	public TuningOptions withTrials(final int n)
	{
		if (n < 1)
			throw new InvalidOptionException("trials", "must be >= 1, got " + n);
		return new TuningOptions(metric, n, folds, seed, tune, defaults, threads);
	}

	/** Cross-validation folds; 0 or 1: none (no held-out estimate). */
	public TuningOptions withFolds(final int n)
	{
		if (n < 0)
			throw new InvalidOptionException("folds", "must be >= 0, got " + n);
		return new TuningOptions(metric, trials, n, seed, tune, defaults, threads);
	}

	public TuningOptions withSeed(final long s)
	{
		return new TuningOptions(metric, trials, folds, s, tune, defaults, threads);
	}

	/** The options to tune, as {@link SearchSpace#parse} reads them ({@code default}: those that matter for the method). */
	public TuningOptions withTune(final String spec)
	{
		return new TuningOptions(metric, trials, folds, seed, spec == null || spec.trim().isEmpty() ? "default" : spec.trim(), defaults, threads);
	}

	/** The defaults the trials start from and change. */
	public TuningOptions withDefaults(final MergeOptions o)
	{
		return new TuningOptions(metric, trials, folds, seed, tune, o, threads);
	}

	public TuningOptions withThreads(final int n)
	{
		if (n < 1)
			throw new InvalidOptionException("threads", "must be >= 1, got " + n);
		return new TuningOptions(metric, trials, folds, seed, tune, defaults, n);
	}

	public Metric metric()
	{
		return metric;
	}

	public int trials()
	{
		return trials;
	}

	public int folds()
	{
		return folds;
	}

	public long seed()
	{
		return seed;
	}

	public String tune()
	{
		return tune;
	}

	/** The merge options the trials start from and change. */
	public MergeOptions mergeDefaults()
	{
		return defaults;
	}

	public int threads()
	{
		return threads;
	}
}
