package io.github.smm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-drawn cases of the mask algebra and instance validation. */
class MasksTest
{
	/** Parses rows of '#' (on) and '.' (off) placed at (x0, y0). */
	static RleMask draw(final long x0, final long y0, final String... rows)
	{
		final RleMaskBuilder b = RleMask.builder();
		for (int y = 0; y < rows.length; y++)
			for (int x = 0; x < rows[y].length(); x++)
				if (rows[y].charAt(x) == '#')
					b.addRun(y0 + y, x0 + x, x0 + x + 1);
		return b.build();
	}

	@Test
	void adjacentPixelsAreOneApartAndDiagonalsRootTwo()
	{
		final RleMask a = draw(0, 0, "#.", "..");
		assertEquals(1, Masks.distance(a, draw(0, 0, ".#", ".."), 10), 0);
		assertEquals(Math.sqrt(2), Masks.distance(a, draw(0, 0, "..", ".#"), 10), 1e-15);
		assertEquals(0, Masks.distance(a, a, 10), 0);
		assertEquals(Double.POSITIVE_INFINITY, Masks.distance(a, draw(5, 0, "#"), 4.9));
		assertEquals(5, Masks.distance(a, draw(5, 0, "#"), 5), 0);
	}

	@Test
	void windowIouCountsOnlyTheSharedWindow()
	{
		// a: columns 0..5, b: columns 3..9 — both agree on columns 3..5
		final RleMask a = draw(0, 0, "######"), b = draw(3, 0, "#######");
		assertEquals(3.0 / 10, Masks.iou(a, b), 1e-15);
		assertEquals(1.0, Masks.iou(a, b, new Box(3, 0, 6, 1)), 1e-15);
		assertEquals(0.0, Masks.iou(a, b, new Box(20, 0, 30, 1)), 0);
	}

	@Test
	void ringMinusCoreLeavesHole()
	{
		final RleMask ring = Masks.subtract(RleMask.rectangle(new Box(0, 0, 5, 5)), RleMask.rectangle(new Box(1, 1, 4, 4)));
		assertEquals(16, ring.area());
		assertTrue(!ring.contains(2, 2));
		assertEquals(new Box(0, 0, 5, 5), ring.box());
	}

	@Test
	void emptyMasksAndBadScoresAreRejectedNamingTheInstance()
	{
		final RleMask m = draw(0, 0, "#");
		assertTrue(assertThrows(InvalidInstanceException.class, () -> new Instance(7, RleMask.EMPTY, 0.5)).getMessage().contains("instance 7"));
		assertTrue(assertThrows(InvalidInstanceException.class, () -> new Instance(8, m, Double.NaN)).getMessage().contains("instance 8: score NaN"));
		assertThrows(InvalidInstanceException.class, () -> new Instance(9, m, 1.5));
		assertTrue(assertThrows(InvalidInstanceException.class, () -> new Instance(10, draw(5, 5, "#"), 1, 0, new Box(0, 0, 4, 4), 0)).getMessage().contains("window"));
	}

	@Test
	void emptyIntersectionIsEmptyMask()
	{
		assertTrue(Masks.intersection(draw(0, 0, "#"), draw(3, 3, "#")).isEmpty());
		assertEquals(0, Masks.iou(RleMask.EMPTY, RleMask.EMPTY), 0);
	}
}
