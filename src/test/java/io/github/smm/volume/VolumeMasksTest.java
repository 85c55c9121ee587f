package io.github.smm.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

/** Every 3D primitive on tiny hand-drawn volumes. */
class VolumeMasksTest
{
	/** Cube of side 2 at (1, 1, 1) and cube of side 2 at (2, 2, 2): they share one voxel, (2, 2, 2). */
	private static final VolumeMask A = VolumeMask.box(Box3.ofSize(1, 1, 1, 2, 2, 2)), B = VolumeMask.box(Box3.ofSize(2, 2, 2, 2, 2, 2));

	@Test
	void volumeBoxAndContains()
	{
		assertEquals(8, A.volume());
		assertEquals(new Box3(1, 1, 1, 3, 3, 3), A.box());
		assertTrue(A.contains(2, 2, 2));
		assertFalse(A.contains(3, 2, 2));
		assertFalse(A.contains(2, 2, 0));
		assertEquals(4, A.runCount(), "one run per (y, z) row");
	}

	@Test
	void builderMergesOverlappingAndAdjacentRunsInAnyOrder()
	{
		final VolumeMask m = new VolumeMaskBuilder().addRun(5, 0, 4, 6).addRun(3, 1, 0, 2).addRun(5, 0, 1, 4).addRun(5, 0, 5, 8).addRun(4, 0, 3, 3).build();
		assertEquals(2 + 7, m.volume());
		assertEquals(new Box3(0, 0, 3, 8, 2, 6), m.box());
		assertEquals(2, m.runCount());
		assertFalse(m.contains(3, 0, 4), "the empty run was ignored");
	}

	@Test
	void intersectionUnionIosAndIou()
	{
		assertEquals(1, VolumeMasks.intersectionVolume(A, B));
		assertEquals(15, VolumeMasks.union(List.of(A, B)).volume());
		assertEquals(VolumeMask.box(Box3.ofSize(2, 2, 2, 1, 1, 1)), VolumeMasks.intersection(A, B));
		assertEquals(1 / 15.0, VolumeMasks.iou(A, B), 1e-12);
		assertEquals(1 / 8.0, VolumeMasks.ios(A, B), 1e-12);
		assertEquals(7, VolumeMasks.subtract(A, B).volume());
		assertFalse(VolumeMasks.subtract(A, B).contains(2, 2, 2));
	}

	@Test
	void windowRestrictsCounts()
	{
		final Box3 lowerSlice = new Box3(0, 0, 0, 10, 10, 2);
		assertEquals(4, VolumeMasks.volume(A, lowerSlice));
		assertEquals(0, VolumeMasks.intersectionVolume(A, B, lowerSlice));
		assertEquals(VolumeMask.box(Box3.ofSize(1, 1, 1, 2, 2, 1)), VolumeMasks.clip(A, lowerSlice));
	}

	@Test
	void centroidOfVoxelCentres()
	{
		assertArrayEquals(new double[] { 1.5, 1.5, 1.5 }, VolumeMasks.centroid(A), 1e-12);
		final VolumeMask l = new VolumeMaskBuilder().addRun(0, 0, 0, 3).addRun(4, 0, 0, 1).build();
		assertArrayEquals(new double[] { 0.75, 0, 1 }, VolumeMasks.centroid(l), 1e-12);
	}

	@Test
	void distanceCountsTheVoxelSteps()
	{
		final VolumeMask p = VolumeMask.box(Box3.ofSize(0, 0, 0, 1, 1, 1));
		final VolumeMask aboveTwo = VolumeMask.box(Box3.ofSize(0, 0, 2, 1, 1, 1)), diagonal = VolumeMask.box(Box3.ofSize(3, 4, 0, 1, 1, 1));
		assertEquals(2, VolumeMasks.distance(p, aboveTwo, 10, VoxelSize.ISOTROPIC), 1e-12);
		// z steps 4 times the x step: two slices apart is 8 x pixels
		final VoxelSize anisotropic = new VoxelSize(2, 0.5, 0.5);
		assertEquals(8, VolumeMasks.distance(p, aboveTwo, 10, anisotropic), 1e-12);
		assertEquals(Double.POSITIVE_INFINITY, VolumeMasks.distance(p, aboveTwo, 7.9, anisotropic));
		assertEquals(5, VolumeMasks.distance(p, diagonal, 5, VoxelSize.ISOTROPIC), 1e-12);
		assertEquals(0, VolumeMasks.distance(A, B, 1, VoxelSize.ISOTROPIC));
		assertEquals(8, new Box3(0, 0, 0, 1, 1, 1).gap(new Box3(0, 0, 2, 1, 1, 3), anisotropic), 1e-12);
	}

	@Test
	void slicesRoundTripThroughTwoDimensions()
	{
		final RleMask disc = RleMask.fromBitmap(new boolean[] { false, true, false, true, true, true, false, true, false }, 3, 3, 10, 20);
		final VolumeMask one = VolumeMask.ofSlice(disc, 7);
		assertEquals(5, one.volume());
		assertEquals(new Box3(10, 20, 7, 13, 23, 8), one.box());
		assertEquals(disc, one.slice(7));
		assertTrue(one.slice(6).isEmpty());
		assertEquals(RleMask.rectangle(new Box(2, 2, 4, 4)), B.slice(3));
	}

	@Test
	void voxelSizeIsCheckedAndParsed()
	{
		assertEquals(4, VoxelSize.parse("2,0.5,0.5").scaleZ(), 1e-12);
		assertEquals(1, VoxelSize.parse("0.3").scaleZ(), 1e-12);
		assertTrue(assertThrows(IllegalArgumentException.class, () -> VoxelSize.parse("1,2")).getMessage().contains("'1,2'"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> new VoxelSize(0, 1, 1)).getMessage().contains("along z"));
	}

	@Test
	void instancesRejectBadInput()
	{
		assertThrows(io.github.smm.model.InvalidInstanceException.class, () -> new VolumeInstance(3, VolumeMask.EMPTY, 1, 0, null, 0));
		assertTrue(assertThrows(io.github.smm.model.InvalidInstanceException.class, () -> new VolumeInstance(4, A, 1, 0, Box3.ofSize(0, 0, 0, 2, 2, 2), 0)).getMessage().contains("instance 4"));
	}
}
