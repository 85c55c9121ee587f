package io.github.smm.volume.tiled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.Preset;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VoxelSize;

/** The runner with the seeded 3D watershed on touching balls cut by block faces. */
class TiledWatershedTest
{
	private static final int W = 64, H = 32, D = 24;
	/** Two pairs of touching balls of radius 6 (x, y, z); the second pair lies across the blocks' seam. */
	private static final int[] CENTRES = { 12, 12, 12, 22, 12, 12, 38, 18, 12, 48, 18, 12 };

	private static float[] scene()
	{
		final float[] v = new float[W * H * D];
		for (int z = 0; z < D; z++)
			for (int y = 0; y < H; y++)
				for (int x = 0; x < W; x++)
				{
					v[(z * H + y) * W + x] = 1;
					for (int k = 0; k < CENTRES.length; k += 3)
						if ((x - CENTRES[k]) * (x - CENTRES[k]) + (y - CENTRES[k + 1]) * (y - CENTRES[k + 1]) + (z - CENTRES[k + 2]) * (z - CENTRES[k + 2]) <= 36)
							v[(z * H + y) * W + x] = 9;
				}
		return v;
	}

	/** The objects holding each ball's centre (null when none does). */
	private static Set<VolumeInstance> objectsAtCentres(final BlockSegmenter segmenter)
	{
		final VolumeList out = new VolumeList();
		final BlockPlan plan = BlockPlan.of(W, H, D, new int[] { 40, 32, 24 }, new int[] { 12, 12, 12 });
		new TiledVolumeMerge(plan, MergeOptions.preset(Preset.MICROSCOPY), VoxelSize.ISOTROPIC).run(new ArrayVolume(scene(), W, H, D), segmenter, out);
		final Set<VolumeInstance> at = new HashSet<>();
		for (int k = 0; k < CENTRES.length; k += 3)
			for (final VolumeInstance o : out.objects())
				if (o.mask().contains(CENTRES[k], CENTRES[k + 1], CENTRES[k + 2]))
					at.add(o);
		assertEquals(at.size(), out.objects().size(), "every object holds a ball's centre");
		return at;
	}

	@Test
	void theWatershedSplitsTouchingBallsThatComponentsJoin()
	{
		assertEquals(2, objectsAtCentres(new ThresholdBlockSegmenter(5, false, 0)).size(), "components: one object per pair");
		assertEquals(4, objectsAtCentres(new WatershedBlockSegmenter(5, false, 0, 1, VoxelSize.ISOTROPIC)).size(), "watershed: one object per ball, across the seam too");
	}
}
