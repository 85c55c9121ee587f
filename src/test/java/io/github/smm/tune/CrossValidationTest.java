package io.github.smm.tune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.Method;
import io.github.smm.MergeOptions;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.solve.Fallback;
import io.github.smm.eval.CategoryMode;
import io.github.smm.testutil.NoisyTiledScene;

/** Folds, held-out images never seen while tuning, determinism, spatial blocks. */
class CrossValidationTest
{
	private static ValidationSet scenes(final int n)
	{
		final List<ValidationImage> images = new ArrayList<>();
		for (int s = 0; s < n; s++)
		{
			final NoisyTiledScene scene = new NoisyTiledScene(70 + s, 200, 180, 100, 25, 35);
			images.add(new ValidationImage("scene" + s, scene.predictions, scene.truth));
		}
		return ValidationSet.of(images);
	}

	@Test
	void foldsPartitionTheImagesEvenlyAndDependOnTheSeedOnly()
	{
		final List<int[]> folds = CrossValidation.folds(11, 3, 5);
		final List<Integer> all = new ArrayList<>();
		for (final int[] f : folds)
		{
			assertTrue(f.length == 3 || f.length == 4, Arrays.toString(f));
			Arrays.stream(f).forEach(all::add);
		}
		Collections.sort(all);
		for (int i = 0; i < 11; i++)
			assertEquals(i, all.get(i));
		for (int f = 0; f < 3; f++)
			assertArrayEquals(folds.get(f), CrossValidation.folds(11, 3, 5).get(f));
		assertTrue(!Arrays.equals(folds.get(0), CrossValidation.folds(11, 3, 6).get(0)) || !Arrays.equals(folds.get(1), CrossValidation.folds(11, 3, 6).get(1)));
		assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(2, 3, 1));
		assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(5, 1, 1));
	}

	/** Records the images of every score call, in order. */
	private static final class Recording implements Scorer
	{
		final Scorer inner;
		final List<int[]> calls = Collections.synchronizedList(new ArrayList<>());

		Recording(final Scorer inner)
		{
			this.inner = inner;
		}

		@Override
		public int imageCount()
		{
			return inner.imageCount();
		}

		@Override
		public String imageName(final int image)
		{
			return inner.imageName(image);
		}

		@Override
		public Scores score(final int[] images, final MergeOptions options)
		{
			calls.add(images.clone());
			return inner.score(images, options);
		}
	}

	@Test
	void heldOutImagesAreNeverScoredWhileTheirFoldIsTuned()
	{
		final ValidationSet set = scenes(5);
		final MergeOptions base = MergeOptions.defaults().withThreads(1);
		final SearchSpace space = SearchSpace.parse("beta2,gamma", Method.SMM_EXACT, Metric.pq(), true);
		final Recording scorer = new Recording(PreparedSet.prepare(set, space, base, Metric.pq(), 2));
		final int trials = 12;
		final TuningReport report = new CrossValidation(scorer, space, base, Metric.pq(), Tuner.of(trials, 4, 2)).run(3, 4, TuneListener.NONE, () -> false);
		final List<int[]> folds = CrossValidation.folds(5, 3, 4);
		final int[] all = { 0, 1, 2, 3, 4 };
		int at = 0;
		for (int c = 0; c < trials; c++)
			assertArrayEquals(all, scorer.calls.get(at++), "final fit: all images");
		assertArrayEquals(all, scorer.calls.get(at++), "defaults on all images");
		for (int f = 0; f < 3; f++)
		{
			final int[] test = folds.get(f);
			for (int c = 0; c < trials; c++, at++)
				for (final int i : scorer.calls.get(at))
					assertTrue(Arrays.binarySearch(test, i) < 0, "fold " + f + " tuning scored held-out image " + i);
			assertArrayEquals(test, scorer.calls.get(at++), "defaults on the held-out fold");
			assertArrayEquals(test, scorer.calls.get(at++), "tuned on the held-out fold");
			assertEquals(Arrays.stream(test).mapToObj(set.images()::get).map(ValidationImage::name).collect(java.util.stream.Collectors.toList()),
					report.folds().get(f).heldOut());
		}
		assertEquals(at, scorer.calls.size());
		assertTrue(report.tunedValue() >= report.defaultValue(), "the defaults are the first trial");
	}

	/** The folds alone (the benchmark's {@code --final-run no}): the same folds as a full run, no image scored for a final fit, held-out images unseen while their fold is tuned. */
	@Test
	void heldOutRunsTheFoldsOfAFullRunWithoutTheFinalFit()
	{
		final ValidationSet set = scenes(5);
		final MergeOptions base = MergeOptions.defaults().withThreads(1);
		final SearchSpace space = SearchSpace.parse("beta2,gamma", Method.SMM_EXACT, Metric.pq(), true);
		final PreparedSet prepared = PreparedSet.prepare(set, space, base, Metric.pq(), 2);
		final Recording scorer = new Recording(prepared);
		final int trials = 9;
		final List<FoldResult> folds = new CrossValidation(scorer, space, base, Metric.pq(), Tuner.of(trials, 4, 2)).heldOut(3, 6, TuneListener.NONE, () -> false);
		final TuningReport full = new CrossValidation(prepared, space, base, Metric.pq(), Tuner.of(trials, 4, 1)).run(3, 6, TuneListener.NONE, () -> false);
		assertEquals(3, folds.size());
		assertEquals(3 * (trials + 2), scorer.calls.size(), "per fold: the trials, then defaults and tuned on the held-out images; nothing else");
		final List<int[]> test = CrossValidation.folds(5, 3, 6);
		int at = 0;
		for (int f = 0; f < 3; f++)
		{
			for (int c = 0; c < trials; c++, at++)
				for (final int i : scorer.calls.get(at))
					assertTrue(Arrays.binarySearch(test.get(f), i) < 0, "fold " + f + " tuning scored held-out image " + i);
			at += 2;
			assertEquals(full.folds().get(f).heldOut(), folds.get(f).heldOut());
			assertEquals(full.folds().get(f).tuned(), folds.get(f).tuned());
			assertEquals(full.folds().get(f).defaults(), folds.get(f).defaults());
			assertEquals(full.folds().get(f).run().best().toString(), folds.get(f).run().best().toString());
		}
	}

	@Test
	void sameReportForAnyThreadCount()
	{
		final ValidationSet set = scenes(4);
		final TuningOptions o = TuningOptions.defaults().withTrials(14).withFolds(2).withSeed(9).withTune("beta2,gamma,overlap_measure");
		final TuningReport one = MergeTuning.run(set, o.withThreads(1), TuneListener.NONE, () -> false);
		final TuningReport two = MergeTuning.run(set, o.withThreads(3), TuneListener.NONE, () -> false);
		assertEquals(one.summary(), two.summary());
		for (int t = 0; t < one.run().trials().size(); t++)
			assertEquals(one.run().trials().get(t).toString(), two.run().trials().get(t).toString());
		assertEquals(one.folds().get(1).tuned(), two.folds().get(1).tuned());
	}

	/**
	 * With a work limit that stops the exact search on some components (they keep the
	 * heuristics' partition and its gap), the same tuning twice, and on another thread count,
	 * gives the same trials and the same best settings: the solver counts work, not time.
	 */
	@Test
	void aBindingWorkLimitGivesTheSameTrialsAndBestEveryTime()
	{
		final ValidationSet set = crowdedScenes(1);
		final MergeOptions tight = MergeOptions.defaults().withThreads(1).with("rho", "30").with("tau_d", "30").with("gamma", "0").with("lambda", "0.4")
				.with("work_limit", "20");
		assertTrue(SpatialMaskMerging.merge(set.images().get(0).predictions(), tight).components().stream().anyMatch(c -> c.fallback() == Fallback.WORK_LIMIT),
				"the work limit stops the exact search on some component");
		final TuningOptions o = TuningOptions.defaults().withTrials(8).withFolds(0).withSeed(4).withTune("beta2,gamma=0:0.3,lambda=0.35:0.5").withDefaults(tight);
		final TuningReport first = MergeTuning.run(set, o.withThreads(1), TuneListener.NONE, () -> false);
		for (final TuningReport again : List.of(MergeTuning.run(set, o.withThreads(1), TuneListener.NONE, () -> false),
				MergeTuning.run(set, o.withThreads(2), TuneListener.NONE, () -> false)))
		{
			assertEquals(first.run().trials().toString(), again.run().trials().toString());
			assertEquals(first.best().toString(), again.best().toString());
			assertEquals(first.summary(), again.summary());
		}
	}

	private static ValidationSet crowdedScenes(final int n)
	{
		final List<ValidationImage> images = new ArrayList<>();
		for (int s = 0; s < n; s++)
		{
			final NoisyTiledScene scene = new NoisyTiledScene(40 + s, 200, 180, 100, 40, 120);
			images.add(new ValidationImage("crowded" + s, scene.predictions, scene.truth));
		}
		return ValidationSet.of(images);
	}

	@Test
	void oneImageIsFoldedBySpatialBlocks()
	{
		final NoisyTiledScene scene = new NoisyTiledScene(90, 400, 300, 120, 30, 120);
		final ValidationSet one = ValidationSet.of(List.of(new ValidationImage("big", scene.predictions, scene.truth)));
		final TuningReport r = MergeTuning.run(one, TuningOptions.defaults().withTrials(8).withFolds(3).withTune("gamma").withThreads(2), TuneListener.NONE, () -> false);
		assertEquals(3, r.folds().size());
		final List<String> heldOut = new ArrayList<>();
		r.folds().forEach(f -> heldOut.addAll(f.heldOut()));
		assertEquals(4, heldOut.size(), "a 2x2 grid of blocks: " + heldOut);
		assertTrue(heldOut.stream().allMatch(n -> n.startsWith("big@x")), heldOut.toString());
		assertEquals(4, heldOut.stream().distinct().count());
	}

	@Test
	void cancelKeepsTheBestSoFar()
	{
		final int[] calls = { 0 };
		final TuningReport r = MergeTuning.run(scenes(3), TuningOptions.defaults().withTrials(20).withFolds(3).withTune("gamma").withThreads(1), TuneListener.NONE,
				() -> ++calls[0] > 2);
		assertTrue(r.cancelled());
		assertEquals(8, r.run().trials().size(), "two batches of four");
		assertTrue(r.folds().isEmpty());
		assertTrue(r.tunedValue() >= r.defaultValue());
	}

	@Test
	void perCategoryEqualsClassAgnosticWithOneClassAndTooManyFoldsIsAnError()
	{
		final ValidationSet set = scenes(2);
		final MergeOptions base = MergeOptions.defaults().withThreads(1);
		final SearchSpace space = SearchSpace.parse("gamma", Method.SMM_EXACT, Metric.parse("coco_ap"), true);
		final PreparedSet agnostic = PreparedSet.prepare(set, space, base, Metric.parse("coco_ap"), 1);
		final PreparedSet perCategory = PreparedSet.prepare(set, space, base, Metric.parse("coco_ap").with(CategoryMode.PER_CATEGORY), 1);
		final double a = agnostic.score(new int[] { 0, 1 }, base).cocoAp();
		assertTrue(a > 0 && a < 1, "AP " + a);
		assertEquals(a, perCategory.score(new int[] { 0, 1 }, base).cocoAp(), 1e-12);
		final io.github.smm.InvalidOptionException e = assertThrows(io.github.smm.InvalidOptionException.class,
				() -> MergeTuning.run(set, TuningOptions.defaults().withFolds(3), TuneListener.NONE, () -> false));
		assertTrue(e.getMessage().contains("folds"), e.getMessage());
	}
}
