package io.github.smm.bench;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.model.Box;

/**
 * SAHI-style slicing of a square scene: tiles of side {@code tile}, stride
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
		if (size < 1)
			throw new IllegalArgumentException("scene size " + size + " is not positive");
		if (tile < 1)
			throw new IllegalArgumentException("tile size " + tile + " is not positive");
		if (!(overlap >= 0 && overlap < 1))
			throw new IllegalArgumentException("overlap " + overlap + " is not in [0, 1)");
		final int stride = tile - (int) Math.round(overlap * tile);
		if (stride < 1)
			throw new IllegalArgumentException("overlap " + overlap + " leaves no stride for tile size " + tile);
		final List<Long> starts = starts(size, Math.min(tile, size), stride);
		final long side = Math.min(tile, size);
		final List<Box> windows = new ArrayList<>(starts.size() * starts.size());
		for (final long y : starts)
			for (final long x : starts)
				windows.add(Box.ofSize(x, y, side, side));
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
