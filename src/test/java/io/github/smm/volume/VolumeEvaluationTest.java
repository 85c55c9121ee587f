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
}
