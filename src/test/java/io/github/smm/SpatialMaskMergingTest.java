package io.github.smm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.InvalidInstanceException;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.testutil.TiledScene;

class SpatialMaskMergingTest
{
	@Test
	void tiledDiscsComeBackExactlyOnce()
	{
		final TiledScene scene = new TiledScene(1, 300, 240, 100, 30, 60);
		final MergeResult r = SpatialMaskMerging.merge(scene.predictions, MergeOptions.defaults());
		assertEquals(scene.truth.size(), r.clusterCount());
		final Set<RleMask> truth = new HashSet<>(scene.truth);
		for (final Instance m : r.merged())
			assertTrue(truth.remove(m.mask()), "merged object is not a truth disc: " + m);
		assertEquals(r.componentCount(), r.provenOptimalComponents());
		assertTrue(scene.predictions.size() > scene.truth.size() + 20, "the scene must have seam fragments");
	}

	@Test
	void everyInputEndsInExactlyOneClusterForEveryMethod()
	{
		final TiledScene scene = new TiledScene(2, 260, 260, 90, 25, 50);
		for (final Method method : Method.values())
		{
			final MergeResult r = SpatialMaskMerging.merge(scene.predictions, MergeOptions.defaults().withMethod(method));
			final List<Long> seen = new ArrayList<>();
			for (int c = 0; c < r.clusterCount(); c++)
			{
				assertTrue(r.members(c).length > 0, method + ": empty cluster " + c);
				assertEquals(c + 1, r.merged().get(c).id());
				for (final long id : r.members(c))
					seen.add(id);
			}
			Collections.sort(seen);
			final List<Long> ids = new ArrayList<>();
			for (int i = 0; i < scene.predictions.size(); i++)
			{
				ids.add(scene.predictions.get(i).id());
				final long[] members = r.members(r.clusterOf(i));
				assertTrue(java.util.Arrays.binarySearch(members, scene.predictions.get(i).id()) >= 0);
			}
			Collections.sort(ids);
			assertEquals(ids, seen, method + ": inputs and cluster members differ");
		}
	}

	@Test
	void outputDoesNotDependOnInputOrderOrThreads()
	{
		final TiledScene scene = new TiledScene(3, 300, 300, 100, 30, 70);
		final Random rnd = new Random(3);
		for (final Method method : Method.values())
			for (final double chainCost : new double[] { 1, 0 })
		{
			final MergeOptions options = MergeOptions.preset(Preset.PAPER).withMethod(method).withChainCost(chainCost).withThreads(1);
			final MergeResult reference = SpatialMaskMerging.merge(scene.predictions, options);
			for (int trial = 0; trial < 4; trial++)
			{
				final List<Instance> shuffled = new ArrayList<>(scene.predictions);
				Collections.shuffle(shuffled, rnd);
				final MergeResult r = SpatialMaskMerging.merge(shuffled, options.withThreads(1 + trial));
				assertEquals(describe(reference), describe(r), method + " chain cost " + chainCost + " trial " + trial);
				assertEquals(reference.objective(), r.objective(), 1e-9);
			}
		}
	}

	/** Every output as mask, score, class and member ids, in output order. */
	private static List<String> describe(final MergeResult r)
	{
		final List<String> out = new ArrayList<>();
		for (int c = 0; c < r.clusterCount(); c++)
		{
			final Instance m = r.merged().get(c);
			final Set<Long> members = new TreeSet<>();
			for (final long id : r.members(c))
				members.add(id);
			out.add(m.mask().hashCode() + " " + m.mask() + " " + m.score() + " " + m.classId() + " " + members);
		}
		return out;
	}

	@Test
	void touchingCellsStaySeparateWithMicroscopyButMergeWithPaper()
	{
		final Box tile = Box.ofSize(0, 0, 40, 40);
		final Instance left = new Instance(1, RleMask.rectangle(Box.ofSize(5, 5, 10, 10)), 0.9, 0, tile, 0);
		final Instance right = new Instance(2, RleMask.rectangle(Box.ofSize(15, 5, 10, 10)), 0.9, 0, tile, 0);
		assertEquals(2, SpatialMaskMerging.merge(List.of(left, right), MergeOptions.defaults()).clusterCount());
		assertEquals(1, SpatialMaskMerging.merge(List.of(left, right), MergeOptions.preset(Preset.PAPER)).clusterCount(),
				"the paper's distance term merges touching neighbours");
	}

	@Test
	void fragmentsFromTilesThatShareNoRegionAreNotCannotLinks()
	{
		// three tiles in a row; the middle one sees the whole cell, the outer ones (which do not
		// overlap each other) see touching pieces of it: same cell, not neighbours
		final Box t1 = new Box(0, 0, 10, 20), t2 = new Box(5, 0, 25, 20), t3 = new Box(10, 0, 30, 20);
		final RleMask cell = RleMask.rectangle(new Box(8, 5, 14, 12));
		final Instance s1 = new Instance(1, Masks.clip(cell, t1), 0.9, 0, t1, 0);
		final Instance full = new Instance(2, Masks.clip(cell, t2), 0.8, 0, t2, 1);
		final Instance s3 = new Instance(3, Masks.clip(cell, t3), 0.7, 0, t3, 2);
		final MergeResult r = SpatialMaskMerging.merge(List.of(s1, full, s3), MergeOptions.defaults());
		assertEquals(1, r.clusterCount());
		assertEquals(cell, r.merged().get(0).mask());
	}

	@Test
	void nmsKeepsTheBestMaskWhileGreedyNmmUnites()
	{
		final Instance big = new Instance(1, RleMask.rectangle(Box.ofSize(0, 0, 10, 10)), 0.9);
		final Instance shifted = new Instance(2, RleMask.rectangle(Box.ofSize(2, 0, 10, 10)), 0.5);
		final MergeResult nms = SpatialMaskMerging.merge(List.of(big, shifted), MergeOptions.defaults().withMethod(Method.NMS));
		assertEquals(1, nms.clusterCount());
		assertEquals(big.mask(), nms.merged().get(0).mask());
		assertEquals(0.9, nms.merged().get(0).score());
		final MergeResult nmm = SpatialMaskMerging.merge(List.of(big, shifted), MergeOptions.defaults().withMethod(Method.GREEDY_NMM));
		assertEquals(Masks.union(big.mask(), shifted.mask()), nmm.merged().get(0).mask());
		assertArrayEquals(new long[] { 1, 2 }, nmm.members(0));
	}

	/**
	 * Three pieces in a row: a overlaps b (IoU 4/28, w = 8·4/28 = 1.14, gain 0.14 with λ 1) and b
	 * overlaps c (IoU 6/26, gain 0.85); a and c are 10 px apart, beyond ρ, so no candidates. At chain
	 * cost 1 joining a costs λ for a–c (0.14 − 1 < 0): a stays apart; at 0.1 and 0 the chain is one object.
	 */
	@Test
	void chainOfPiecesJoinsWhenDistantPairsCostLittle()
	{
		final Instance a = new Instance(1, RleMask.rectangle(Box.ofSize(0, 0, 12, 10)), 1);
		final Instance b = new Instance(2, RleMask.rectangle(Box.ofSize(8, 0, 20, 10)), 1);
		final Instance c = new Instance(3, RleMask.rectangle(Box.ofSize(22, 0, 12, 10)), 1);
		final MergeOptions o = MergeOptions.preset(Preset.MICROSCOPY).withOverlapMeasure(io.github.smm.graph.OverlapMeasure.IOU).withBetas(0, 8, 0);
		final MergeResult published = SpatialMaskMerging.merge(List.of(a, b, c), o);
		assertEquals(2, published.clusterCount());
		assertEquals(published.clusterOf(1), published.clusterOf(2));
		for (final Method m : new Method[] { Method.SMM_EXACT, Method.SMM_GREEDY })
			for (final double chain : new double[] { 0.1, 0 })
			{
				final MergeResult r = SpatialMaskMerging.merge(List.of(c, a, b), o.withMethod(m).withChainCost(chain));
				assertEquals(1, r.clusterCount(), m + " chain cost " + chain);
				assertEquals(Masks.union(Masks.union(a.mask(), b.mask()), c.mask()), r.merged().get(0).mask());
				assertEquals(8 * 4 / 28.0 - 1 + 8 * 6 / 26.0 - 1 - chain, r.objective(), 1e-9);
			}
	}

	@Test
	void cannotLinksAreNeverMergedEvenWhenChainingWouldPay()
	{
		// a and c share little (weight below gamma) but each overlaps b strongly
		final Instance a = new Instance(1, RleMask.rectangle(Box.ofSize(0, 0, 12, 10)), 1);
		final Instance b = new Instance(2, RleMask.rectangle(Box.ofSize(4, 0, 12, 10)), 1);
		final Instance c = new Instance(3, RleMask.rectangle(Box.ofSize(8, 0, 12, 10)), 1);
		final MergeOptions o = MergeOptions.preset(Preset.MICROSCOPY).withOverlapMeasure(io.github.smm.graph.OverlapMeasure.IOU)
				.withBetas(0, 2, 0).withLambda(0.5).withGamma(0.5);
		// w(a,b) = w(b,c) = 2 * 8/16 = 1; w(a,c) = 2 * 4/20 = 0.4 < gamma
		for (final double chain : new double[] { 1, 0 })
		{
			final MergeResult r = SpatialMaskMerging.merge(List.of(a, b, c), o.withChainCost(chain));
			assertEquals(2, r.clusterCount());
			assertTrue(r.clusterOf(0) != r.clusterOf(2));
		}
	}

	@Test
	void repeatedIdsAndResolvedOverlapsAreHandled()
	{
		final Instance a = new Instance(5, RleMask.rectangle(Box.ofSize(0, 0, 10, 10)), 0.9);
		final InvalidInstanceException e = assertThrows(InvalidInstanceException.class, () -> SpatialMaskMerging.merge(List.of(a, a), MergeOptions.defaults()));
		assertEquals(5, e.instanceId());
		// two different objects that overlap by a column: resolution gives it to the higher score
		final Instance b = new Instance(6, RleMask.rectangle(Box.ofSize(9, 0, 10, 10)), 0.5);
		final MergeResult r = SpatialMaskMerging.merge(List.of(a, b), MergeOptions.defaults().withBetas(0, 0, 0).withResolveOverlaps(true));
		assertEquals(2, r.clusterCount());
		assertEquals(0, Masks.intersectionArea(r.merged().get(0).mask(), r.merged().get(1).mask()));
		assertEquals(100 + 90, r.merged().get(0).area() + r.merged().get(1).area());
	}
}
