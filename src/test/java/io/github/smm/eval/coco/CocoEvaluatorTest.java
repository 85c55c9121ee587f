package io.github.smm.eval.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

/** Tiny scenes whose COCO numbers are worked out by hand in the comments. */
class CocoEvaluatorTest
{
	/** 1 - ε: pycocotools divides by {@code tp + fp + spacing(1)}. */
	private static final double TOL = 1e-12;

	private static RleMask rect(final long x0, final long y0, final long x1, final long y1)
	{
		return RleMask.rectangle(new Box(x0, y0, x1, y1));
	}

	private static CocoAnnotation gt(final long id, final int category, final RleMask mask, final boolean crowd)
	{
		return CocoAnnotation.groundTruth(id, 1, category, mask, crowd);
	}

	private static CocoAnnotation dt(final long id, final int category, final RleMask mask, final double score)
	{
		return new CocoAnnotation(id, 1, category, mask, false, mask.area(), score);
	}

	private static CocoDataset scene(final CocoAnnotation... gts)
	{
		final CocoDataset.Builder b = CocoDataset.builder().image(1, "a.png", 100, 100).category(1, "cell").category(2, "debris");
		for (final CocoAnnotation g : gts)
			b.annotation(g);
		return b.build();
	}

	private static double[] stats(final CocoDataset gt, final CocoEvalParams p, final CocoAnnotation... dts)
	{
		return CocoEvaluator.evaluate(gt, Arrays.asList(dts), p).summary().stats();
	}

	/**
	 * Ground truth A and B (10×10); d1 = A (IoU 1), d2 = B shifted by 2 (IoU 80/120 = 2/3), d3 a
	 * duplicate of A. At IoU 0.50..0.65 the order is TP TP FP: precision 1 up to recall 1, AP 1.
	 * At 0.70..0.95 it is TP FP FP: precision 1 up to recall 0.5 (51 of 101 thresholds), AP
	 * 51/101. AP = (4 + 6·51/101) / 10 = 710/1010; AR = (4·1 + 6·0.5) / 10 = 0.7.
	 */
	@Test
	void duplicatesAndLooseMatches()
	{
		final CocoDataset gt = scene(gt(1, 1, rect(0, 0, 10, 10), false), gt(2, 1, rect(20, 0, 30, 10), false));
		final double[] s = stats(gt, CocoEvalParams.pycocotools(), dt(1, 1, rect(0, 0, 10, 10), .9), dt(2, 1, rect(22, 0, 32, 10), .8), dt(3, 1, rect(0, 0, 10, 10), .7));
		assertEquals(710.0 / 1010, s[0], TOL, "AP");
		assertEquals(1, s[1], TOL, "AP50");
		assertEquals(51.0 / 101, s[2], TOL, "AP75");
		assertEquals(710.0 / 1010, s[3], TOL, "APs: every object is small");
		assertEquals(-1, s[4], 0, "APm: no medium ground truth");
		assertEquals(-1, s[5], 0, "APl");
		assertEquals(0.5, s[6], TOL, "AR1: only d1 counts");
		assertEquals(0.7, s[7], TOL, "AR10");
		assertEquals(0.7, s[8], TOL, "AR100");
	}

	/**
	 * A low-scored true positive after a false positive: TP only at rank 2, precision there 1/2,
	 * made monotone back to recall 0, so AP = 0.5 at every threshold.
	 */
	@Test
	void rankingMatters()
	{
		final CocoDataset gt = scene(gt(1, 1, rect(0, 0, 10, 10), false));
		final double[] s = stats(gt, CocoEvalParams.pycocotools(), dt(1, 1, rect(50, 50, 60, 60), .9), dt(2, 1, rect(0, 0, 10, 10), .3));
		assertEquals(0.5, s[0], TOL);
		assertEquals(1, s[8], TOL);
	}

	/**
	 * Detections inside a crowd region (IoU = intersection / detection area = 1) are ignored,
	 * not false positives: the only counted ones are the TP on A and one FP ranked after it, so
	 * precision is 1 up to recall 1 and AP = 1. Without the crowd flag the same region is a
	 * large regular object, the two detections are FPs and it is an unmatched ground truth.
	 */
	@Test
	void crowdRegionsAbsorbDetections()
	{
		final RleMask crowd = rect(0, 20, 50, 40);
		final CocoAnnotation[] dts = { dt(1, 1, rect(0, 0, 10, 10), .9), dt(2, 1, rect(5, 25, 10, 30), .8), dt(3, 1, rect(60, 60, 70, 70), .7), dt(4, 1, rect(30, 30, 40, 35), .6) };
		final double[] withCrowd = stats(scene(gt(1, 1, rect(0, 0, 10, 10), false), gt(2, 1, crowd, true)), CocoEvalParams.pycocotools(), dts);
		assertEquals(1, withCrowd[0], TOL);
		assertEquals(1, withCrowd[8], TOL);
		// regular: ranks TP FP FP FP with 2 ground truth: precision 1 up to recall 0.5 → 51/101
		final double[] regular = stats(scene(gt(1, 1, rect(0, 0, 10, 10), false), gt(2, 1, crowd, false)), CocoEvalParams.pycocotools(), dts);
		assertEquals(51.0 / 101, regular[0], TOL);
		assertEquals(0.5, regular[8], TOL);
	}

	/** A detection with the wrong category scores 0 per category but 1 class-agnostically. */
	@Test
	void classAgnosticIgnoresCategories()
	{
		final CocoDataset gt = scene(gt(1, 1, rect(0, 0, 10, 10), false));
		final CocoAnnotation d = dt(1, 2, rect(0, 0, 10, 10), .9);
		assertEquals(0, stats(gt, CocoEvalParams.pycocotools(), d)[0], 0, "category 1 has no detection; category 2 no ground truth (-1, skipped)");
		assertEquals(1, stats(gt, CocoEvalParams.pycocotools().withUseCategories(false), d)[0], TOL);
	}

	/** Three perfect detections ranked 1, 2, 3: recall is 1/3, 2/3, 1 under caps 1, 2, 3. */
	@Test
	void detectionCaps()
	{
		final CocoDataset gt = scene(gt(1, 1, rect(0, 0, 10, 10), false), gt(2, 1, rect(20, 0, 30, 10), false), gt(3, 1, rect(40, 0, 50, 10), false));
		final CocoAnnotation[] dts = { dt(1, 1, rect(0, 0, 10, 10), .9), dt(2, 1, rect(20, 0, 30, 10), .8), dt(3, 1, rect(40, 0, 50, 10), .7) };
		final CocoEvalResult r = CocoEvaluator.evaluate(gt, Arrays.asList(dts), CocoEvalParams.pycocotools().withMaxDets(3, 1, 2));
		final double[] s = r.summary().stats();
		assertEquals(-1, s[0], 0, "stats[0] asks for maxDets=100, which is not a cap");
		assertEquals(1.0 / 3, s[6], TOL);
		assertEquals(2.0 / 3, s[7], TOL);
		assertEquals(1, s[8], TOL);
		assertEquals(1, r.summary().ap(), TOL);
		// under cap 1, only the first third of the recall range has precision
		assertEquals(34.0 / 101, r.averagePrecision("all", 1), TOL);
	}

	/** Objects are sorted into area ranges by the ground truth's {@code area} field. */
	@Test
	void areaRangesUseTheAreaField()
	{
		final CocoAnnotation big = new CocoAnnotation(1, 1, 1, rect(0, 0, 10, 10), false, 5000, 1);
		final double[] s = stats(scene(big), CocoEvalParams.pycocotools(), dt(1, 1, rect(0, 0, 10, 10), .9));
		assertEquals(-1, s[3], 0, "the only ground truth is not small by its area field: nothing to recall in that range");
		assertEquals(1, s[4], TOL, "medium by its area field although it has 100 pixels");
	}

	/** No detections: AP and AR 0; no ground truth at all: -1 everywhere. */
	@Test
	void emptyInputs()
	{
		final double[] none = stats(scene(gt(1, 1, rect(0, 0, 10, 10), false)), CocoEvalParams.pycocotools());
		assertEquals(0, none[0], 0);
		assertEquals(0, none[8], 0);
		final double[] nothing = stats(scene(), CocoEvalParams.pycocotools(), dt(1, 1, rect(0, 0, 5, 5), .5));
		for (final double v : nothing)
			assertEquals(-1, v, 0);
	}

	/** pycocotools stores matches as ground-truth ids with 0 for "none": a match to id 0 counts as a miss. */
	@Test
	void groundTruthIdZeroQuirk()
	{
		final CocoDataset gt = scene(gt(0, 1, rect(0, 0, 10, 10), false));
		assertEquals(0, stats(gt, CocoEvalParams.pycocotools(), dt(1, 1, rect(0, 0, 10, 10), .9))[0], 0);
	}

	@Test
	void detectionsMustReferToTheGroundTruth()
	{
		final CocoDataset gt = scene(gt(1, 1, rect(0, 0, 10, 10), false));
		final List<CocoAnnotation> otherImage = Collections.singletonList(new CocoAnnotation(5, 2, 1, rect(0, 0, 5, 5), false, 25, .5));
		assertThrows(IllegalArgumentException.class, () -> CocoEvaluator.evaluate(gt, otherImage, CocoEvalParams.defaults()));
		final List<CocoAnnotation> otherCategory = Collections.singletonList(dt(5, 3, rect(0, 0, 5, 5), .5));
		assertThrows(IllegalArgumentException.class, () -> CocoEvaluator.evaluate(gt, otherCategory, CocoEvalParams.defaults()));
		final List<CocoAnnotation> outside = Collections.singletonList(dt(5, 1, rect(95, 95, 105, 100), .5));
		assertThrows(IllegalArgumentException.class, () -> CocoEvaluator.evaluate(gt, outside, CocoEvalParams.defaults()));
		assertThrows(IllegalArgumentException.class, () -> CocoEvalParams.defaults().withIouThresholds(0));
		assertThrows(IllegalArgumentException.class, () -> CocoEvalParams.defaults().withMaxDets(1, 1));
	}
}
