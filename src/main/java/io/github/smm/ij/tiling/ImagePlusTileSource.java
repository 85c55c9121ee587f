package io.github.smm.ij.tiling;

import ij.ImagePlus;
import ij.process.ImageProcessor;
import io.github.smm.model.Box;
import io.github.smm.tile.TileSource;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Tiles of the current plane (channel, slice, frame) of an ImagePlus as float pixels; an RGB
 * plane is converted to 8-bit gray first (ImageJ's weighted or unweighted conversion, as set
 * in Edit&gt;Options&gt;Conversions). The plane is copied once.
 */
public final class ImagePlusTileSource implements TileSource<FloatType>
{
	private final RandomAccessibleInterval<FloatType> plane;

	private final float[] values;

	/** The current plane of {@code imp}. */
	public ImagePlusTileSource(final ImagePlus imp)
	{
		this(imp.getProcessor());
	}

	/** The pixels of {@code ip}. */
	public ImagePlusTileSource(final ImageProcessor ip)
	{
		final ImageProcessor gray = ip.getNChannels() == 3 ? ip.convertToByte(false) : ip;
		final float[] px = (float[]) gray.convertToFloat().getPixels();
		values = px.clone();
		plane = ArrayImgs.floats(values, gray.getWidth(), gray.getHeight());
	}

	/** Otsu's threshold of the whole plane, in pixel units (see {@link GrayLevels#otsu}). */
	public double otsuLevel()
	{
		return GrayLevels.otsu(values);
	}

	@Override
	public long width()
	{
		return plane.dimension(0);
	}

	@Override
	public long height()
	{
		return plane.dimension(1);
	}

	@Override
	public RandomAccessibleInterval<FloatType> read(final Box window)
	{
		final long[] min = { window.minX, window.minY }, max = { window.maxX - 1, window.maxY - 1 };
		return Views.interval(plane, min, max);
	}
}
