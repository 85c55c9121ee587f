package io.github.smm.bioimageio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;
import net.imglib2.img.array.ArrayImgs;

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

	private static void fill(final float[] map, final int x0, final int x1, final int y0, final int y1, final float value)
	{
		for (int y = y0; y < y1; y++)
			for (int x = x0; x < x1; x++)
				map[y * 24 + x] = value;
	}
}
