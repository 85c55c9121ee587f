package io.github.smm.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import io.github.smm.concurrent.Parallel;

/**
 * Runs the trials of a tuning run: the given starting settings first (e.g. the defaults, so the
 * result is never worse than them on the tuning data), then proposals of the
 * {@link TpeSampler}, the first of each batch being the best setting so far with one category
 * changed while such a setting is untried. Trials are proposed in batches of a fixed size, each from the trials of
 * the batches before and a random stream of its own (from the seed and its number), and the
 * trials of a batch are evaluated on several threads; so the run depends only on the seed and
 * the batch size, never on the number of threads. Cancellation is checked between batches and
 * keeps the trials done. Optionally ({@link #withRefineLast}) the last batches refine the best so
 * far by {@link LocalSearch coordinate moves}; off by default (measured on the shared sets: it
 * raised the best on the tuning images and lowered the held-out figures, see the README).
 */
public final class Tuner
{
	/** The default share of the trials refined locally at the end of a run ({@link #withRefineLast}). */
	static final double REFINE_LAST = 0;

	private final int trials, batch, threads;
	private final double refineLast;
	private final long seed;
	private final TpeSampler sampler;

	private Tuner(final int trials, final int batch, final int threads, final long seed, final TpeSampler sampler, final double refineLast)
	{
		this.refineLast = refineLast;
		this.trials = trials;
		this.batch = batch;
		this.threads = threads;
		this.seed = seed;
		this.sampler = sampler;
	}

	/**
	 * @param trials trials per run (≥ 1)
	 * @param seed the random seed: the same seed gives the same run
	 * @param threads threads evaluating the trials of a batch (≥ 1); the result does not depend on it
	 */
	public static Tuner of(final int trials, final long seed, final int threads)
	{
		if (trials < 1)
			throw new IllegalArgumentException("trials must be >= 1, got " + trials);
		if (threads < 1)
			throw new IllegalArgumentException("threads must be >= 1, got " + threads);
		return new Tuner(trials, 4, threads, seed, TpeSampler.defaults(), REFINE_LAST);
	}

	/** A copy proposing {@code size} trials per batch (≥ 1; default 4). */
	public Tuner withBatch(final int size)
	{
		if (size < 1)
			throw new IllegalArgumentException("batch must be >= 1, got " + size);
		return new Tuner(trials, size, threads, seed, sampler, refineLast);
	}

	/** A copy with another sampler. */
	public Tuner withSampler(final TpeSampler s)
	{
		return new Tuner(trials, batch, threads, seed, s, refineLast);
	}

	/**
	 * A copy whose batches that start at or after trial {@code ⌈(1 − f) · trials⌉} are all local
	 * refinement around the best so far ({@link LocalSearch}; never before the density model
	 * starts); 0: none, so a run of n trials is the first n trials of any longer run.
	 */
	public Tuner withRefineLast(final double f)
	{
		if (!(f >= 0 && f <= 1))
			throw new IllegalArgumentException("refineLast must be in [0, 1], got " + f);
		return new Tuner(trials, batch, threads, seed, sampler, f);
	}

	/** The share of the last trials that refine locally ({@link #withRefineLast}). */
	public double refineLast()
	{
		return refineLast;
	}

	public int trials()
	{
		return trials;
	}

	public long seed()
	{
		return seed;
	}

	public int threads()
	{
		return threads;
	}

	/**
	 * Runs the trials.
	 *
	 * @param start settings tried first, in order (may be empty)
	 * @param objective evaluates one setting; called from several threads at once
	 */
	public TuningRun run(final SearchSpace space, final List<Settings> start, final Function<Settings, Trial.Outcome> objective, final TuneListener listener, final BooleanSupplier cancel)
	{
		final List<Trial> done = new ArrayList<>();
		final List<double[]> points = new ArrayList<>();
		final List<Double> scores = new ArrayList<>();
		Trial best = null;
		final java.util.Set<String> checked = new java.util.HashSet<>();
		final java.util.Deque<Settings> neighbours = new java.util.ArrayDeque<>();
		final java.util.Set<Settings> tried = new java.util.HashSet<>();
		while (done.size() < trials)
		{
			// the first batch always runs: it holds the starting settings, the best so far to keep
			if (cancel.getAsBoolean() && !done.isEmpty())
				return new TuningRun(space, done, true);
			final int first = done.size(), size = Math.min(batch, trials - first);
			final Settings[] proposed = new Settings[size];
			final boolean modelled = first >= Math.max(start.size(), sampler.startupTrials());
			if (modelled)
				queueNeighbours(space, best, checked, neighbours);
			final boolean local = modelled && refineLast > 0 && first >= Math.ceil((1 - refineLast) * trials);
			for (int j = 0; j < size; j++)
			{
				final int number = first + j;
				if (number < start.size())
					proposed[j] = start.get(number);
				else if (j == 0 && modelled && !neighbours.isEmpty())
					proposed[j] = neighbours.poll();
				else if (local)
					proposed[j] = space.settings(LocalSearch.move(space, space.internal(best.settings()), tried, stream(number)));
				else
					proposed[j] = space.settings(sampler.propose(space, points, scores, stream(number)));
				tried.add(proposed[j]);
			}
			final Trial.Outcome[] outcomes = new Trial.Outcome[size];
			Parallel.forEach(size, threads, j -> outcomes[j] = objective.apply(proposed[j]));
			for (int j = 0; j < size; j++)
			{
				final Trial t = new Trial(first + j, proposed[j], outcomes[j]);
				done.add(t);
				points.add(space.internal(proposed[j]));
				scores.add(t.score());
				if (t.betterThan(best))
					best = t;
				listener.trialDone(t, best, done.size(), trials);
			}
		}
		return new TuningRun(space, done, false);
	}

	/**
	 * Categories handled explicitly: when the best setting has a combination of categories whose
	 * neighbours were not checked yet, the settings that change one of its categories to another
	 * choice (numbers kept) are queued, parameters and choices in space order. A density model
	 * can lock on the categories its first good trials had; this tries every other category at
	 * the best numbers found so far.
	 */
	private static void queueNeighbours(final SearchSpace space, final Trial best, final java.util.Set<String> checked, final java.util.Deque<Settings> queue)
	{
		final double[] x = space.internal(best.settings());
		if (!checked.add(categories(space, x)))
			return;
		for (int d = 0; d < x.length; d++)
			for (int c = 0; c < space.parameters().get(d).choiceCount(); c++)
				if (c != (int) Math.round(x[d]))
				{
					final double[] y = x.clone();
					y[d] = c;
					queue.add(space.settings(y));
				}
	}

	/** The categorical coordinates of a point, as one text. */
	private static String categories(final SearchSpace space, final double[] x)
	{
		final StringBuilder sb = new StringBuilder();
		for (int d = 0; d < x.length; d++)
			if (space.parameters().get(d).categorical())
				sb.append((int) Math.round(x[d])).append(',');
		return sb.toString();
	}

	/** The random stream of one trial: from the seed and the trial number only. */
	private SplittableRandom stream(final int number)
	{
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
	}
}
