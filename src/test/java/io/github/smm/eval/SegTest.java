package io.github.smm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Instance;

class SegTest
{
	private static final double EPS = 1e-12;

	@Test
	void handComputedSeg()
	{
		// a: 10 px, b: 10 px, c: 10 px (ground truth, strips of one row)
		// x covers 6 px of a (> half) and 2 more: J = 6 / 12
		// y covers exactly 5 px of b (not more than half): b scores 0
		// z equals c: J = 1; w is extra and not penalised
		final List<Instance> gt = List.of(Draw.rect(1, 0, 0, 10, 1), Draw.rect(2, 0, 2, 10, 3), Draw.rect(3, 0, 4, 10, 5));
		final List<Instance> pred = List.of(Draw.rect(11, 4, 0, 12, 1), Draw.rect(12, 0, 2, 5, 3), Draw.rect(13, 0, 4, 10, 5), Draw.rect(14, 30, 30, 40, 40));
		final SegResult r = Seg.measure(pred, gt);
		assertEquals(3, r.groundTruthCount());
		assertEquals(0.5, r.objects().get(0).iou(), EPS);
		assertEquals(11, r.objects().get(0).partnerId());
		assertFalse(r.objects().get(1).isMatched());
		assertEquals(0, r.objects().get(1).iou());
		assertEquals(13, r.objects().get(2).partnerId());
		assertEquals(1.5 / 3, r.seg(), EPS);
	}

	@Test
	void overlappingPredictionsTakeTheBestJaccard()
	{
		// both cover more than half of the 10 px object: J = 6/10 and 8/10
		final List<Instance> gt = List.of(Draw.rect(1, 0, 0, 10, 1));
		final List<Instance> pred = List.of(Draw.rect(11, 0, 0, 6, 1), Draw.rect(12, 2, 0, 10, 1));
		final SegResult r = Seg.measure(pred, gt);
		assertEquals(12, r.objects().get(0).partnerId());
		assertEquals(0.8, r.seg(), EPS);
	}

	@Test
	void datasetSegWeighsEveryObjectTheSame()
	{
		final SegResult one = Seg.measure(List.of(Draw.rect(11, 0, 0, 4, 4)), List.of(Draw.rect(1, 0, 0, 4, 4)));
		final SegResult three = Seg.measure(List.of(), List.of(Draw.rect(1, 0, 0, 4, 4), Draw.rect(2, 9, 9, 12, 12), Draw.rect(3, 20, 0, 22, 2)));
		assertEquals(0.25, SegResult.seg(List.of(one, three)), EPS);
		assertTrue(Double.isNaN(Seg.measure(List.of(Draw.rect(11, 0, 0, 4, 4)), List.of()).seg()));
		assertTrue(Double.isNaN(SegResult.seg(List.of())));
	}
}
