package io.github.smm.volume.tiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.tile.DistanceSplit;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VoxelSize;

/** The seeded 3D watershed on hand-drawn balls, and a one-slice block against the 2D split. */
class WatershedBlockSegmenterTest
{
	private static final VoxelSize ISO = VoxelSize.ISOTROPIC;

	/** A w × h × d block, bright (9) inside balls of physical radius r around the centres (x, y, z in voxels), dark (1) elsewhere. */
	private static float[] balls(final int w, final int h, final int d, final VoxelSize v, final double r, final double... centres)
	{
		final float[] out = new float[w * h * d];
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					for (int k = 0; k < centres.length; k += 3)
					{
						final double dx = (x - centres[k]) * v.x(), dy = (y - centres[k + 1]) * v.y(), dz = (z - centres[k + 2]) * v.z();
						if (dx * dx + dy * dy + dz * dz <= r * r)
							out[(z * h + y) * w + x] = 9;
						else if (out[(z * h + y) * w + x] == 0)
							out[(z * h + y) * w + x] = 1;
					}
		return out;
	}

	private static int count(final int[] labels)
	{
		int max = 0;
		for (final int l : labels)
			max = Math.max(max, l);
		return max;
	}

	@Test
	void twoTouchingBallsBecomeTwoObjects()
	{
		final float[] v = balls(30, 18, 18, ISO, 6, 9, 9, 9, 19.5, 9, 9);
		final int[] components = new ThresholdBlockSegmenter(5, false, 0).labels(new Box3(0, 0, 0, 30, 18, 18), v);
		assertEquals(1, count(components), "the balls touch: one component");
		final int[] labels = new WatershedBlockSegmenter(5, false, 0, 1, ISO).labels(new Box3(0, 0, 0, 30, 18, 18), v);
		assertEquals(2, count(labels));
		final int a = labels[(9 * 18 + 9) * 30 + 9], b = labels[(9 * 18 + 9) * 30 + 19];
		assertNotEquals(0, a);
		assertNotEquals(0, b);
		assertNotEquals(a, b, "the centres in different objects");
		for (int i = 0; i < v.length; i++)
			assertEquals(v[i] > 5, labels[i] > 0, "every foreground voxel in one object, no background voxel in any");
	}

	@Test
	void oneBallStaysOneAndSmallPartsAreDropped()
	{
		final float[] v = balls(20, 20, 20, ISO, 7, 10, 10, 10, 17.5, 17.5, 17.5);
		final Box3 box = new Box3(0, 0, 0, 20, 20, 20);
		final int[] labels = new WatershedBlockSegmenter(5, false, 0, 1, ISO).labels(box, v);
		assertEquals(2, count(labels), "the ball and the cap in the corner, apart");
		assertEquals(1, count(new WatershedBlockSegmenter(5, false, 0, 1, ISO).labels(box, balls(20, 20, 20, ISO, 7, 10, 10, 10))));
		final long[] volume = new long[3];
		for (final int l : labels)
			volume[l]++;
		final long small = Math.min(volume[1], volume[2]);
		final int[] kept = new WatershedBlockSegmenter(5, false, small + 1, 1, ISO).labels(box, v);
		assertEquals(1, count(kept), "the smaller part is dropped");
		long left = 0;
		for (final int l : kept)
			left += l == 1 ? 1 : 0;
		assertEquals(Math.max(volume[1], volume[2]), left);
	}

	@Test
	void theVoxelSizeEntersTheDistance()
	{
		// two balls of radius 6 µm touching along z at 2 µm per z step: 6 slices apart in voxels
		final VoxelSize aniso = new VoxelSize(2, 1, 1);
		final float[] v = balls(16, 16, 14, aniso, 6, 8, 8, 3.8, 8, 8, 9.2);
		final Box3 box = new Box3(0, 0, 0, 16, 16, 14);
		assertEquals(2, count(new WatershedBlockSegmenter(5, false, 0, 1, aniso).labels(box, v)));
		// read as isotropic the same voxels are a flat pancake whose distance has no two maxima deep enough
		assertEquals(1, count(new WatershedBlockSegmenter(5, false, 0, 1, ISO).labels(box, v)));
	}

	@Test
	void aOneSliceBlockGivesTheTwoDimensionalSplit()
	{
		final int w = 60, h = 40;
		final float[] v = balls(w, h, 1, ISO, 8, 15, 20, 0, 29, 20, 0, 47, 12, 0, 50, 31, 0);
		final int[] labels = new WatershedBlockSegmenter(5, false, 0, 2, ISO).labels(new Box3(0, 0, 0, w, h, 1), v);
		final int[] components = new ThresholdBlockSegmenter(5, false, 0).labels(new Box3(0, 0, 0, w, h, 1), v);
		final List<Instance> objects = new ArrayList<>();
		for (int c = 1; c <= count(components); c++)
		{
			final boolean[] bits = new boolean[w * h];
			for (int i = 0; i < bits.length; i++)
				bits[i] = components[i] == c;
			objects.add(new Instance(c, RleMask.fromBitmap(bits, w, h, 0, 0), 1));
		}
		final List<Instance> parts = DistanceSplit.splitAll(objects, new DistanceSplit(2), 0);
		assertEquals(parts.size(), count(labels));
		for (final Instance p : parts)
		{
			final Map<Integer, Integer> seen = new HashMap<>();
			p.mask().forEachRun((y, xs, xe) -> {
				for (long x = xs; x < xe; x++)
					seen.merge(labels[(int) (y * w + x)], 1, Integer::sum);
			});
			assertEquals(1, seen.size(), "a 2D part is one 3D object: " + seen);
			assertEquals(p.area(), (long) seen.values().iterator().next());
		}
	}

	@Test
	void badOptionsAreNamed()
	{
		assertThrows(IllegalArgumentException.class, () -> new WatershedBlockSegmenter(5, false, 0, 0, ISO));
		assertThrows(IllegalArgumentException.class, () -> new WatershedBlockSegmenter(5, false, -1, 1, ISO));
		assertThrows(IllegalArgumentException.class, () -> new WatershedBlockSegmenter(5, false, 0, 1, ISO).labels(new Box3(0, 0, 0, 3, 3, 3), new float[5]));
	}
}
