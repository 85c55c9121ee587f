package io.github.smm.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.Method;
import io.github.smm.Preset;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.fuse.FusionRule;
import io.github.smm.fuse.ScoreAggregation;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.model.Instance;
import io.github.smm.testutil.NoisyTiledScene;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** NMS, greedy NMM, union IoU and fusion=central on volumes: hand-worked tiny volumes, and one slice = 2D. */
class VolumeBaselinesTest
{
	private static VolumeMask cube(final long z0)
	{
		return VolumeMask.box(Box3.ofSize(0, 0, z0, 4, 4, 4));
	}

	/**
	 * Three 4³ cubes at z 0, 1, 2 (scores 0.9, 0.8, 0.7): IoU(a, b) = IoU(b, c) = 48 / 80 = 0.6,
	 * IoU(a, c) = 32 / 96 = 1/3; and a far 2³ cube d (score 0.5). τI = 0.5.
	 */
	private static List<VolumeInstance> stackedCubes()
	{
		final List<VolumeInstance> in = new ArrayList<>();
		in.add(new VolumeInstance(1, cube(0), 0.9, 0, null, 0));
		in.add(new VolumeInstance(2, cube(1), 0.8, 0, null, 1));
		in.add(new VolumeInstance(3, cube(2), 0.7, 0, null, 2));
		in.add(new VolumeInstance(4, VolumeMask.box(Box3.ofSize(20, 0, 20, 2, 2, 2)), 0.5, 0, null, 3));
		return in;
	}

	private static VolumeMergeResult merge(final Method method)
	{
		final MergeOptions o = MergeOptions.preset(Preset.MICROSCOPY).withMethod(method).withOverlapMeasure(OverlapMeasure.IOU).withTauI(0.5).withResolveOverlaps(false);
		return VolumeMerge.merge(stackedCubes(), o, VoxelSize.ISOTROPIC);
	}

	@Test
	void nmsKeepsTheBestCubeAndSuppressesOnlyItsOverlappingNeighbour()
	{
		// a suppresses b (0.6), not c (1/3); c survives; d alone
		final VolumeMergeResult r = merge(Method.NMS);
		assertArrayEquals(new int[] { 0, 0, 1, 2 }, r.clusterOfInput());
		assertEquals(cube(0), r.merged().get(0).mask());
		assertEquals(0.9, r.merged().get(0).score());
		assertEquals(cube(2), r.merged().get(1).mask());
		assertEquals(0.5, r.merged().get(2).score());
	}

	@Test
	void greedyNmmFusesTheSameGroupsByVoxelUnion()
	{
		final VolumeMergeResult r = merge(Method.GREEDY_NMM);
		assertArrayEquals(new int[] { 0, 0, 1, 2 }, r.clusterOfInput());
		assertEquals(VolumeMask.box(Box3.ofSize(0, 0, 0, 4, 4, 5)), r.merged().get(0).mask());
		assertEquals(80, r.merged().get(0).volume());
		assertEquals(cube(2), r.merged().get(1).mask());
	}

	@Test
	void unionIouJoinsTheChainTransitively()
	{
		// a-b and b-c reach 0.5: all three cubes are one object z 0..6
		final VolumeMergeResult r = merge(Method.UNION_IOU);
		assertArrayEquals(new int[] { 0, 0, 0, 1 }, r.clusterOfInput());
		assertEquals(VolumeMask.box(Box3.ofSize(0, 0, 0, 4, 4, 6)), r.merged().get(0).mask());
		assertEquals(2, r.merged().size());
	}

	@Test
	void centralKeepsThePieceItsBlockSawWholeAndUnitesPiecesNoBlockSawWhole()
	{
		// blocks A z [0, 10) and B z [6, 16), both x, y [0, 30)
		final Box3 a = new Box3(0, 0, 0, 30, 30, 10), b = new Box3(0, 0, 6, 30, 30, 16);
		// object 1 spans z 7..12: A cuts it at its top face (margin 0), B sees it whole, 1 voxel from its bottom face
		final VolumeMask one = VolumeMask.box(new Box3(2, 2, 7, 6, 6, 12));
		// object 2 spans z 3..13: A cuts it at z 10, B at z 6: no block saw it whole
		final VolumeMask two = VolumeMask.box(new Box3(20, 20, 3, 24, 24, 13));
		final List<VolumeInstance> in = List.of(new VolumeInstance(1, VolumeMasks.clip(one, a), 0.9, 0, a, 0), new VolumeInstance(2, one, 0.6, 0, b, 1),
				new VolumeInstance(3, VolumeMasks.clip(two, a), 0.9, 0, a, 0), new VolumeInstance(4, VolumeMasks.clip(two, b), 0.7, 0, b, 1));
		final VolumeMergeResult central = VolumeMerge.merge(in, MergeOptions.preset(Preset.MICROSCOPY).withFusion(FusionRule.CENTRAL).withScoreAggregation(ScoreAggregation.MAX), VoxelSize.ISOTROPIC);
		assertEquals(2, central.merged().size());
		final VolumeInstance kept = central.merged().get(central.clusterOfInput()[1]);
		assertEquals(one, kept.mask());
		assertEquals(0.6, kept.score(), "central keeps the member's score");
		assertEquals(b, kept.window());
		final VolumeInstance united = central.merged().get(central.clusterOfInput()[3]);
		assertEquals(two, united.mask());
		assertEquals(0.9, united.score(), "the union takes the aggregated (max) score");
		assertEquals(new Box3(0, 0, 0, 30, 30, 16), united.window());
	}

	/** One-slice volumes merge exactly as their 2D image, for every baseline and for central fusion. */
	@Property(tries = 8)
	void oneSliceVolumeGivesTheTwoDimensionalResult(@ForAll @LongRange(min = 1, max = 1_000_000) final long seed)
	{
		final NoisyTiledScene scene = new NoisyTiledScene(seed, 200, 160, 64, 16, 60);
		final List<VolumeInstance> volumes = new ArrayList<>();
		for (final Instance i : scene.predictions)
			volumes.add(VolumeMergeTest.asSlice(i, 3));
		final MergeOptions base = MergeOptions.preset(Preset.MICROSCOPY).withResolveOverlaps(seed % 2 == 0);
		final List<MergeOptions> cases = new ArrayList<>();
		for (final Method method : new Method[] { Method.NMS, Method.GREEDY_NMM, Method.UNION_IOU })
			for (final OverlapMeasure measure : OverlapMeasure.values())
				cases.add(base.withMethod(method).withOverlapMeasure(measure));
		cases.add(base.withFusion(FusionRule.CENTRAL));
		cases.add(base.withMethod(Method.GREEDY_NMM).withFusion(FusionRule.CENTRAL));
		for (final MergeOptions o : cases)
		{
			final MergeResult flat = SpatialMaskMerging.merge(scene.predictions, o);
			final VolumeMergeResult deep = VolumeMerge.merge(volumes, o, new VoxelSize(2, 1, 1), UnseenPairs.AS_2D);
			final String what = "seed " + seed + " " + o.method().token() + " " + o.overlapMeasure().token() + " " + o.fusion().token();
			assertArrayEquals(flat.clusterOfInput(), deep.clusterOfInput(), what);
			assertEquals(flat.merged().size(), deep.merged().size(), what);
			for (int c = 0; c < flat.merged().size(); c++)
			{
				final Instance f = flat.merged().get(c);
				final VolumeInstance d = deep.merged().get(c);
				assertEquals(f.mask(), d.mask().slice(3), what + " output " + c);
				assertEquals(f.score(), d.score(), 1e-12, what);
				assertEquals(f.classId(), d.classId(), what);
				assertEquals(f.window() == null, d.window() == null, what);
			}
		}
	}
}
