package io.github.smm.tune;

/** Told about every finished trial of a tuning run, in trial order, and about each new run. */
public interface TuneListener
{
	/** A listener that ignores everything. */
	TuneListener NONE = (trial, best, done, total) -> {};

	/**
	 * @param best the best trial so far (maybe {@code trial} itself)
	 * @param done trials finished in this run
	 * @param total trials the run will make unless cancelled
	 */
	void trialDone(Trial trial, Trial best, int done, int total);

	/** A new tuning run starts: {@code index} of {@code count} (from 1), e.g. a cross-validation fold. */
	default void phase(final String name, final int index, final int count)
	{}
}
