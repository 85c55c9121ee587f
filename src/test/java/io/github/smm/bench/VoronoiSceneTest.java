package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

class VoronoiSceneTest
{
	@Test
	void cellsAreDisjointCoverTheSceneAndMatchTheNearestSite()
	{
		final int[][] cases = { { 200, 1 }, { 257, 2 }, { 64, 3 }, { 19, 4 }, { 300, 5 }, { 1, 6 } };
		for (final int[] c : cases)
			checkPartition(c[0], c[1]);
	}

	private static void checkPartition(final int size, final long seed)
	{
		final VoronoiScene scene = new VoronoiScene(size, seed);
		final TruthScene truth = scene.truth();
		assertEquals(scene.siteCount(), truth.objectCount());
		final int[] owner = new int[size * size];
		Arrays.fill(owner, -1);
		for (int k = 0; k < truth.objectCount(); k++)
		{
			final int cell = k;
			truth.object(k).forEachRun((y, s, e) -> {
				for (long x = s; x < e; x++)
				{
					assertEquals(-1, owner[(int) (y * size + x)], "size " + size + ": pixel (" + x + "," + y + ") in two cells");
					owner[(int) (y * size + x)] = cell;
				}
			});
		}
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++)
				assertEquals(scene.owner(x, y), owner[y * size + x], "size " + size + ": owner of pixel (" + x + "," + y + ")");
	}

	@Test
	void cellsOfALargeSceneMatchTheNearestSiteInAWindow()
	{
		final VoronoiScene scene = new VoronoiScene(4096, 1);
		final TruthScene truth = scene.truth();
		final Box window = Box.ofSize(2000, 3000, 150, 150);
		final int[] owner = new int[150 * 150];
		Arrays.fill(owner, -1);
		truth.forEachOverlapping(window, k -> Masks.clip(truth.object(k), window).forEachRun((y, s, e) -> {
			for (long x = s; x < e; x++)
			{
				assertEquals(-1, owner[(int) ((y - 3000) * 150 + x - 2000)]);
				owner[(int) ((y - 3000) * 150 + x - 2000)] = k;
			}
		}));
		for (int y = 0; y < 150; y++)
			for (int x = 0; x < 150; x++)
				assertEquals(scene.owner(2000 + x, 3000 + y), owner[y * 150 + x]);
	}

	@Test
	void cellsAreAboutEighteenPixelsApart()
	{
		final int size = 1000;
		final TruthScene truth = VoronoiScene.generate(size, 9);
		final int n = (int) Math.round(size / VoronoiScene.SPACING);
		assertEquals(n * n, truth.objectCount());
		long area = 0;
		for (int k = 0; k < truth.objectCount(); k++)
		{
			final RleMask cell = truth.object(k);
			area += cell.area();
			assertTrue(cell.area() >= 60, "cell " + k + " has only " + cell.area() + " pixels");
			assertTrue(cell.width() <= 40 && cell.height() <= 40, "cell " + k + " spans " + cell.box());
		}
		assertEquals((long) size * size, area);
	}

	@Test
	void sameSeedSameCellsOtherSeedOtherCells()
	{
		final TruthScene a = VoronoiScene.generate(300, 5), b = VoronoiScene.generate(300, 5);
		final TruthScene c = VoronoiScene.generate(300, 6);
		int differ = 0;
		for (int k = 0; k < a.objectCount(); k++)
		{
			assertEquals(a.object(k), b.object(k));
			if (!a.object(k).equals(c.object(k)))
				differ++;
		}
		assertTrue(differ > a.objectCount() / 2, "only " + differ + " cells changed with the seed");
	}
}
