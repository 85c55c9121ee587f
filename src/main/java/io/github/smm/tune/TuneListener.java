package io.github.smm.tune;

/** Told about every finished trial of a tuning run, in trial order. */
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
}
