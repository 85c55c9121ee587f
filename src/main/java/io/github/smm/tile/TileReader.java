package io.github.smm.tile;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Reads tiles of a plan from a source, pads those reaching beyond the image with zeros, and
 * counts the tile pixels held (read, not yet released).
 */
final class TileReader<T extends RealType<T>>
{
	private final TileSource<T> source;
	private long heldPixels, peakHeldPixels;

	TileReader(final TilePlan plan, final TileSource<T> source)
	{
		if (source.width() != plan.imageWidth() || source.height() != plan.imageHeight())
			throw new IllegalArgumentException("the tile source is " + source.width() + " x " + source.height() + " px but the plan is for " + plan.imageWidth() + " x " + plan.imageHeight());
		this.source = source;
	}

	/** The pixels of the tile's region, positioned in global coordinates. */
	RandomAccessibleInterval<T> read(final Tile tile)
	{
		final RandomAccessibleInterval<T> window = source.read(tile.window());
		if (window.numDimensions() < 2 || !BoxIntervals.box(window).equals(tile.window()))
			throw new TileException(tile, "the source returned " + BoxIntervals.box(window) + " for window " + tile.window());
		heldPixels += tile.region().area();
		peakHeldPixels = Math.max(peakHeldPixels, heldPixels);
		if (!tile.isPadded())
			return window;
		return Views.interval(Views.extendZero(window), BoxIntervals.of(tile.region(), window));
	}

	void release(final Tile tile)
	{
		heldPixels -= tile.region().area();
		source.release(tile.window());
	}

	long peakHeldPixels()
	{
		return peakHeldPixels;
	}
}
