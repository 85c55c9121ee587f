package io.github.smm.fuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

class FusionTest
{
	private static Instance rect(final long id, final long x, final long y, final long w, final long h, final double score, final int cls)
	{
		return new Instance(id, RleMask.rectangle(Box.ofSize(x, y, w, h)), score, cls, null, Instance.NO_TILE);
	}

	@Test
	void fusesUnionBoxScoresAndClassVote()
	{
		// a 4x2 (area 8, score 0.9, class 1), b 2x2 overlapping (area 4, score 0.3, class 2), c 2x1 (area 2, score 0.4, class 2)
		final Instance a = rect(1, 0, 0, 4, 2, 0.9, 1), b = rect(2, 3, 0, 2, 2, 0.3, 2), c = rect(3, 0, 2, 2, 1, 0.4, 2);
		final List<Instance> members = List.of(a, b, c);
		final Instance max = Fusion.fuse(10, members, ScoreAggregation.MAX);
		assertEquals(8 + 4 - 2 + 2, max.area());
		assertEquals(new Box(0, 0, 5, 3), max.box());
		assertEquals(0.9, max.score(), 1e-15);
		assertEquals(1, max.classId(), "class 1 has 0.9 of score, class 2 only 0.7");
		assertEquals(10, max.id());
		assertEquals((0.9 + 0.3 + 0.4) / 3, Fusion.fuse(10, members, ScoreAggregation.MEAN).score(), 1e-15);
		assertEquals((0.9 * 8 + 0.3 * 4 + 0.4 * 2) / 14, Fusion.fuse(10, members, ScoreAggregation.AREA_WEIGHTED).score(), 1e-15);
	}

	@Test
	void classVoteTiesGoToTheSmallerClass()
	{
		assertEquals(2, Fusion.votedClass(List.of(rect(1, 0, 0, 1, 1, 0.5, 3), rect(2, 0, 0, 1, 1, 0.5, 2))));
	}

	@Test
	void overlapResolutionLeavesNoSharedPixelAndAbsorbsSwallowedOutputs()
	{
		final Instance big = rect(1, 0, 0, 10, 10, 0.9, 0);
		final Instance partly = rect(2, 8, 0, 6, 4, 0.8, 0);
		final Instance inside = rect(3, 2, 2, 3, 3, 0.5, 0);
		final Instance far = rect(4, 50, 50, 2, 2, 0.1, 0);
		final OverlapResolution.Resolved<Instance> r = OverlapResolution.resolve(List.of(big, partly, inside, far), 2);
		assertEquals(3, r.outputs.size());
		for (int i = 0; i < r.outputs.size(); i++)
			for (int j = i + 1; j < r.outputs.size(); j++)
				assertEquals(0, Masks.intersectionArea(r.outputs.get(i).mask(), r.outputs.get(j).mask()));
		assertEquals(100, r.outputs.get(0).area());
		assertEquals(24 - 8, r.outputs.get(1).area());
		assertEquals(0, r.newIndexOf[2], "the swallowed output joins the one that took its pixels");
		assertEquals(2, r.newIndexOf[3]);
		assertTrue(r.outputs.get(2).mask().contains(50, 50));
	}
}
