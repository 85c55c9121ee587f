package io.github.smm.bench;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.model.Box;

/**
 * SAHI-style slicing of a scene: tiles of side {@code tile}, stride
 * {@code tile − round(overlap·tile)}, the last tile of each row and column shifted inward so
 * that every tile has full size (a scene smaller than a tile is one tile of the scene's size).
 */
public final class SlicePlan
{
	private SlicePlan()
	{}

	/**
	 * The tile windows in row-major order.
	 *
	 * @throws IllegalArgumentException when a size is not positive or the stride is not
	 *             positive
	 */
	public static List<Box> windows(final int size, final int tile, final double overlap)
	{
		return windows(size, size, tile, overlap);
	}

	/**
	 * The tile windows of a {@code width × height} scene in row-major order, as
	 * {@link #windows(int, int, double)} along each axis.
	 *
	 * @throws IllegalArgumentException when a size is not positive or the stride is not
	 *             positive
	 */
	public static List<Box> windows(final int width, final int height, final int tile, final double overlap)
	{
		if (width < 1 || height < 1)
			throw new IllegalArgumentException("scene size " + width + "×" + height + " is not positive");
		if (tile < 1)
			throw new IllegalArgumentException("tile size " + tile + " is not positive");
		if (!(overlap >= 0 && overlap < 1))
			throw new IllegalArgumentException("overlap " + overlap + " is not in [0, 1)");
		final int stride = tile - (int) Math.round(overlap * tile);
		if (stride < 1)
			throw new IllegalArgumentException("overlap " + overlap + " leaves no stride for tile size " + tile);
		final long sideX = Math.min(tile, width), sideY = Math.min(tile, height);
		final List<Long> xs = starts(width, sideX, stride), ys = starts(height, sideY, stride);
		final List<Box> windows = new ArrayList<>(xs.size() * ys.size());
		for (final long y : ys)
			for (final long x : xs)
				windows.add(Box.ofSize(x, y, sideX, sideY));
		return windows;
	}

	/** Tile origins along one axis. */
	private static List<Long> starts(final long size, final long side, final long stride)
	{
		final List<Long> starts = new ArrayList<>();
		long s = 0;
		while (s + side < size)
		{
			starts.add(s);
			s += stride;
		}
		starts.add(size - side);
		return starts;
	}
}
