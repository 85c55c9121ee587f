package io.github.smm.tile;

import io.github.smm.model.Box;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Where tile pixels come from: an image in memory, a generated image, or (in the ImageJ layer)
 * an ImagePlus or a TIFF read region by region. The runners read each tile window once and
 * {@link #release(Box) release} it when done, so a source backed by a file or cache can free
 * it.
 *
 * @param <T> the pixel type
 */
public interface TileSource<T extends RealType<T>>
{
	/** Image width in pixels. */
	long width();

	/** Image height in pixels. */
	long height();

	/**
	 * The pixels of {@code window} (inside the image), positioned in global coordinates: the
	 * result's min in dimensions 0 and 1 is {@code (window.minX, window.minY)} and its size the
	 * window's. Further dimensions (channels) may follow; they are passed on unchanged.
	 */
	RandomAccessibleInterval<T> read(Box window);

	/** Tells the source that the pixels of {@code window} are no longer used. */
	default void release(final Box window)
	{}
}
