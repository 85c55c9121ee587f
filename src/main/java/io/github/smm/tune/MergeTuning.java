package io.github.smm.tune;

import java.util.function.BooleanSupplier;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;

/**
 * The entry point of tuning: prepares a validation set once, then runs {@link CrossValidation}
 * with the {@link TpeSampler TPE} (trials on several threads, the same result for any number).
 * One image is cut into a grid of spatial blocks first (at least as many as folds), so its
 * folds hold different parts of it.
 */
public final class MergeTuning
{
	private MergeTuning()
	{}

	/**
	 * @throws InvalidOptionException naming {@code folds} when there are more folds than images
	 *             (blocks), or the key of a search-space entry that cannot be used
	 */
	public static TuningReport run(final ValidationSet images, final TuningOptions o, final TuneListener listener, final BooleanSupplier cancel)
	{
		final ValidationSet set = folded(images, o.folds());
		if (o.folds() > set.size())
			throw new InvalidOptionException("folds", o.folds() + " folds but only " + set.size() + " images");
		final MergeOptions base = o.mergeDefaults().withThreads(1);
		final SearchSpace space = space(set, o);
		final PreparedSet prepared = PreparedSet.prepare(set, space, base, o.metric(), o.threads());
		final Tuner tuner = Tuner.of(o.trials(), o.seed(), o.threads());
		return new CrossValidation(prepared, space, base, o.metric(), tuner).run(o.folds(), o.seed(), listener, cancel);
	}

	/** The search space of the options on a set (window IoU a choice only when windows are known), checked against the defaults. */
	public static SearchSpace space(final ValidationSet set, final TuningOptions o)
	{
		final SearchSpace space = SearchSpace.parse(o.tune(), o.mergeDefaults().method(), o.metric(), set.hasWindows());
		space.validate(o.mergeDefaults());
		return space;
	}

	/** The set to fold: one image becomes a grid of at least {@code folds} spatial blocks. */
	public static ValidationSet folded(final ValidationSet set, final int folds)
	{
		if (set.size() > 1 || folds < 2)
			return set;
		final int columns = (int) Math.ceil(Math.sqrt(folds)), rows = (int) Math.ceil(folds / (double) columns);
		return ValidationSet.grid(set.images().get(0), columns, rows);
	}
}
