package io.github.smm.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.github.smm.Method;
import io.github.smm.MergeOptions;
import io.github.smm.testutil.NoisyTiledScene;

/**
 * The tuner on a real merge problem: generated tiled scenes with ground truth, where an
 * exhaustive grid over a small space gives the best value to reach.
 */
class TpeVsGridTest
{
	private static final MergeOptions BASE = MergeOptions.defaults().withThreads(1);

	static ValidationSet scenes()
	{
		final List<ValidationImage> images = new ArrayList<>();
		for (int s = 0; s < 3; s++)
		{
			final NoisyTiledScene scene = new NoisyTiledScene(40 + s, 300, 260, 120, 30, 80);
			images.add(new ValidationImage("scene" + s, scene.predictions, scene.truth));
		}
		return ValidationSet.of(images);
	}

	@Test
	void reaches99PercentOfTheGridBestWithin50Trials()
	{
		final SearchSpace space = SearchSpace.parse("beta2=0:3,gamma=0:3,overlap_measure", Method.SMM_EXACT, Metric.pq(), true);
		final PreparedSet set = PreparedSet.prepare(scenes(), space, BASE, Metric.pq(), 2);
		final int[] all = { 0, 1, 2 };
		final Function<Settings, Trial.Outcome> objective = s -> Trial.Outcome.of(Metric.pq(), set.score(all, s.applyTo(BASE)));
		double gridBest = Double.NEGATIVE_INFINITY;
		final int steps = 16;
		for (int m = 0; m < 3; m++)
			for (int i = 0; i < steps; i++)
				for (int j = 0; j < steps; j++)
					gridBest = Math.max(gridBest, objective.apply(space.settings(new double[] { i / (steps - 1.0), j / (steps - 1.0), m })).value());
		final double defaults = objective.apply(space.settingsOf(BASE)).value();
		assertTrue(gridBest > defaults, "the problem has something to tune: grid best " + gridBest + " vs defaults " + defaults);
		for (long seed = 1; seed <= 3; seed++)
		{
			final TuningRun run = Tuner.of(50, seed, 2).run(space, List.of(space.settingsOf(BASE)), objective, TuneListener.NONE, () -> false);
			assertEquals(50, run.trials().size());
			assertTrue(run.best().value() >= 0.99 * gridBest, "seed " + seed + ": " + run.best() + " vs grid best " + gridBest + " (" + steps * steps * 3 + " settings)");
		}
	}

	@Test
	void preparedScoresEqualPlainScores()
	{
		final SearchSpace space = SearchSpace.parse("default", Method.SMM_EXACT, Metric.pq(), true);
		final PreparedSet fast = PreparedSet.prepare(scenes(), space, BASE, Metric.parse("f1_mean"), 2);
		final PreparedSet plain = fast.plain();
		final java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
		final int[] all = { 0, 1, 2 };
		for (int k = 0; k < 8; k++)
		{
			final double[] x = new double[space.size()];
			for (int d = 0; d < x.length; d++)
				x[d] = space.parameters().get(d).categorical() ? rnd.nextInt(space.parameters().get(d).choiceCount()) : rnd.nextDouble();
			final MergeOptions o = space.settings(x).applyTo(BASE);
			final Scores a = fast.score(all, o), b = plain.score(all, o);
			for (final double t : Metric.RANGE)
				assertEquals(b.stats(t).toString(), a.stats(t).toString(), o.toString());
			assertEquals(b.splits(), a.splits(), o.toString());
			assertEquals(b.merges(), a.merges(), o.toString());
		}
		// a setting that changes only how clusters are fused or resolved solves no clustering again
		final MergeOptions o = space.settings(new double[space.size()]).applyTo(BASE);
		fast.score(all, o);
		final int solved = fast.solvedClusterings();
		for (final MergeOptions v : List.of(o.with("fusion", "central"), o.with("resolve_overlaps", "true"), o.with("score_aggregation", "mean").with("fusion", "central")))
		{
			assertEquals(plain.score(all, v).stats(0.5).toString(), fast.score(all, v).stats(0.5).toString(), v.toString());
			assertEquals(plain.score(all, v).splits(), fast.score(all, v).splits(), v.toString());
		}
		assertEquals(solved, fast.solvedClusterings(), "fusion, aggregation and overlap resolution reuse the clusters");
		fast.score(all, o.with("gamma", "0.123"));
		assertEquals(solved + 3, fast.solvedClusterings(), "another gamma: one new clustering per image");
	}
}
