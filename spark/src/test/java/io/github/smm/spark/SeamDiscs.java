package io.github.smm.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ij.process.ByteProcessor;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TilePlan;

/**
 * A generated image with discs on every place where tiles meet: on every seam between two tile
 * columns or rows (so on the seams between blocks) and on every corner where four tiles meet,
 * then random discs in the space left.
 */
final class SeamDiscs
{
	private SeamDiscs()
	{}

	/** Writes the 700 × 250 test image (tiles 160, overlap 40, seed 21) to the file given, for the launcher check of the build. */
	public static void main(final String[] args)
	{
		Discs.save(image(700, 250, 160, 40, 21), java.nio.file.Paths.get(args[0]));
	}

	static ByteProcessor image(final int width, final int height, final int tileSize, final int overlap, final long seed)
	{
		return image(width, height, tileSize, overlap, seed, 3000);
	}

	/** As {@link #image(int, int, int, int, long)} with {@code fill} attempts at placing a random disc (3000 packs the space left densely). */
	static ByteProcessor image(final int width, final int height, final int tileSize, final int overlap, final long seed, final int fill)
	{
		final TilePlan plan = TilePlan.of(width, height, tileSize, Overlap.pixels(overlap));
		final List<Long> xs = seams(plan, true), ys = seams(plan, false);
		final Random rnd = new Random(seed);
		final ByteProcessor bp = new ByteProcessor(width, height);
		final List<int[]> placed = new ArrayList<>();
		for (final long x : xs)
			for (final long y : ys)
				place(bp, placed, (int) x, (int) y, 12); // corners where four tiles meet
		for (final long x : xs)
			for (int y = 20; y < height - 20; y += 45)
				place(bp, placed, (int) x, y, 9 + rnd.nextInt(6));
		for (final long y : ys)
			for (int x = 20; x < width - 20; x += 45)
				place(bp, placed, x, (int) y, 9 + rnd.nextInt(6));
		for (int attempt = 0; attempt < fill; attempt++)
		{
			final int r = 9 + rnd.nextInt(6);
			place(bp, placed, r + 1 + rnd.nextInt(width - 2 * r - 2), r + 1 + rnd.nextInt(height - 2 * r - 2), r);
		}
		Discs.noise(bp, rnd);
		return bp;
	}

	/** The middles of the overlaps between neighbouring tile columns (x) or rows (y). */
	private static List<Long> seams(final TilePlan plan, final boolean x)
	{
		final List<Long> out = new ArrayList<>();
		final int n = x ? plan.columns() : plan.rows();
		for (int k = 0; k + 1 < n; k++)
		{
			final io.github.smm.tile.Tile a = x ? BlockPlan.tileAt(plan, k, 0) : BlockPlan.tileAt(plan, 0, k);
			final io.github.smm.tile.Tile b = x ? BlockPlan.tileAt(plan, k + 1, 0) : BlockPlan.tileAt(plan, 0, k + 1);
			out.add(x ? (a.window().maxX + b.window().minX) / 2 : (a.window().maxY + b.window().minY) / 2);
		}
		return out;
	}

	private static void place(final ByteProcessor bp, final List<int[]> placed, final int cx, final int cy, final int r)
	{
		if (cx - r < 1 || cy - r < 1 || cx + r >= bp.getWidth() - 1 || cy + r >= bp.getHeight() - 1)
			return;
		for (final int[] p : placed)
			if (Math.hypot(p[0] - cx, p[1] - cy) <= p[2] + r + 4)
				return;
		placed.add(new int[] { cx, cy, r });
		Discs.disc(bp, cx, cy, r);
	}
}
