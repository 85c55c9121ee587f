package io.github.smm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.graph.OverlapMeasure;
import io.github.smm.model.Instance;
import io.github.smm.testutil.NoisyTiledScene;

/** A prepared merge gives exactly the result of a plain merge, for any options it accepts. */
class PreparedMergeTest
{
	@Test
	void equalsPlainMergeForRandomOptions()
	{
		final NoisyTiledScene scene = new NoisyTiledScene(5, 300, 260, 120, 30, 90);
		final PreparedMerge prepared = PreparedMerge.prepare(scene.predictions, 25, 20, EnumSet.allOf(OverlapMeasure.class), 2);
		final Random rnd = new Random(11);
		for (int trial = 0; trial < 60; trial++)
		{
			final MergeOptions o = randomOptions(rnd);
			assertTrue(prepared.accepts(o));
			assertSameGraph(scene.predictions, prepared, o);
			assertSame(SpatialMaskMerging.merge(scene.predictions, o), prepared.merge(o), o.toString());
		}
	}

	@Test
	void clustersAndFusionAreThoseOfTheMerge()
	{
		final NoisyTiledScene scene = new NoisyTiledScene(6, 240, 240, 100, 25, 60);
		final PreparedMerge prepared = PreparedMerge.prepare(scene.predictions, 10, 10, EnumSet.of(OverlapMeasure.WINDOW_IOU), 1);
		final MergeOptions o = MergeOptions.defaults().withThreads(1);
		final int[] cluster = prepared.clusters(o);
		final MergeResult r = SpatialMaskMerging.merge(scene.predictions, o);
		assertEquals(r.clusterCount(), java.util.Arrays.stream(cluster).max().getAsInt() + 1);
		for (int c = 0; c < r.clusterCount(); c++)
		{
			final int cc = c;
			final int[] members = java.util.stream.IntStream.range(0, cluster.length).filter(i -> cluster[i] == cc).toArray();
			final Instance fused = prepared.fuse(c + 1, members, o);
			assertEquals(r.merged().get(c).mask(), fused.mask());
			assertEquals(r.merged().get(c).score(), fused.score());
		}
	}

	@Test
	void refusesOptionsBeyondWhatWasPrepared()
	{
		final NoisyTiledScene scene = new NoisyTiledScene(7, 200, 200, 100, 25, 30);
		final PreparedMerge prepared = PreparedMerge.prepare(scene.predictions, 5, 5, EnumSet.of(OverlapMeasure.IOU), 1);
		final MergeOptions wide = MergeOptions.defaults().withOverlapMeasure(OverlapMeasure.IOU).withRho(6);
		assertTrue(!prepared.accepts(wide));
		assertThrows(IllegalArgumentException.class, () -> prepared.merge(wide));
		assertThrows(IllegalArgumentException.class, () -> prepared.merge(MergeOptions.defaults()), "window_iou was not prepared");
	}

	private static MergeOptions randomOptions(final Random rnd)
	{
		final Method[] methods = Method.values();
		final OverlapMeasure[] measures = OverlapMeasure.values();
		return MergeOptions.defaults()
				.withMethod(methods[rnd.nextInt(methods.length)])
				.withOverlapMeasure(measures[rnd.nextInt(measures.length)])
				.withRho(rnd.nextInt(4) == 0 ? 25 : 25 * rnd.nextDouble())
				.withTauD(rnd.nextInt(4) == 0 ? 20 : 0.5 + 19.5 * rnd.nextDouble())
				.withBetas(2 * rnd.nextDouble(), 2 * rnd.nextDouble(), rnd.nextDouble())
				.withLambda(0.2 + 2 * rnd.nextDouble())
				.withGamma(1.5 * rnd.nextDouble())
				.withTauI(0.05 + 0.9 * rnd.nextDouble())
				.withResolveOverlaps(rnd.nextBoolean())
				.withClassAgnostic(rnd.nextBoolean())
				.withThreads(1 + rnd.nextInt(2))
				// components the exact solver finishes well within its wall-clock limit, which
				// would otherwise make two runs of the same merge differ under load
				.withMaxExactSize(12);
	}

	/** The prepared graph has the pairs, features and weights of the graph built from scratch. */
	private static void assertSameGraph(final List<Instance> instances, final PreparedMerge prepared, final MergeOptions o)
	{
		final List<Instance> sorted = io.github.smm.model.Instances.canonical(instances);
		final io.github.smm.graph.CandidateGraph plain = io.github.smm.graph.CandidateGraph.build(sorted,
				io.github.smm.index.Candidates.find(sorted, o.rho(), o.classAgnostic(), 1), o.weightParameters(), 1);
		final io.github.smm.graph.CandidateGraph fast = prepared.graph(o);
		assertArrayEquals(plain.pairs().firstArray(), fast.pairs().firstArray(), o.toString());
		assertArrayEquals(plain.pairs().secondArray(), fast.pairs().secondArray(), o.toString());
		assertArrayEquals(plain.weightArray(), fast.weightArray(), o.toString());
		assertArrayEquals(plain.sharedViewArray(), fast.sharedViewArray(), o.toString());
		for (int k = 0; k < plain.edgeCount(); k++)
		{
			assertEquals(plain.distance(k), fast.distance(k), o.toString());
			assertEquals(plain.overlap(k), fast.overlap(k), o.toString());
			assertEquals(plain.intersection(k), fast.intersection(k), o.toString());
		}
	}

	private static void assertSame(final MergeResult expected, final MergeResult actual, final String what)
	{
		assertArrayEquals(expected.clusterOfInput(), actual.clusterOfInput(), what);
		assertEquals(expected.objective(), actual.objective(), what);
		final List<Instance> a = expected.merged(), b = actual.merged();
		assertEquals(a.size(), b.size(), what);
		for (int i = 0; i < a.size(); i++)
		{
			assertEquals(a.get(i).id(), b.get(i).id(), what);
			assertEquals(a.get(i).mask(), b.get(i).mask(), what);
			assertEquals(a.get(i).score(), b.get(i).score(), what);
			assertEquals(a.get(i).classId(), b.get(i).classId(), what);
		}
	}
}
