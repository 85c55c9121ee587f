package io.github.smm.spark;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.InvalidOptionException;
import io.github.smm.model.Box;
import io.github.smm.tile.SweepOrder;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;

/**
 * Cuts an image's tile plan into blocks of whole tiles, about {@code blocks} pixels on a side
 * (at least one tile). The tiles, and so every tile prediction, are those of the
 * single-machine plan; a block only says which task segments them. Each block's edge tiles
 * overlap the neighbouring blocks' tiles by the plan's overlap: that band (and ρ beyond it) is
 * the block's halo, where its open objects lie.
 */
public final class BlockPlan
{
	private BlockPlan()
	{}

	/** The blocks of image {@code image} of the batch, row-major. */
	public static List<Block> of(final TilePlan plan, final int image, final int blockPixels)
	{
		if (blockPixels < 1)
			throw new InvalidOptionException("blocks", "must be a block side in pixels (at least 1), got " + blockPixels);
		final int perX = Math.max(1, blockPixels / Math.max(1, plan.tileWidth() - plan.overlapX()));
		final int perY = Math.max(1, blockPixels / Math.max(1, plan.tileHeight() - plan.overlapY()));
		final List<Block> out = new ArrayList<>();
		for (int r0 = 0; r0 < plan.rows(); r0 += perY)
			for (int c0 = 0; c0 < plan.columns(); c0 += perX)
			{
				final int c1 = Math.min(plan.columns(), c0 + perX), r1 = Math.min(plan.rows(), r0 + perY);
				out.add(new Block(image, out.size(), new int[] { c0, c1 }, new int[] { r0, r1 }, limits(plan, c0, c1, r0, r1), region(plan, c0, c1, r0, r1)));
			}
		return out;
	}

	private static long[] limits(final TilePlan plan, final int c0, final int c1, final int r0, final int r1)
	{
		long leftEnd = Long.MIN_VALUE, topEnd = Long.MIN_VALUE, rightStart = Long.MAX_VALUE, bottomStart = Long.MAX_VALUE;
		for (int c = 0; c < plan.columns(); c++)
		{
			final Tile t = tileAt(plan, c, 0);
			if (c < c0)
				leftEnd = Math.max(leftEnd, t.window().maxX);
			if (c >= c1)
				rightStart = Math.min(rightStart, t.window().minX);
		}
		for (int r = 0; r < plan.rows(); r++)
		{
			final Tile t = tileAt(plan, 0, r);
			if (r < r0)
				topEnd = Math.max(topEnd, t.window().maxY);
			if (r >= r1)
				bottomStart = Math.min(bottomStart, t.window().minY);
		}
		return new long[] { leftEnd, topEnd, rightStart, bottomStart };
	}

	/** The union of the windows of the tiles in columns {@code [c0, c1)} and rows {@code [r0, r1)}. */
	private static long[] region(final TilePlan plan, final int c0, final int c1, final int r0, final int r1)
	{
		Box u = tileAt(plan, c0, r0).window();
		for (int r = r0; r < r1; r++)
			for (int c = c0; c < c1; c++)
				u = u.union(tileAt(plan, c, r).window());
		return new long[] { u.minX, u.minY, u.maxX, u.maxY };
	}

	/** The tile in column {@code c}, row {@code r}. */
	static Tile tileAt(final TilePlan plan, final int c, final int r)
	{
		return plan.tile(plan.sweepOrder() == SweepOrder.ROWS ? r * plan.columns() + c : c * plan.rows() + r);
	}

	/** The column (index 0) and row (index 1) of tile {@code k}. */
	static int[] cell(final TilePlan plan, final int k)
	{
		final Tile t = plan.tile(k);
		return plan.sweepOrder() == SweepOrder.ROWS ? new int[] { t.position(), t.band() } : new int[] { t.band(), t.position() };
	}
}
