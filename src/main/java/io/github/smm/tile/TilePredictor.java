package io.github.smm.tile;

import java.util.ArrayList;
import java.util.List;

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

	/**
	 * The most tiles this predictor takes in one {@link #predictAll} call; the runners hand it
	 * up to this many consecutive tiles of one band. 1 by default.
	 */
	default int batchSize()
	{
		return 1;
	}

	/** The maps of several tiles, in order; by default one {@link #predict} call per tile. */
	default List<RandomAccessibleInterval<? extends RealType<?>>> predictAll(final List<Tile> tiles, final List<RandomAccessibleInterval<T>> pixels)
	{
		final List<RandomAccessibleInterval<? extends RealType<?>>> out = new ArrayList<>(tiles.size());
		for (int i = 0; i < tiles.size(); i++)
			out.add(predict(tiles.get(i), pixels.get(i)));
		return out;
	}

	/** The tile's own pixels: for a source that already holds probabilities. */
	static <T extends RealType<T>> TilePredictor<T> identity()
	{
		return (tile, pixels) -> pixels;
	}
}
