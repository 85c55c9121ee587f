package io.github.smm.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.Method;
import io.github.smm.Preset;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.testutil.NoisyTiledScene;

/** The 3D merge: a 2D image as a one-slice volume merges as in 2D; order, threads; a cube cut in z. */
class VolumeMergeTest
{
	static VolumeInstance asSlice(final Instance i, final long z)
	{
		final Box w = i.window();
		final Box3 window = w == null ? null : new Box3(w.minX, w.minY, z, w.maxX, w.maxY, z + 1);
		return new VolumeInstance(i.id(), VolumeMask.ofSlice(i.mask(), z), i.score(), i.classId(), window, i.tile());
	}

	@Test
	void oneSliceVolumeGivesTheTwoDimensionalResult()
	{
		for (final long seed : new long[] { 1, 2, 3 })
		{
			final NoisyTiledScene scene = new NoisyTiledScene(seed, 200, 160, 64, 16, 60);
			final List<VolumeInstance> volumes = new ArrayList<>();
			for (final Instance i : scene.predictions)
				volumes.add(asSlice(i, 5));
			for (final Method method : new Method[] { Method.SMM_EXACT, Method.SMM_GREEDY, Method.COMPONENTS })
				for (final OverlapMeasure measure : OverlapMeasure.values())
				{
					final MergeOptions o = MergeOptions.preset(Preset.MICROSCOPY).withMethod(method).withOverlapMeasure(measure).withResolveOverlaps(seed == 2);
					final MergeResult flat = SpatialMaskMerging.merge(scene.predictions, o);
					final VolumeMergeResult deep = VolumeMerge.merge(volumes, o, new VoxelSize(3, 1, 1), UnseenPairs.AS_2D);
					final String what = "seed " + seed + " " + method.token() + " " + measure.token();
					assertArrayEquals(flat.clusterOfInput(), deep.clusterOfInput(), what);
					assertEquals(flat.merged().size(), deep.merged().size(), what);
					for (int c = 0; c < flat.merged().size(); c++)
					{
						assertEquals(flat.merged().get(c).mask(), deep.merged().get(c).mask().slice(5), what + " output " + c);
						assertEquals(flat.merged().get(c).score(), deep.merged().get(c).score(), 1e-12, what);
						assertEquals(flat.merged().get(c).classId(), deep.merged().get(c).classId(), what);
					}
				}
		}
	}

	@Test
	void cubeCutIntoOverlappingBlocksComesBackWhole()
	{
		final VolumeMask cube = VolumeMask.box(Box3.ofSize(10, 10, 10, 12, 12, 12));
		final List<VolumeInstance> pieces = new ArrayList<>();
		int id = 1;
		for (final long z : new long[] { 0, 16 })
			for (final long x : new long[] { 0, 16 })
			{
				final Box3 block = Box3.ofSize(x, 0, z, 20, 40, 20);
				pieces.add(new VolumeInstance(id++, VolumeMasks.clip(cube, block), 0.9, 0, block, id));
			}
		// a separate neighbour in the upper blocks only, one voxel above the cube in z: never merged into it
		final VolumeMask lid = VolumeMask.box(Box3.ofSize(10, 10, 23, 12, 12, 3));
		pieces.add(new VolumeInstance(id++, VolumeMasks.clip(lid, Box3.ofSize(0, 0, 16, 20, 40, 20)), 0.8, 0, Box3.ofSize(0, 0, 16, 20, 40, 20), 10));
		pieces.add(new VolumeInstance(id, VolumeMasks.clip(lid, Box3.ofSize(16, 0, 16, 20, 40, 20)), 0.8, 0, Box3.ofSize(16, 0, 16, 20, 40, 20), 11));
		final VolumeMergeResult r = VolumeMerge.merge(pieces, MergeOptions.preset(Preset.MICROSCOPY), VoxelSize.ISOTROPIC);
		assertEquals(2, r.merged().size());
		assertEquals(cube, r.merged().get(0).mask());
		assertEquals(lid, r.merged().get(1).mask());
		assertEquals(r.components().size(), r.provenOptimalComponents());
	}

	@Test
	void resultDoesNotDependOnOrderOrThreads()
	{
		final NoisyTiledScene scene = new NoisyTiledScene(7, 160, 160, 64, 16, 50);
		final List<VolumeInstance> volumes = new ArrayList<>();
		final Random r = new Random(3);
		// stack the scene three times at z 0, 1, 2 with per-slice changes: real 3D objects
		for (final Instance i : scene.predictions)
			for (int z = 0; z < 3; z++)
				if (z == 0 || r.nextInt(4) > 0)
				{
					final VolumeInstance s = asSlice(i, z);
					volumes.add(new VolumeInstance(i.id() * 10 + z, s.mask(), s.score(), s.classId(), null, 0));
				}
		final MergeOptions o = MergeOptions.preset(Preset.MICROSCOPY).withOverlapMeasure(OverlapMeasure.IOS);
		final VolumeMergeResult one = VolumeMerge.merge(volumes, o.withThreads(1), VoxelSize.ISOTROPIC);
		final List<VolumeInstance> shuffled = new ArrayList<>(volumes);
		Collections.shuffle(shuffled, new Random(5));
		final VolumeMergeResult other = VolumeMerge.merge(shuffled, o.withThreads(3), VoxelSize.ISOTROPIC);
		assertEquals(one.merged().size(), other.merged().size());
		for (int c = 0; c < one.merged().size(); c++)
			assertEquals(one.merged().get(c).mask(), other.merged().get(c).mask());
		for (int i = 0; i < shuffled.size(); i++)
			assertEquals(one.clusterOfInput()[volumes.indexOf(shuffled.get(i))], other.clusterOfInput()[i]);
	}

	@Test
	void repeatedIdsAreRefusedByName()
	{
		final VolumeInstance one = new VolumeInstance(1, VolumeMask.box(Box3.ofSize(0, 0, 0, 2, 2, 2)), 1, 0, null, 0);
		final List<VolumeInstance> twice = List.of(one, one);
		assertTrue(assertThrows(io.github.smm.model.InvalidInstanceException.class, () -> VolumeMerge.merge(twice, MergeOptions.preset(Preset.MICROSCOPY), VoxelSize.ISOTROPIC)).getMessage().contains("instance 1"));
	}
}
