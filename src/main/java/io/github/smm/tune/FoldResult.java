package io.github.smm.tune;

import java.util.List;

/** One cross-validation fold: the held-out images, the run tuned without them, and both values on them. */
public final class FoldResult
{
	private final int number;
	private final List<String> heldOut;
	private final Trial.Outcome defaults, tuned;
	private final TuningRun run;

	FoldResult(final int number, final List<String> heldOut, final Trial.Outcome defaults, final Trial.Outcome tuned, final TuningRun run)
	{
		this.number = number;
		this.heldOut = List.copyOf(heldOut);
		this.defaults = defaults;
		this.tuned = tuned;
		this.run = run;
	}

	/** The fold number, from 1. */
	public int number()
	{
		return number;
	}

	/** The names of the held-out images (never seen while tuning this fold). */
	public List<String> heldOut()
	{
		return heldOut;
	}

	/** The metric's value of the default options on the held-out images. */
	public double defaults()
	{
		return defaults.value();
	}

	/** The defaults' figures on the held-out images (pq, f1, splits, merges). */
	public java.util.Map<String, Double> defaultFigures()
	{
		return defaults.figures();
	}

	/** The tuned settings' figures on the held-out images (pq, f1, splits, merges). */
	public java.util.Map<String, Double> tunedFigures()
	{
		return tuned.figures();
	}

	/** The metric's value of the settings tuned on the other folds, on the held-out images. */
	public double tuned()
	{
		return tuned.value();
	}

	/** The tuning run on the other folds. */
	public TuningRun run()
	{
		return run;
	}
}
