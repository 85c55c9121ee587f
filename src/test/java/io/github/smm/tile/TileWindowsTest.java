package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.InvalidOptionException;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/**
 * The rules of {@link TileWindows} on a hand-drawn grid: a 24 x 16 image, tiles of 16 with
 * overlap 8 — windows [0,16) and [8,24) along x, one row.
 */
class TileWindowsTest
{
	private static final TileGrid GRID = TileGrid.of(TilePlan.of(24, 16, 16, Overlap.pixels(8)));

	private static final Box LEFT = new Box(0, 0, 16, 16), RIGHT = new Box(8, 0, 24, 16);

	static Instance rect(final long id, final long x0, final long y0, final long x1, final long y1)
	{
		return new Instance(id, RleMask.rectangle(new Box(x0, y0, x1, y1)), 0.9);
	}

	private static Instance one(final Instance p)
	{
		return TileWindows.assign(List.of(p), GRID).instances().get(0);
	}

	@Test
	void gridOfAPlanIsRowMajorWithTheLastTileFlush()
	{
		assertEquals(List.of(LEFT, RIGHT), GRID.windows());
		final TileGrid dsb = TileGrid.of(TilePlan.of(4176, 3120, 512, Overlap.pixels(64)));
		assertEquals(10 * 7, dsb.size(), "origins 0, 448, ..., 3584, 3664 in x; 0, ..., 2240, 2608 in y");
		assertEquals(new Box(448, 0, 960, 512), dsb.windows().get(1));
		assertEquals(new Box(3584, 0, 4096, 512), dsb.windows().get(8));
		assertEquals(new Box(3664, 0, 4176, 512), dsb.windows().get(9), "last of the first row: 4176 - 512");
		assertEquals(new Box(0, 448, 512, 960), dsb.windows().get(10), "second row");
		assertEquals(new Box(3664, 2608, 4176, 3120), dsb.windows().get(69));
		assertEquals(11, dsb.tileAt(448, 448));
		assertEquals(-1, dsb.tileAt(447, 448));
		final TileGrid sahi = TileGrid.of(TilePlan.of(1000, 600, 512, Overlap.ratio(0.2)));
		assertEquals(List.of(new Box(0, 0, 512, 512), new Box(410, 0, 922, 512), new Box(488, 0, 1000, 512)), sahi.windows().subList(0, 3),
				"SAHI: overlap int(0.2 * 512) = 102, stride 410, last slice shifted to end at the border");
	}

	@Test
	void predictionInOneWindowGetsIt()
	{
		final Instance p = one(rect(1, 2, 2, 6, 6));
		assertEquals(LEFT, p.window());
		assertEquals(0, p.tile());
		assertEquals(RIGHT, one(rect(2, 17, 3, 23, 9)).window());
	}

	@Test
	void predictionCutByOneWindowsEdgeGetsThatWindow()
	{
		// inside both windows, ending on x = 16, the left tile's inner edge: a fragment of the left tile
		assertEquals(LEFT, one(rect(1, 12, 2, 16, 6)).window());
		// starting on x = 8, the right tile's inner edge
		assertEquals(RIGHT, one(rect(2, 8, 2, 11, 6)).window());
		// touching the image border (y = 0) is no cut: only the right tile's edge at x = 8 counts
		assertEquals(RIGHT, one(rect(3, 8, 0, 11, 4)).window());
	}

	@Test
	void predictionSeenWholeBySeveralTilesGetsTheirIntersection()
	{
		final WindowAssignment a = TileWindows.assign(List.of(rect(1, 10, 4, 14, 8)), GRID);
		assertEquals(new Box(8, 0, 16, 16), a.instances().get(0).window(), "the region both tiles saw");
		assertEquals(0, a.instances().get(0).tile(), "the lowest tile of the intersection");
		assertEquals(1, a.shared());
		// spanning the whole overlap strip: cut by both edges
		assertEquals(new Box(8, 0, 16, 16), one(rect(2, 8, 4, 16, 8)).window());
	}

	@Test
	void predictionOutsideEveryWindowKeepsNoneAndIsNamed()
	{
		final WindowAssignment a = TileWindows.assign(List.of(rect(7, 2, 2, 20, 6), rect(3, 1, 1, 3, 3)), GRID);
		assertNull(a.instances().get(0).window(), "wider than any tile");
		assertEquals(List.of(7L), a.outside());
		assertEquals(1, a.single());
		assertTrue(a.describe().contains("1 outside every window, compared by plain IoU (ids 7)"), a.describe());
	}

	@Test
	void givenWindowsAndNamedTilesWin()
	{
		final Instance given = new Instance(1, rect(1, 10, 4, 14, 8).mask(), 0.9, 0, new Box(5, 0, 20, 16), Instance.NO_TILE);
		assertEquals(new Box(5, 0, 20, 16), one(given).window(), "a slice_bbox is kept as given");
		final Instance named = new Instance(2, rect(2, 10, 4, 14, 8).mask(), 0.9, 0, null, 1);
		assertEquals(RIGHT, one(named).window(), "a tile index names its window");
		final Instance wrong = new Instance(3, rect(3, 2, 4, 6, 8).mask(), 0.9, 0, null, 1);
		final InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> one(wrong));
		assertTrue(e.getMessage().contains("prediction 3") && e.getMessage().contains("is not inside the window"), e.getMessage());
		final Instance beyond = new Instance(4, rect(4, 2, 4, 6, 8).mask(), 0.9, 0, null, 5);
		assertTrue(assertThrows(InvalidOptionException.class, () -> one(beyond)).getMessage().contains("the grid has 2 tiles"));
		final InvalidOptionException none = assertThrows(InvalidOptionException.class, () -> TileWindows.assign(List.of(named), null));
		assertTrue(none.getMessage().contains("no tile grid is given"), none.getMessage());
		assertThrows(InvalidOptionException.class, () -> TileWindows.atOrigin(rect(5, 1, 1, 2, 2), 4, 0, GRID, "ROI 'x4_y0'"));
		assertEquals(1, TileWindows.atOrigin(rect(5, 9, 1, 12, 2), 8, 0, GRID, "ROI 'x8_y0'").tile());
	}

	@Test
	void assignmentDoesNotDependOnOrder()
	{
		final Random rnd = new Random(5);
		final TileGrid grid = TileGrid.of(TilePlan.of(300, 200, 64, Overlap.pixels(16)));
		final List<Instance> in = new ArrayList<>();
		for (int i = 0; i < 300; i++)
		{
			final int x = rnd.nextInt(280), y = rnd.nextInt(180), w = 1 + rnd.nextInt(20), h = 1 + rnd.nextInt(20);
			in.add(rect(i + 1, x, y, Math.min(300, x + w), Math.min(200, y + h)));
		}
		final List<Instance> a = TileWindows.assign(in, grid).instances();
		final List<Instance> shuffled = new ArrayList<>(in);
		Collections.shuffle(shuffled, rnd);
		final List<Instance> b = TileWindows.assign(shuffled, grid).instances();
		for (final Instance p : b)
		{
			final Instance q = a.get((int) p.id() - 1);
			assertEquals(q.window(), p.window(), "prediction " + p.id());
			if (p.window() != null)
				assertTrue(p.window().contains(p.box()));
		}
	}
}
