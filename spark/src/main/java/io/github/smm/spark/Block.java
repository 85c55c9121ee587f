package io.github.smm.spark;

import java.io.Serializable;

import io.github.smm.model.Box;

/**
 * A rectangle of tiles of one image's {@link io.github.smm.tile.TilePlan}: tile columns
 * {@code [c0, c1)} and rows {@code [r0, r1)}, with the limits beyond which the tiles of the
 * other blocks see pixels. An instance of the block is <i>inner</i> when no instance of another
 * block's tiles can be its candidate (box gap ≤ ρ), otherwise it lies in the block's halo.
 */
public final class Block implements Serializable
{
	private static final long serialVersionUID = 1L;

	/** Index of the block in its image's block grid (row-major) and of the image in the batch. */
	final int index, image;
	final int c0, c1, r0, r1;
	/**
	 * The largest window end (x, y) of the tiles before the block (left, above) and the
	 * smallest window start of the tiles after it (right, below); {@code Long.MIN_VALUE} /
	 * {@code Long.MAX_VALUE} where there are none.
	 */
	final long leftEnd, topEnd, rightStart, bottomStart;
	/** {@code minX, minY, maxX, maxY} of the union of the block's tile windows: every prediction of the block lies inside. */
	private final long[] region;

	Block(final int image, final int index, final int[] columns, final int[] rows, final long[] limits, final long[] region)
	{
		this.region = region.clone();
		this.image = image;
		this.index = index;
		this.c0 = columns[0];
		this.c1 = columns[1];
		this.r0 = rows[0];
		this.r1 = rows[1];
		this.leftEnd = limits[0];
		this.topEnd = limits[1];
		this.rightStart = limits[2];
		this.bottomStart = limits[3];
	}

	/** Number of tiles of the block. */
	int tiles()
	{
		return (c1 - c0) * (r1 - r0);
	}

	/** The union of the block's tile windows. */
	Box region()
	{
		return new Box(region[0], region[1], region[2], region[3]);
	}

	/** Whether the tile in column {@code c}, row {@code r} belongs to the block. */
	boolean holds(final int c, final int r)
	{
		return c >= c0 && c < c1 && r >= r0 && r < r1;
	}

	/**
	 * True when an instance of one of the block's tiles with this box can have no candidate
	 * among the instances of the other blocks' tiles. Those lie inside their tile windows: left
	 * of {@code leftEnd}, above {@code topEnd}, from {@code rightStart} or from
	 * {@code bottomStart} on, so the box gap to them is at least the distance along x or y to
	 * that limit ({@link Box#gap}: {@code dx = max(0, other.minX − (maxX − 1), minX − (other.maxX − 1))}).
	 */
	boolean isInner(final Box box, final double rho)
	{
		return (leftEnd == Long.MIN_VALUE || box.minX - (leftEnd - 1) > rho) && (topEnd == Long.MIN_VALUE || box.minY - (topEnd - 1) > rho)
				&& (rightStart == Long.MAX_VALUE || rightStart - (box.maxX - 1) > rho) && (bottomStart == Long.MAX_VALUE || bottomStart - (box.maxY - 1) > rho);
	}

	@Override
	public String toString()
	{
		return "block " + index + " (tile columns " + c0 + "-" + (c1 - 1) + ", rows " + r0 + "-" + (r1 - 1) + ")";
	}
}
