package io.github.smm.bench;

import java.util.List;

import io.github.smm.MergeOptions;
import io.github.smm.model.Instance;

/** What the bench runs on the simulated predictions: the merge facade, or a stand-in in tests. */
@FunctionalInterface
public interface MergeEngine
{
	/** Merges the predictions once. */
	MergeOutcome merge(List<Instance> predictions, MergeOptions options);
}
