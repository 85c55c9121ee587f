package io.github.smm.tune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import io.github.smm.MergeOptions;

/**
 * Tuning without tuning on the test data: the images (or the spatial blocks of one image) are
 * dealt into k folds; for each fold the settings are tuned on the other folds only and then
 * scored, with the defaults, on the held-out fold. The final settings are tuned on all images.
 * Every score goes through the {@link Scorer}, so a test can watch which images each phase sees.
 */
public final class CrossValidation
{
	private final Scorer scorer;
	private final SearchSpace space;
	private final MergeOptions base;
	private final Metric metric;
	private final Tuner tuner;

	/**
	 * @param base the default options; the trials change the keys of {@code space} on top of
	 *            them, and they are the first trial of every run (so the tuned settings are never
	 *            worse than them on the tuning images), followed by the {@link WarmStarts}
	 */
	public CrossValidation(final Scorer scorer, final SearchSpace space, final MergeOptions base, final Metric metric, final Tuner tuner)
	{
		this.scorer = scorer;
		this.space = space;
		this.base = base;
		this.metric = metric;
		this.tuner = tuner;
	}

	/**
	 * {@code k} folds of the image indices {@code 0..images-1}: shuffled by the seed, dealt in
	 * turn, each fold ascending.
	 *
	 * @throws IllegalArgumentException when {@code k} is below 2 or above the number of images
	 */
	public static List<int[]> folds(final int images, final int k, final long seed)
	{
		if (k < 2 || k > images)
			throw new IllegalArgumentException("folds must be between 2 and the number of images (" + images + "), got " + k);
		final int[] order = new int[images];
		for (int i = 0; i < images; i++)
			order[i] = i;
		final SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
		for (int i = images - 1; i > 0; i--)
		{
			final int j = rnd.nextInt(i + 1), t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		final List<int[]> out = new ArrayList<>();
		for (int f = 0; f < k; f++)
		{
			final int ff = f;
			out.add(java.util.stream.IntStream.range(0, images).filter(i -> i % k == ff).map(i -> order[i]).sorted().toArray());
		}
		return out;
	}

	/**
	 * Tunes on all images, then (unless cancelled, or {@code k} below 2) runs the folds.
	 *
	 * @param k number of folds; below 2 no held-out estimate is made
	 */
	public TuningReport run(final int k, final long seed, final TuneListener listener, final BooleanSupplier cancel)
	{
		final int[] all = range(scorer.imageCount());
		final int phases = k >= 2 ? k + 1 : 1;
		listener.phase("all " + all.length + " images", 1, phases);
		final TuningRun last = tune(all, listener, cancel);
		final double defaults = value(all, base);
		final List<FoldResult> folds = k >= 2 ? folds(k, seed, 2, phases, listener, cancel) : List.of();
		return new TuningReport(metric, base, last, defaults, folds, k);
	}

	/**
	 * The folds only, without the run on all images (what a benchmark of the held-out figures
	 * needs): for each of the {@code k} folds of {@code seed} ({@link #folds}), the run tuned on
	 * the other folds and both values on the held-out one. Stops between folds when cancelled.
	 */
	public List<FoldResult> heldOut(final int k, final long seed, final TuneListener listener, final BooleanSupplier cancel)
	{
		return folds(k, seed, 1, k, listener, cancel);
	}

	private List<FoldResult> folds(final int k, final long seed, final int firstPhase, final int phases, final TuneListener listener, final BooleanSupplier cancel)
	{
		final int n = scorer.imageCount();
		final List<int[]> test = folds(n, k, seed);
		final List<FoldResult> out = new ArrayList<>();
		for (int f = 0; f < k && !cancel.getAsBoolean(); f++)
		{
			final int[] train = complement(test.get(f), n);
			listener.phase("fold " + (f + 1) + " of " + k + " (held out: " + names(test.get(f)) + ")", f + firstPhase, phases);
			final TuningRun run = tune(train, listener, cancel);
			if (run.cancelled())
				break;
			out.add(new FoldResult(f + 1, names(test.get(f)), outcome(test.get(f), base), outcome(test.get(f), run.best().settings().applyTo(base)), run));
		}
		return out;
	}

	/** The tuner of every run. */
	public Tuner tuner()
	{
		return tuner;
	}

	private TuningRun tune(final int[] images, final TuneListener listener, final BooleanSupplier cancel)
	{
		final Function<Settings, Trial.Outcome> objective = s -> Trial.Outcome.of(metric, scorer.score(images, s.applyTo(base)));
		return tuner.run(space, WarmStarts.of(space, base), objective, listener, cancel);
	}

	private double value(final int[] images, final MergeOptions options)
	{
		return metric.value(scorer.score(images, options));
	}

	private Trial.Outcome outcome(final int[] images, final MergeOptions options)
	{
		return Trial.Outcome.of(metric, scorer.score(images, options));
	}

	private List<String> names(final int[] images)
	{
		final List<String> out = new ArrayList<>();
		for (final int i : images)
			out.add(scorer.imageName(i));
		return out;
	}

	private static int[] range(final int n)
	{
		final int[] out = new int[n];
		Arrays.setAll(out, i -> i);
		return out;
	}

	private static int[] complement(final int[] fold, final int n)
	{
		return java.util.stream.IntStream.range(0, n).filter(i -> Arrays.binarySearch(fold, i) < 0).toArray();
	}
}
