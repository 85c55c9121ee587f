package io.github.smm.fuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/** fusion=central keeps the mask of the tile that saw the object farthest from its cut edges. */
class CentralFusionTest
{
	private static RleMask rect(final long x0, final long y0, final long x1, final long y1)
	{
		final var b = RleMask.builder();
		for (long y = y0; y < y1; y++)
			b.addRun(y, x0, x1);
		return b.build();
	}

	@Test
	void keepsTheMemberFarthestFromTheSharedEdge()
	{
		// tile A sees x [0, 60), tile B x [40, 100); the object spans x 50..70 in truth
		final Box a = new Box(0, 0, 60, 50), b = new Box(40, 0, 100, 50);
		final Instance cut = new Instance(1, rect(50, 10, 60, 20), 0.9, 0, a, 0); // cut by A's right edge: margin 0
		final Instance whole = new Instance(2, rect(50, 10, 70, 20), 0.8, 0, b, 1); // 10 px from B's left edge
		assertEquals(0, FusionRule.margin(cut, List.of(cut, whole)));
		assertEquals(10, FusionRule.margin(whole, List.of(cut, whole)));
		final Instance out = FusionRule.central(7, List.of(cut, whole), ScoreAggregation.MAX);
		assertEquals(7, out.id());
		assertEquals(whole.mask(), out.mask());
		assertEquals(0.8, out.score());
		assertEquals(b, out.window());
	}

	@Test
	void anObjectNoTileSawWholeIsTheUnion()
	{
		// the object spans x 30..75: A cuts it at x = 60, B at x = 40
		final Box a = new Box(0, 0, 60, 50), b = new Box(40, 0, 100, 50);
		final Instance inA = new Instance(1, rect(30, 10, 60, 20), 0.9, 0, a, 0), inB = new Instance(2, rect(40, 10, 75, 20), 0.8, 0, b, 1);
		assertEquals(0, FusionRule.margin(inA, List.of(inA, inB)));
		assertEquals(0, FusionRule.margin(inB, List.of(inA, inB)));
		final Instance out = FusionRule.central(3, List.of(inA, inB), ScoreAggregation.MAX);
		assertEquals(rect(30, 10, 75, 20), out.mask());
		assertEquals(0.9, out.score());
	}

	@Test
	void imageBordersDoNotCount()
	{
		// both tiles start at y = 0 (the image border): only the x edges between them matter
		final Box a = new Box(0, 0, 60, 50), b = new Box(40, 0, 100, 50);
		final Instance left = new Instance(1, rect(44, 0, 52, 5), 1, 0, a, 0); // 8 px from A's right edge
		final Instance right = new Instance(2, rect(44, 0, 52, 5), 1, 0, b, 1); // 4 px from B's left edge
		assertEquals(8, FusionRule.margin(left, List.of(left, right)));
		assertEquals(left.window(), FusionRule.central(1, List.of(right, left), ScoreAggregation.MEAN).window());
	}

	@Test
	void mergeWithFusionCentralKeepsOneMemberMask()
	{
		final Box a = new Box(0, 0, 60, 50), b = new Box(40, 0, 100, 50);
		final List<Instance> in = List.of(new Instance(1, rect(50, 10, 60, 20), 0.9, 0, a, 0), new Instance(2, rect(49, 10, 70, 20), 0.8, 0, b, 1));
		final MergeResult union = SpatialMaskMerging.merge(in, MergeOptions.defaults());
		final MergeResult central = SpatialMaskMerging.merge(in, MergeOptions.defaults().with("fusion", "central"));
		assertEquals(1, union.clusterCount());
		assertEquals(1, central.clusterCount());
		assertEquals(in.get(1).mask(), central.merged().get(0).mask());
		assertEquals(in.get(1).mask(), union.merged().get(0).mask(), "here the union is the whole mask too");
	}
}
