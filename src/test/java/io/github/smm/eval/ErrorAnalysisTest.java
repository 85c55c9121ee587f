package io.github.smm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Instance;

class ErrorAnalysisTest
{
	/** Ground truth 1..6, each 4 rows high, side by side. */
	private static final List<Instance> GT = List.of(
			Draw.rect(1, 0, 0, 10, 4), // split in two halves by 11 and 12
			Draw.rect(2, 20, 0, 25, 4), Draw.rect(3, 25, 0, 30, 4), // merged by 13
			Draw.rect(4, 40, 0, 45, 4), // only touched by 14 (IoU 0.25): missed
			Draw.rect(5, 70, 0, 75, 4), // found exactly by 16
			Draw.rect(6, 80, 0, 85, 4)); // found twice (17, 18)

	private static final List<Instance> PRED = List.of(
			Draw.rect(11, 0, 0, 5, 4), Draw.rect(12, 5, 0, 10, 4),
			Draw.rect(13, 19, 0, 31, 4),
			Draw.rect(14, 43, 0, 48, 4),
			Draw.rect(15, 60, 0, 62, 2), // no ground truth: spurious
			Draw.rect(16, 70, 0, 75, 4),
			Draw.rect(17, 80, 0, 85, 4), Draw.rect(18, 80, 0, 85, 4));

	@Test
	void sortsEveryErrorOnce()
	{
		final ErrorReport r = ErrorAnalysis.analyse(PRED, GT);
		assertEquals(2, r.splits().size());
		assertEquals(1, r.splits().get(0).groundTruthId());
		assertEquals(List.of(11L, 12L), r.splits().get(0).predictionIds());
		assertEquals(6, r.splits().get(1).groundTruthId());
		assertEquals(List.of(17L, 18L), r.splits().get(1).predictionIds());
		assertEquals(1, r.merges().size());
		assertEquals(13, r.merges().get(0).predictionId());
		assertEquals(List.of(2L, 3L), r.merges().get(0).groundTruthIds());
		assertEquals(List.of(4L), r.missed());
		assertEquals(List.of(14L, 15L), r.spurious());
		assertEquals(8, r.predictionCount());
		assertEquals(6, r.groundTruthCount());
	}

	@Test
	void thresholdDecidesMissedAndSpurious()
	{
		final ErrorReport r = ErrorAnalysis.analyse(Overlaps.compute(PRED, GT), 0.2);
		assertEquals(List.of(), r.missed());
		assertEquals(List.of(15L), r.spurious());
		assertThrows(IllegalArgumentException.class, () -> ErrorAnalysis.analyse(Overlaps.compute(PRED, GT), 0));
	}

	@Test
	void smallFragmentInsideAFoundObjectMakesItSplit()
	{
		// 16 covers ground truth 1 exactly; 17 is a 2 px fragment inside it
		final List<Instance> gt = List.of(Draw.rect(1, 0, 0, 10, 10));
		final List<Instance> pred = List.of(Draw.rect(16, 0, 0, 10, 10), Draw.rect(17, 3, 3, 5, 4));
		final ErrorReport r = ErrorAnalysis.analyse(pred, gt);
		assertEquals(List.of(16L, 17L), r.splits().get(0).predictionIds());
		assertEquals(List.of(), r.spurious());
	}
}
