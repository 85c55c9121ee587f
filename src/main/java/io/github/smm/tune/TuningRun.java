package io.github.smm.tune;

import java.util.Collections;
import java.util.List;

/** The trials of one tuning run, in trial order, and the best of them. */
public final class TuningRun
{
	private final SearchSpace space;
	private final List<Trial> trials;
	private final Trial best;
	private final boolean cancelled;

	TuningRun(final SearchSpace space, final List<Trial> trials, final boolean cancelled)
	{
		this.space = space;
		this.trials = Collections.unmodifiableList(trials);
		Trial b = null;
		for (final Trial t : trials)
			if (t.betterThan(b))
				b = t;
		this.best = b;
		this.cancelled = cancelled;
	}

	public SearchSpace space()
	{
		return space;
	}

	public List<Trial> trials()
	{
		return trials;
	}

	/** The best trial (highest score, earliest on ties); null when no trial ran. */
	public Trial best()
	{
		return best;
	}

	/**
	 * The best of the first {@code n} trials (all when fewer ran): what a run of {@code n} trials
	 * would have kept, since a trial depends only on the seed and the trials of earlier batches
	 * ({@link Tuner}) — as long as the sampler does not plan by the total number of trials.
	 */
	public Trial bestOf(final int n)
	{
		Trial b = null;
		for (final Trial t : trials.subList(0, Math.min(Math.max(0, n), trials.size())))
			if (t.betterThan(b))
				b = t;
		return b;
	}

	/** True when the run was stopped before all its trials. */
	public boolean cancelled()
	{
		return cancelled;
	}
}
