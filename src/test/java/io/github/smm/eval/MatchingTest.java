package io.github.smm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Instance;

class MatchingTest
{
	private static final double EPS = 1e-12;

	/** g1 found exactly, g2 found with IoU 2/3, g3 missed, one spurious prediction. */
	private static final List<Instance> GT = List.of(Draw.rect(1, 0, 0, 10, 10), Draw.rect(2, 20, 0, 30, 10), Draw.rect(3, 40, 0, 50, 10));
	private static final List<Instance> PRED = List.of(Draw.rect(11, 0, 0, 10, 10), Draw.rect(12, 22, 0, 32, 10), Draw.rect(13, 60, 0, 65, 5));

	@Test
	void handComputedMetricsAtTwoThresholds()
	{
		final MatchingResult r = Matching.match(PRED, GT, MatchingOptions.defaults().withThresholds(0.5, 0.7));
		final MatchingStats s = r.stats(0.5);
		assertEquals(2, s.truePositives());
		assertEquals(1, s.falsePositives());
		assertEquals(1, s.falseNegatives());
		assertEquals(2.0 / 3, s.precision(), EPS);
		assertEquals(2.0 / 3, s.recall(), EPS);
		assertEquals(2.0 / 3, s.f1(), EPS);
		assertEquals(0.5, s.accuracy(), EPS);
		assertEquals(5.0 / 6, s.meanMatchedIou(), EPS);
		assertEquals(5.0 / 9, s.meanTrueIou(), EPS);
		assertEquals(5.0 / 6, s.segmentationQuality(), EPS);
		assertEquals(2.0 / 3, s.recognitionQuality(), EPS);
		assertEquals(5.0 / 9, s.panopticQuality(), EPS);

		final MatchingStats h = r.stats(0.7);
		assertEquals(1, h.truePositives());
		assertEquals(2, h.falsePositives());
		assertEquals(2, h.falseNegatives());
		assertEquals(1.0 / 3, h.f1(), EPS);
		assertEquals(0.2, h.accuracy(), EPS);
		assertEquals(1, h.meanMatchedIou(), EPS);
		assertEquals(1.0 / 3, h.meanTrueIou(), EPS);
		assertEquals(1.0 / 3, h.panopticQuality(), EPS);
	}

	@Test
	void thresholdIsInclusive()
	{
		final MatchingResult r = Matching.match(PRED, GT, MatchingOptions.defaults().withThresholds(2.0 / 3));
		assertEquals(2, r.stats(2.0 / 3).truePositives());
	}

	@Test
	void duplicatesArePenalised()
	{
		final Instance gt = Draw.rect(1, 0, 0, 8, 8);
		final List<Instance> copies = List.of(Draw.rect(10, 0, 0, 8, 8), Draw.rect(11, 0, 0, 8, 8), Draw.rect(12, 0, 0, 8, 8));
		for (final MatchingStats s : Matching.match(copies, List.of(gt), MatchingOptions.defaults()).stats())
		{
			assertEquals(1, s.truePositives());
			assertEquals(2, s.falsePositives());
			assertEquals(0, s.falseNegatives());
			assertEquals(0.5, s.f1(), EPS);
		}
	}

	@Test
	void lowThresholdMaximisesTheNumberOfMatchesNotTheBestPair()
	{
		// one-pixel-high strips: g1 [0,10), g2 [10,20); p1 [4,14), p2 [0,3)
		// IoU(p1,g1) = 6/14, IoU(p1,g2) = 4/16, IoU(p2,g1) = 3/10. Greedy takes p1-g1 and stops.
		final List<Instance> gts = List.of(Draw.rect(1, 0, 0, 10, 1), Draw.rect(2, 10, 0, 20, 1));
		final List<Instance> preds = List.of(Draw.rect(11, 4, 0, 14, 1), Draw.rect(12, 0, 0, 3, 1));
		final MatchingResult r = Matching.match(preds, gts, MatchingOptions.defaults().withThresholds(0.25, 0.3));
		assertEquals(2, r.stats(0.25).truePositives());
		assertEquals((0.25 + 0.3) / 2, r.stats(0.25).meanMatchedIou(), EPS);
		assertEquals(1, r.partnerOfPrediction(0.25, 0));
		assertEquals(0, r.partnerOfPrediction(0.25, 1));
		// at 0.3 both candidates want g1: the larger IoU wins
		assertEquals(1, r.stats(0.3).truePositives());
		assertEquals(0, r.partnerOfPrediction(0.3, 0));
		assertEquals(-1, r.partnerOfPrediction(0.3, 1));
		assertEquals(6.0 / 14, r.stats(0.3).sumMatchedIou(), EPS);
	}

	@Test
	void equalCountsAreDecidedByTotalIou()
	{
		// g1 [0,10), g2 [10,20); p1 [2,12), p2 [8,18): all four pairs have IoU >= 0.1
		final List<Instance> gts = List.of(Draw.rect(1, 0, 0, 10, 1), Draw.rect(2, 10, 0, 20, 1));
		final List<Instance> preds = List.of(Draw.rect(11, 2, 0, 12, 1), Draw.rect(12, 8, 0, 18, 1));
		final MatchingResult r = Matching.match(preds, gts, MatchingOptions.defaults().withThresholds(0.1));
		assertEquals(0, r.partnerOfPrediction(0.1, 0));
		assertEquals(1, r.partnerOfPrediction(0.1, 1));
		assertEquals(2 * 8.0 / 12, r.stats(0.1).sumMatchedIou(), EPS);
	}

	@Test
	void classAwareMatchesOnlySameClass()
	{
		final List<Instance> gts = List.of(Draw.rect(1, 2, 0, 0, 5, 5));
		final List<Instance> preds = List.of(Draw.rect(11, 1, 0, 0, 5, 5));
		assertEquals(1, Matching.match(preds, gts, MatchingOptions.defaults()).stats(0.5).truePositives());
		assertEquals(0, Matching.match(preds, gts, MatchingOptions.defaults().withClassAware(true)).stats(0.5).truePositives());
	}

	@Test
	void perObjectTable()
	{
		final List<ObjectMatch> rows = Matching.match(PRED, GT, MatchingOptions.defaults()).objects(0.5);
		assertEquals(6, rows.size());
		assertEquals("GROUND_TRUTH 1 TRUE_POSITIVE partner=11 IoU=1.0", rows.get(0).toString());
		assertEquals(12, rows.get(1).partnerId());
		assertEquals(2.0 / 3, rows.get(1).iou(), EPS);
		assertEquals(ObjectMatch.Status.FALSE_NEGATIVE, rows.get(2).status());
		assertFalse(rows.get(2).isMatched());
		assertEquals(ObjectMatch.Side.PREDICTION, rows.get(4).side());
		assertEquals(2, rows.get(4).partnerId());
		assertEquals(ObjectMatch.Status.FALSE_POSITIVE, rows.get(5).status());
		assertEquals(13, rows.get(5).id());
	}

	@Test
	void emptyImageHasZeroCountsAndMetrics()
	{
		final MatchingStats s = Matching.match(List.of(), List.of(), MatchingOptions.defaults()).stats(0.5);
		assertEquals(0, s.truePositives());
		assertEquals(0, s.f1());
		assertEquals(0, s.panopticQuality());
	}

	@Test
	void defaultThresholdsAreExactDecimals()
	{
		final double[] t = MatchingOptions.defaults().thresholds();
		assertEquals(10, t.length);
		// an IoU of exactly 3/5 passes the 0.60 threshold
		for (int i = 0; i < t.length; i++)
			assertEquals((50 + 5 * i) / 100.0, t[i]);
	}

	@Test
	void badOptionsAreRejected()
	{
		assertThrows(IllegalArgumentException.class, () -> MatchingOptions.defaults().withThresholds());
		assertThrows(IllegalArgumentException.class, () -> MatchingOptions.defaults().withThresholds(0));
		assertThrows(IllegalArgumentException.class, () -> MatchingOptions.defaults().withThresholds(0.5, Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> MatchingOptions.defaults().withThresholds(0.5, 0.5));
		final MatchingResult r = Matching.match(PRED, GT, MatchingOptions.defaults());
		assertThrows(IllegalArgumentException.class, () -> r.stats(0.42));
	}
}
