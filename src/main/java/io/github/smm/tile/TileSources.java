package io.github.smm.tile;

import io.github.smm.model.Box;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.position.FunctionRandomAccessible;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/** {@link TileSource}s for an image in memory and for a generated image. */
public final class TileSources
{
	private TileSources()
	{}

	/** The value of a generated image at a pixel. */
	@FunctionalInterface
	public interface PixelFunction
	{
		double value(long x, long y);
	}

	/**
	 * Tiles of an ImgLib2 image (any number of dimensions ≥ 2; x and y first). Pixel
	 * {@code (x, y)} of the image is global pixel {@code (x − min(0), y − min(1))}; tiles are
	 * views ({@code Views.interval}), nothing is copied.
	 */
	public static <T extends RealType<T>> TileSource<T> of(final RandomAccessibleInterval<T> image)
	{
		if (image.numDimensions() < 2)
			throw new IllegalArgumentException("a tile source needs an image of 2 or more dimensions, got " + image.numDimensions());
		final RandomAccessibleInterval<T> zeroMin = Views.zeroMin(image);
		return new TileSource<T>()
		{
			@Override
			public long width()
			{
				return zeroMin.dimension(0);
			}

			@Override
			public long height()
			{
				return zeroMin.dimension(1);
			}

			@Override
			public RandomAccessibleInterval<T> read(final Box window)
			{
				return Views.interval(zeroMin, BoxIntervals.of(window, zeroMin));
			}
		};
	}

	/**
	 * A generated 2D float image of any size: tiles are computed on access from
	 * {@code function}, so even a 40,000 × 40,000 image takes no memory.
	 */
	public static TileSource<FloatType> generated(final long width, final long height, final PixelFunction function)
	{
		if (width < 1 || height < 1)
			throw new IllegalArgumentException("a generated image needs a size of at least 1 x 1, got " + width + " x " + height);
		final FunctionRandomAccessible<FloatType> pixels = new FunctionRandomAccessible<>(2,
				(position, value) -> value.setReal(function.value(position.getLongPosition(0), position.getLongPosition(1))), FloatType::new);
		return new TileSource<FloatType>()
		{
			@Override
			public long width()
			{
				return width;
			}

			@Override
			public long height()
			{
				return height;
			}

			@Override
			public RandomAccessibleInterval<FloatType> read(final Box window)
			{
				if (!new Box(0, 0, width, height).contains(window))
					throw new IllegalArgumentException("window " + window + " is not inside the " + width + " x " + height + " generated image");
				return Views.interval(pixels, BoxIntervals.of(window));
			}
		};
	}
}
