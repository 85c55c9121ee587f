package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;

class SlicePlanTest
{
	@Test
	void sahiPlanShiftsTheLastTileInward()
	{
		final List<Box> tiles = SlicePlan.windows(4096, 512, 0.2);
		assertEquals(100, tiles.size());
		final long[] xs = tiles.stream().limit(10).mapToLong(b -> b.minX).toArray();
		assertEquals(List.of(0L, 410L, 820L, 1230L, 1640L, 2050L, 2460L, 2870L, 3280L, 3584L), java.util.Arrays.stream(xs).boxed().collect(java.util.stream.Collectors.toList()));
		for (final Box t : tiles)
		{
			assertEquals(512, t.width());
			assertEquals(512, t.height());
			assertTrue(new Box(0, 0, 4096, 4096).contains(t));
		}
		assertEquals(Box.ofSize(410, 0, 512, 512), tiles.get(1));
		assertEquals(Box.ofSize(0, 410, 512, 512), tiles.get(10));
	}

	@Test
	void exactFitAndSmallScenes()
	{
		assertEquals(List.of(new Box(0, 0, 100, 100)), SlicePlan.windows(100, 512, 0.2));
		assertEquals(List.of(new Box(0, 0, 512, 512)), SlicePlan.windows(512, 512, 0.2));
		// 1024 with stride 512 and no overlap: exactly two tiles per axis
		assertEquals(4, SlicePlan.windows(1024, 512, 0).size());
	}

	@Test
	void badPlansNameTheirProblem()
	{
		assertTrue(assertThrows(IllegalArgumentException.class, () -> SlicePlan.windows(100, 0, 0.2)).getMessage().contains("tile size"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> SlicePlan.windows(100, 10, 1.0)).getMessage().contains("overlap"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> SlicePlan.windows(100, 1, 0.6)).getMessage().contains("stride"));
	}
}
