package io.github.smm.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.github.smm.eval.Matching;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingStats;
import io.github.smm.model.Instance;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Symmetries of the evaluation: swapping prediction and ground truth swaps false positives and
 * false negatives and keeps true positives and F1; the order of either list changes nothing;
 * a set scored against itself is perfect.
 */
class EvaluationProperties
{
	private static final MatchingOptions OPTIONS = MatchingOptions.defaults().withThresholds(0.5, 0.75).withClassAware(false);

	@Property(tries = 100)
	void swappingPredictionAndTruthSwapsTheErrors(@ForAll final long seed, @ForAll @IntRange(min = 0, max = 20) final int n, @ForAll @IntRange(min = 0, max = 20) final int m)
	{
		final List<Instance> a = MergeProperties.scene(seed, n), b = MergeProperties.scene(~seed, m);
		final List<MatchingStats> ab = Matching.match(a, b, OPTIONS).stats(), ba = Matching.match(b, a, OPTIONS).stats();
		for (int t = 0; t < ab.size(); t++)
		{
			assertEquals(ab.get(t).truePositives(), ba.get(t).truePositives());
			assertEquals(ab.get(t).falsePositives(), ba.get(t).falseNegatives());
			assertEquals(ab.get(t).falseNegatives(), ba.get(t).falsePositives());
			assertEquals(ab.get(t).f1(), ba.get(t).f1(), 1e-12);
		}
	}

	@Property(tries = 100)
	void orderChangesNothing(@ForAll final long seed, @ForAll @IntRange(min = 0, max = 20) final int n)
	{
		final List<Instance> a = MergeProperties.scene(seed, n), b = MergeProperties.scene(seed + 1, n);
		final List<Instance> shuffled = new ArrayList<>(a);
		Collections.shuffle(shuffled, new Random(seed));
		final List<MatchingStats> x = Matching.match(a, b, OPTIONS).stats(), y = Matching.match(shuffled, b, OPTIONS).stats();
		for (int t = 0; t < x.size(); t++)
		{
			assertEquals(x.get(t).truePositives(), y.get(t).truePositives());
			assertEquals(x.get(t).sumMatchedIou(), y.get(t).sumMatchedIou(), 1e-9);
		}
	}

	@Property(tries = 100)
	void aSetAgainstItselfIsPerfect(@ForAll final long seed, @ForAll @IntRange(min = 1, max = 20) final int n)
	{
		final List<Instance> a = MergeProperties.scene(seed, n);
		for (final MatchingStats s : Matching.match(a, a, OPTIONS).stats())
			assertEquals(a.size(), s.truePositives(), "every object matches itself at IoU " + s.threshold());
	}
}
