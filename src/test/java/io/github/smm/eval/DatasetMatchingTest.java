package io.github.smm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Instance;

class DatasetMatchingTest
{
	private static final double EPS = 1e-12;

	private static MatchingResult imageA(final MatchingOptions options)
	{
		// TP 2 (IoU 1 and 2/3), FP 1, FN 1
		final List<Instance> gt = List.of(Draw.rect(1, 0, 0, 10, 10), Draw.rect(2, 20, 0, 30, 10), Draw.rect(3, 40, 0, 50, 10));
		final List<Instance> pred = List.of(Draw.rect(11, 0, 0, 10, 10), Draw.rect(12, 22, 0, 32, 10), Draw.rect(13, 60, 0, 65, 5));
		return Matching.match(pred, gt, options);
	}

	private static MatchingResult imageB(final MatchingOptions options)
	{
		return Matching.match(List.of(Draw.rect(5, 0, 0, 4, 4)), List.of(Draw.rect(6, 0, 0, 4, 4)), options);
	}

	@Test
	void countsAreSummedAndMetricsRecomputed()
	{
		final MatchingOptions o = MatchingOptions.defaults().withThresholds(0.5);
		final DatasetMatching d = new DatasetMatching().add("a", imageA(o)).add("b", imageB(o));
		final MatchingStats s = d.totals(0.5);
		assertEquals(4, s.predictions());
		assertEquals(4, s.groundTruth());
		assertEquals(3, s.truePositives());
		// 6/8, not the mean (2/3 + 1)/2 of the per-image values
		assertEquals(0.75, s.f1(), EPS);
		assertEquals(0.6, s.accuracy(), EPS);
		assertEquals(8.0 / 9, s.meanMatchedIou(), EPS);
		assertEquals(2.0 / 3, s.meanTrueIou(), EPS);
		assertEquals(2.0 / 3, s.panopticQuality(), EPS);
		assertEquals(List.of("a", "b"), d.images());
		assertEquals(2, d.result("a").stats(0.5).truePositives());
	}

	@Test
	void statsAddOnlyAtTheSameThreshold()
	{
		final MatchingStats a = new MatchingStats(0.5, 3, 2, 1, 0.8);
		final MatchingStats b = new MatchingStats(0.5, 1, 1, 1, 0.9);
		final MatchingStats s = a.plus(b);
		assertEquals(4, s.predictions());
		assertEquals(3, s.groundTruth());
		assertEquals(2, s.truePositives());
		assertEquals(2, s.falsePositives());
		assertEquals(1, s.falseNegatives());
		assertEquals(1.7, s.sumMatchedIou(), EPS);
		assertEquals(0.5, s.precision(), EPS);
		assertEquals(2.0 / 3, s.recall(), EPS);
		assertEquals(4.0 / 7, s.f1(), EPS);
		assertEquals(0.4, s.accuracy(), EPS);
		assertEquals(0.85, s.meanMatchedIou(), EPS);
		assertEquals(1.7 / 3, s.meanTrueIou(), EPS);
		assertEquals(s.segmentationQuality() * s.recognitionQuality(), s.panopticQuality(), EPS);
		assertThrows(IllegalArgumentException.class, () -> a.plus(new MatchingStats(0.7, 1, 1, 1, 0.9)));
	}

	@Test
	void inconsistentCountsAreRejected()
	{
		assertThrows(IllegalArgumentException.class, () -> new MatchingStats(0.5, 1, 2, 2, 1));
		assertThrows(IllegalArgumentException.class, () -> new MatchingStats(0.5, 2, 2, 1, 1.5));
		assertThrows(IllegalArgumentException.class, () -> new MatchingStats(0.5, -1, 2, 0, 0));
	}

	@Test
	void imagesMustBeDistinctAndMatchedAtTheSameThresholds()
	{
		final MatchingOptions o = MatchingOptions.defaults();
		final DatasetMatching d = new DatasetMatching().add("a", imageA(o));
		assertThrows(IllegalArgumentException.class, () -> d.add("a", imageB(o)));
		assertThrows(IllegalArgumentException.class, () -> d.add("b", imageB(o.withThresholds(0.5))));
		assertThrows(IllegalArgumentException.class, () -> d.result("c"));
		assertThrows(IllegalArgumentException.class, () -> new DatasetMatching().totals(0.5));
		assertEquals(List.of(), new DatasetMatching().totals());
	}
}
