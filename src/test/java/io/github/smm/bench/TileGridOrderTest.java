package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;

class TileGridOrderTest
{
	/** Two tiles side by side, [0, 100) and [60, 160) × [0, 100): the overlap is x in [60, 100). */
	private static final List<Box> TWO = List.of(new Box(0, 0, 100, 100), new Box(60, 0, 160, 100));

	@Test
	void certainTilesAreKeptAndTheAmbiguousRunSplitsAtTheDropOfTheTopRow()
	{
		final List<Box> boxes = new ArrayList<>();
		boxes.add(new Box(10, 10, 20, 20)); // only tile 0
		boxes.add(new Box(70, 50, 80, 60)); // both: tile 0's last (lower)
		boxes.add(new Box(70, 5, 80, 15)); // both: top row drops, tile 1 starts
		boxes.add(new Box(120, 30, 130, 40)); // only tile 1
		assertArrayEquals(new int[] { 0, 0, 1, 1 }, TileGridOrder.assign(boxes, TWO));
	}

	@Test
	void withoutADropTheAmbiguousRunGoesToTheLaterTile()
	{
		final List<Box> boxes = List.of(new Box(10, 10, 20, 20), new Box(70, 20, 80, 30), new Box(70, 40, 80, 50), new Box(120, 60, 130, 70));
		assertArrayEquals(new int[] { 0, 1, 1, 1 }, TileGridOrder.assign(boxes, TWO));
	}

	@Test
	void rectangularGridIsRowMajorAndFlushWithTheBorder()
	{
		final List<Box> w = SlicePlan.windows(4176, 3120, 512, 0.25);
		assertEquals(11 * 8, w.size());
		assertEquals(Box.ofSize(384, 0, 512, 512), w.get(1));
		assertEquals(Box.ofSize(4176 - 512, 0, 512, 512), w.get(10));
		assertEquals(Box.ofSize(0, 3120 - 512, 512, 512), w.get(77));
	}

	@Test
	void aPredictionOutOfTileOrderIsNamed()
	{
		final List<Box> boxes = List.of(new Box(120, 30, 130, 40), new Box(10, 10, 20, 20));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TileGridOrder.assign(boxes, TWO));
		assertTrue(e.getMessage().startsWith("prediction 2 "), e.getMessage());
	}
}
