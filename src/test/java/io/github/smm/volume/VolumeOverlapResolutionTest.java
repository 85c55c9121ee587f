package io.github.smm.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.fuse.OverlapResolution;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/** The one overlap resolution on 3D instances: a one-slice volume resolves as the 2D image, and 3D overlaps across slices. */
class VolumeOverlapResolutionTest
{
	@Test
	void oneSliceVolumesResolveAsTheir2DImage()
	{
		final Random random = new Random(3);
		for (int trial = 0; trial < 50; trial++)
		{
			final List<Instance> planar = new ArrayList<>();
			final List<VolumeInstance> volumes = new ArrayList<>();
			for (int i = 0; i < 12; i++)
			{
				final RleMask m = RleMask.rectangle(Box.ofSize(random.nextInt(30), random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(12)));
				final double score = random.nextInt(4) / 4.0;
				planar.add(new Instance(i + 1, m, score, 0, null, Instance.NO_TILE));
				volumes.add(new VolumeInstance(i + 1, VolumeMask.ofSlice(m, 5), score, 0, null, VolumeInstance.NO_BLOCK));
			}
			final OverlapResolution.Resolved<Instance> r2 = OverlapResolution.resolve(planar, 1);
			final OverlapResolution.Resolved<VolumeInstance> r3 = OverlapResolution.resolve(volumes, VolumeKind.INSTANCE, 2);
			assertArrayEquals(r2.newIndexOf, r3.newIndexOf);
			assertEquals(r2.outputs.size(), r3.outputs.size());
			for (int k = 0; k < r2.outputs.size(); k++)
			{
				assertEquals(r2.outputs.get(k).id(), r3.outputs.get(k).id());
				assertEquals(r2.outputs.get(k).mask(), r3.outputs.get(k).mask().slice(5));
				assertEquals(1, r3.outputs.get(k).mask().depth());
			}
		}
	}

	@Test
	void theStrongerObjectKeepsSharedVoxelsAcrossSlices()
	{
		// a: 4x4x4 cube at the origin, score 0.9; b: 4x4x4 cube moved by (2, 0, 2), score 0.5; c inside a, score 0.1
		final VolumeInstance a = cube(1, 0, 0, 0, 4, 0.9), b = cube(2, 2, 0, 2, 4, 0.5), c = cube(3, 1, 1, 1, 2, 0.1);
		final OverlapResolution.Resolved<VolumeInstance> r = OverlapResolution.resolve(List.of(b, c, a), VolumeKind.INSTANCE, 1);
		assertEquals(2, r.outputs.size());
		assertEquals(64, r.outputs.get(1).volume(), "a keeps all its voxels");
		assertEquals(64 - 2 * 4 * 2, r.outputs.get(0).volume(), "b loses the 2x4x2 it shares with a");
		assertEquals(0, VolumeMasks.intersectionVolume(r.outputs.get(0).mask(), r.outputs.get(1).mask()));
		assertArrayEquals(new int[] { 0, 1, 1 }, r.newIndexOf, "c, swallowed by a, becomes a");
	}

	private static VolumeInstance cube(final long id, final long x, final long y, final long z, final long side, final double score)
	{
		return new VolumeInstance(id, VolumeMask.box(new Box3(x, y, z, x + side, y + side, z + side)), score, 0, null, VolumeInstance.NO_BLOCK);
	}
}
