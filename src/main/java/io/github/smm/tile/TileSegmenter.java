package io.github.smm.tile;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.io.LabelImages;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * Finds the objects in one tile: a model, a macro, a command, a classical pipeline. The
 * {@link TiledMerge} runner calls it once per tile (or once per batch of tiles, see
 * {@link #batchSize()}), in plan order, from one thread.
 *
 * @param <T> the pixel type of the tiles
 */
@FunctionalInterface
public interface TileSegmenter<T extends RealType<T>>
{
	/**
	 * The objects found in a tile, as instances in global coordinates whose masks lie inside
	 * {@link Tile#window()}. The runner gives them fresh ids and the tile's index, and sets the
	 * window to the tile's window where it is {@code null}.
	 *
	 * @param pixels the tile region's pixels in global coordinates (zero padding outside the
	 *            image), valid during this call only
	 */
	List<Instance> segment(Tile tile, RandomAccessibleInterval<T> pixels);

	/**
	 * The most tiles this segmenter takes in one {@link #segmentAll} call; the runner hands it
	 * up to this many consecutive tiles of one band. 1 by default.
	 */
	default int batchSize()
	{
		return 1;
	}

	/** The objects of several tiles, in order; by default one {@link #segment} call per tile. */
	default List<List<Instance>> segmentAll(final List<Tile> tiles, final List<RandomAccessibleInterval<T>> pixels)
	{
		final List<List<Instance>> out = new ArrayList<>(tiles.size());
		for (int i = 0; i < tiles.size(); i++)
			out.add(segment(tiles.get(i), pixels.get(i)));
		return out;
	}

	/** A segmenter that produces a label image per tile. */
	@FunctionalInterface
	interface ToLabels<T extends RealType<T>>
	{
		/**
		 * The tile's label image (0 background, each positive value one object), of the tile
		 * region's size; its first pixel is the region's top-left corner, wherever its own
		 * interval starts (so a zero-based image from a macro and a view in global
		 * coordinates both work).
		 */
		RandomAccessibleInterval<? extends IntegerType<?>> labels(Tile tile, RandomAccessibleInterval<T> pixels);
	}

	/**
	 * Adapts a label-image segmenter: each label becomes one instance (score 1, class 0)
	 * clipped to the tile window; labels found only in the zero padding are left out, since
	 * they lie outside the image.
	 *
	 * @throws TileException when the label image does not have the tile region's size
	 */
	static <T extends RealType<T>> TileSegmenter<T> ofLabels(final ToLabels<T> segmenter)
	{
		return (tile, pixels) -> {
			final RandomAccessibleInterval<? extends IntegerType<?>> labels = segmenter.labels(tile, pixels);
			final Box r = tile.region();
			if (labels == null || labels.numDimensions() < 2 || labels.dimension(0) != r.width() || labels.dimension(1) != r.height())
				throw new TileException(tile, "the label image must be " + r.width() + " x " + r.height() + " px like the tile region, got "
						+ (labels == null ? "none" : BoxIntervals.box(labels).width() + " x " + BoxIntervals.box(labels).height()));
			final List<Instance> found = LabelImages.fromLabels(labels, r.minX - labels.min(0), r.minY - labels.min(1), null, tile.index());
			return clipToWindow(found, tile);
		};
	}

	private static List<Instance> clipToWindow(final List<Instance> found, final Tile tile)
	{
		final List<Instance> out = new ArrayList<>(found.size());
		for (final Instance i : found)
		{
			final RleMask m = tile.isPadded() ? Masks.clip(i.mask(), tile.window()) : i.mask();
			if (!m.isEmpty())
				out.add(new Instance(i.id(), m, i.score(), i.classId(), tile.window(), tile.index()));
		}
		return out;
	}
}
