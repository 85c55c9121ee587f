package io.github.smm.tile;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Turns a tile's pixels into a per-pixel map to blend, such as a foreground probability from a
 * semantic model.
 *
 * @param <T> the pixel type of the tiles
 */
@FunctionalInterface
public interface TilePredictor<T extends RealType<T>>
{
	/**
	 * The map of the tile region, of the region's size; its first pixel is the region's
	 * top-left corner, wherever its own interval starts.
	 *
	 * @param pixels the tile region's pixels in global coordinates (zero padding outside the
	 *            image), valid during this call only
	 */
	RandomAccessibleInterval<? extends RealType<?>> predict(Tile tile, RandomAccessibleInterval<T> pixels);

	/** The tile's own pixels: for a source that already holds probabilities. */
	static <T extends RealType<T>> TilePredictor<T> identity()
	{
		return (tile, pixels) -> pixels;
	}
}
