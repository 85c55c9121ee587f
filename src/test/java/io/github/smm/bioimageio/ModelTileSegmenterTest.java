package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.tile.DistanceSplit;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.ThresholdComponents;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

/** Per-tile instances: connectivity over the whole tile map, masks only in the valid part. */
class ModelTileSegmenterTest
{
	/**
	 * Tile 0 of a 40 × 24 image in 24 px tiles; its valid part ends at x = 20 (a 4 px halo on
	 * the right). {@code U}: a U whose bottom joins its arms only in the halo; {@code a}: an
	 * object inside the valid part; {@code h}: one only in the halo.
	 *
	 * <pre>
	 *   x: 0         14    20 23
	 *   y 2          UUUUUUUUU
	 *   y 5          UUUUUUUUU      (rows 2–5: top arm, x 14–22)
	 *   y 6                 UU      (rows 6–9: x 21–22, in the halo)
	 *   y 10         UUUUUUUUU
	 *   y 13         UUUUUUUUU      (rows 10–13: bottom arm)
	 *   y 17 aaaa            hhh
	 *   y 19 aaaa            hhh
	 * </pre>
	 */
	@Test
	void piecesJoinedInTheHaloAreOneInstanceClippedToTheValidPart()
	{
		final TilePlan plan = TilePlan.of(40, 24, 24, Overlap.pixels(8));
		final Tile tile = plan.tile(0);
		final Box valid = new Box(0, 0, 20, 24);
		final float[] map = new float[24 * 24];
		fill(map, 14, 23, 2, 6, 1);
		fill(map, 21, 23, 6, 10, 0.6f);
		fill(map, 14, 23, 10, 14, 1);
		fill(map, 0, 4, 17, 20, 0.8f);
		fill(map, 21, 24, 17, 20, 1);
		final List<Instance> found = ModelTileSegmenter.instances(ArrayImgs.floats(map, 24, 24), tile, valid, 0.5, 1);
		assertEquals(2, found.size(), "the U (two pieces in the valid part) and the small object; the halo-only object has no valid pixel");
		final Instance u = found.stream().filter(i -> i.box().minX == 14).findFirst().orElseThrow();
		assertEquals(new Box(14, 2, 20, 14), u.box());
		assertEquals(2 * 6 * 4, u.area(), "both arms, clipped at x = 20; nothing of the halo");
		assertEquals(valid, u.window());
		assertEquals(1.0, u.score(), 1e-6, "scored by its pixels in the valid part, not by the 0.6 of the halo");
		final Instance a = found.stream().filter(i -> i.box().minX == 0).findFirst().orElseThrow();
		assertEquals(12, a.area());
		assertEquals(0.8, a.score(), 1e-6);
	}

	@Test
	void objectsSmallerThanTheMinimumAreaInsideTheValidPartAreDropped()
	{
		final TilePlan plan = TilePlan.of(40, 24, 24, Overlap.pixels(8));
		final float[] map = new float[24 * 24];
		fill(map, 18, 23, 0, 2, 1); // 10 px, 4 of them in the valid part
		assertEquals(1, ModelTileSegmenter.instances(ArrayImgs.floats(map, 24, 24), plan.tile(0), new Box(0, 0, 20, 24), 0.5, 4).size());
		assertEquals(0, ModelTileSegmenter.instances(ArrayImgs.floats(map, 24, 24), plan.tile(0), new Box(0, 0, 20, 24), 0.5, 5).size());
	}

	/**
	 * Only the components reaching the valid part are split: on random tiles of touching discs
	 * (many in the halo only, many crossing the valid part's edge) the instances are the same
	 * masks, in the same order (their scores follow from the mask and the map alone), as
	 * splitting every component of the tile and then clipping (the behaviour before), for every
	 * tile of the plan and two split depths.
	 */
	@Test
	void splittingOnlyComponentsReachingTheValidPartGivesTheSameInstancesAsSplittingAll()
	{
		final TilePlan plan = TilePlan.of(96, 80, 48, Overlap.pixels(16));
		final Random random = new Random(11);
		int compared = 0, outside = 0;
		for (int round = 0; round < 20; round++)
			for (int t = 0; t < plan.tileCount(); t++)
			{
				final Tile tile = plan.tile(t);
				final Box r = tile.region();
				final int w = (int) (r.maxX - r.minX), h = (int) (r.maxY - r.minY);
				final float[] map = discs(random, w, h);
				final Box valid = new Box(r.minX + 8, r.minY + 8, r.maxX - 8, r.maxY - 8);
				for (final double depth : new double[] { 1, 2 })
				{
					final DistanceSplit split = new DistanceSplit(depth);
					final List<Instance> got = ModelTileSegmenter.instances(ArrayImgs.floats(map.clone(), w, h), tile, valid, 0.5, 3, split);
					final List<Instance> all = DistanceSplit.splitAll(ThresholdComponents.of(ArrayImgs.floats(map.clone(), w, h), 0.5), split, 0);
					final List<RleMask> want = new ArrayList<>();
					for (final Instance i : all)
					{
						final RleMask m = Masks.clip(i.mask().translate(r.minX, r.minY), valid);
						if (m.area() >= 3)
							want.add(m);
						if (m.area() == 0)
							outside++;
					}
					final List<RleMask> masks = new ArrayList<>();
					for (final Instance i : got)
						masks.add(i.mask());
					assertEquals(want, masks, "round " + round + ", tile " + t + ", depth " + depth);
					compared += want.size();
				}
			}
		assertTrue(compared > 1000 && outside > 200, "the random tiles exercise both kinds: " + compared + " parts kept, " + outside + " wholly outside the valid part");
	}

	/** A w × h map of 25 random overlapping discs (radius 3–8) at 0.9, 0.1 elsewhere. */
	private static float[] discs(final Random random, final int w, final int h)
	{
		final float[] map = new float[w * h];
		java.util.Arrays.fill(map, 0.1f);
		for (int k = 0; k < 25; k++)
		{
			final int cx = random.nextInt(w), cy = random.nextInt(h), rad = 3 + random.nextInt(6);
			for (int y = Math.max(0, cy - rad); y < Math.min(h, cy + rad + 1); y++)
				for (int x = Math.max(0, cx - rad); x < Math.min(w, cx + rad + 1); x++)
					if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad)
						map[y * w + x] = 0.9f;
		}
		return map;
	}

	private static void fill(final float[] map, final int x0, final int x1, final int y0, final int y1, final float value)
	{
		for (int y = y0; y < y1; y++)
			for (int x = x0; x < x1; x++)
				map[y * 24 + x] = value;
	}
}
