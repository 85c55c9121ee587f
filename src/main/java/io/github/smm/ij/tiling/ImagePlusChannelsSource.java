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
 * Tiles of every channel of an ImagePlus at one slice and frame, as float pixels with the
 * channels in the third dimension (index 0 = ImageJ's channel 1), for models that take several
 * channels. The planes are copied once; RGB planes are converted to gray as in
 * {@link ImagePlusTileSource}.
 */
public final class ImagePlusChannelsSource implements TileSource<FloatType>
{
	private final RandomAccessibleInterval<FloatType> image;

	/**
	 * @param stackIndex a stack index (1-based) giving the slice and frame, or 0 for the image's
	 *            current slice and frame
	 */
	public ImagePlusChannelsSource(final ImagePlus imp, final int stackIndex)
	{
		int z = imp.getSlice(), t = imp.getFrame();
		if (stackIndex > 0)
		{
			final int[] czt = imp.convertIndexToPosition(stackIndex);
			z = czt[1];
			t = czt[2];
		}
		final int w = imp.getWidth(), h = imp.getHeight(), n = imp.getNChannels();
		final float[] px = new float[w * h * n];
		for (int c = 0; c < n; c++)
		{
			final ImageProcessor ip = imp.getStack().getProcessor(imp.getStackIndex(c + 1, z, t));
			final ImageProcessor gray = ip.getNChannels() == 3 ? ip.convertToByte(false) : ip;
			System.arraycopy((float[]) gray.convertToFloat().getPixels(), 0, px, c * w * h, w * h);
		}
		image = ArrayImgs.floats(px, w, h, n);
	}

	/** The number of channels. */
	public int channels()
	{
		return (int) image.dimension(2);
	}

	@Override
	public long width()
	{
		return image.dimension(0);
	}

	@Override
	public long height()
	{
		return image.dimension(1);
	}

	@Override
	public RandomAccessibleInterval<FloatType> read(final Box window)
	{
		return Views.interval(image, new long[] { window.minX, window.minY, 0 }, new long[] { window.maxX - 1, window.maxY - 1, image.dimension(2) - 1 });
	}
}
