package io.github.smm.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.eval.ErrorAnalysis;
import io.github.smm.eval.ErrorReport;
import io.github.smm.eval.Matching;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingResult;
import io.github.smm.eval.MatchingStats;
import io.github.smm.eval.Seg;
import io.github.smm.eval.coco.AreaRange;
import io.github.smm.eval.coco.CocoEvalParams;
import io.github.smm.eval.coco.CocoEvalResult;
import io.github.smm.eval.coco.CocoEvaluator;
import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.model.Instance;
import io.github.smm.testutil.NoisyTiledScene;

/** 3D evaluation: a hand-drawn pair of cubes, and one-slice volumes scored as their 2D images. */
class VolumeEvaluationTest
{
	@Test
	void cubeShiftedByOneSlice()
	{
		final List<VolumeInstance> truth = List.of(new VolumeInstance(1, VolumeMask.box(Box3.ofSize(0, 0, 0, 4, 4, 4)), 1, 0, null, 0));
		final List<VolumeInstance> pred = List.of(new VolumeInstance(7, VolumeMask.box(Box3.ofSize(0, 0, 1, 4, 4, 4)), 0.9, 0, null, 0));
		final MatchingResult m = VolumeEvaluation.match(pred, truth, MatchingOptions.defaults().withThresholds(0.5, 0.7));
		assertEquals(1, m.stats(0.5).truePositives());
		assertEquals(48.0 / 80, m.stats(0.5).sumMatchedIou(), 1e-12);
		assertEquals(0, m.stats(0.7).truePositives());
		assertEquals(48.0 / 80, VolumeEvaluation.seg(pred, truth).seg(), 1e-12);
	}

	@Test
	void oneSliceVolumesScoreAsTheirImages()
	{
		final NoisyTiledScene scene = new NoisyTiledScene(9, 200, 160, 64, 16, 60);
		final List<VolumeInstance> p = new ArrayList<>(), t = new ArrayList<>();
		for (final Instance i : scene.predictions)
			p.add(VolumeMergeTest.asSlice(i, 3));
		for (final Instance i : scene.truth)
			t.add(VolumeMergeTest.asSlice(i, 3));
		final MatchingOptions o = MatchingOptions.defaults().withThresholds(0.1, 0.3, 0.5, 0.75, 0.9);
		final MatchingResult flat = Matching.match(scene.predictions, scene.truth, o), deep = VolumeEvaluation.match(p, t, o);
		for (final double th : o.thresholds())
		{
			final MatchingStats a = flat.stats(th), b = deep.stats(th);
			assertEquals(a.truePositives(), b.truePositives(), "threshold " + th);
			assertEquals(a.falsePositives(), b.falsePositives(), "threshold " + th);
			assertEquals(a.panopticQuality(), b.panopticQuality(), 1e-12, "threshold " + th);
		}
		assertEquals(Seg.measure(scene.predictions, scene.truth).seg(), VolumeEvaluation.seg(p, t).seg(), 1e-12);
		final ErrorReport ea = ErrorAnalysis.analyse(scene.predictions, scene.truth), eb = VolumeEvaluation.errors(p, t);
		assertEquals(ea.toString(), eb.toString());
	}

	@Test
	void cocoApOfHandDrawnCubes()
	{
		// truth: a 4³ cube and a 4x4x8 box; predictions: the cube exactly (0.9), 4x4x5 inside the box (IoU 80/128 = 0.625, 0.8), a spurious cube (0.95)
		final List<VolumeInstance> truth = List.of(object(1, Box3.ofSize(0, 0, 0, 4, 4, 4), 1), object(2, Box3.ofSize(10, 0, 0, 4, 4, 8), 1));
		final List<VolumeInstance> pred = List.of(object(1, Box3.ofSize(0, 0, 0, 4, 4, 4), 0.9), object(2, Box3.ofSize(10, 0, 0, 4, 4, 5), 0.8),
				object(3, Box3.ofSize(30, 0, 0, 4, 4, 4), 0.95));
		final CocoEvalResult r = VolumeEvaluation.cocoAp(pred, truth, false);
		// IoU 0.50, 0.55, 0.60: FP, TP, TP → interpolated precision 2/3 up to recall 1; 0.65 … 0.95: FP, TP → 1/2 up to recall 0.5 (51 of 101 points)
		final double low = 2.0 / 3, high = 0.5 * 51 / 101;
		assertEquals(low, r.averagePrecision(0.5, "all", Integer.MAX_VALUE), 1e-12);
		assertEquals(high, r.averagePrecision(0.75, "all", Integer.MAX_VALUE), 1e-12);
		assertEquals((3 * low + 7 * high) / 10, r.averagePrecision("all", Integer.MAX_VALUE), 1e-12);
		assertEquals((3 * 1.0 + 7 * 0.5) / 10, r.averageRecall("all", Integer.MAX_VALUE), 1e-12);
	}

	@Test
	void oneSliceVolumesHaveTheCocoApOfTheirImages()
	{
		final NoisyTiledScene scene = new NoisyTiledScene(4, 200, 160, 64, 16, 60);
		final List<VolumeInstance> p = new ArrayList<>(), t = new ArrayList<>();
		final CocoDataset.Builder gt = CocoDataset.builder().image(1, "scene", 200, 160).category(0, "object");
		final List<CocoAnnotation> detections = new ArrayList<>();
		long id = 1;
		for (final Instance i : scene.truth)
		{
			t.add(VolumeMergeTest.asSlice(i, 3));
			gt.annotation(CocoAnnotation.groundTruth(id++, 1, 0, i.mask(), false));
		}
		for (final Instance i : scene.predictions)
		{
			p.add(VolumeMergeTest.asSlice(i, 3));
			detections.add(new CocoAnnotation(id++, 1, 0, i.mask(), false, i.area(), i.score()));
		}
		final CocoEvalParams params = CocoEvalParams.defaults().withUseCategories(false).withMaxDets(Integer.MAX_VALUE).withAreaRanges(List.of(AreaRange.ALL));
		final CocoEvalResult flat = CocoEvaluator.evaluate(gt.build(), detections, params), deep = VolumeEvaluation.cocoAp(p, t, false);
		assertEquals(flat.averagePrecision("all", Integer.MAX_VALUE), deep.averagePrecision("all", Integer.MAX_VALUE), 1e-12);
		assertEquals(flat.averagePrecision(0.5, "all", Integer.MAX_VALUE), deep.averagePrecision(0.5, "all", Integer.MAX_VALUE), 1e-12);
		assertEquals(flat.averageRecall("all", Integer.MAX_VALUE), deep.averageRecall("all", Integer.MAX_VALUE), 1e-12);
		assertEquals(true, deep.averagePrecision("all", Integer.MAX_VALUE) > 0.1 && deep.averagePrecision("all", Integer.MAX_VALUE) < 1, "a scene with errors");
	}

	private static VolumeInstance object(final long id, final Box3 box, final double score)
	{
		return new VolumeInstance(id, VolumeMask.box(box), score, 0, null, VolumeInstance.NO_BLOCK);
	}
}
