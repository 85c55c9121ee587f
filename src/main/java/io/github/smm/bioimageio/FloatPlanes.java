package io.github.smm.bioimageio;

import net.imglib2.Cursor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.IntervalView;
import net.imglib2.view.Views;

/**
 * Row-major copies of 2D planes for the model's tensors and the per-tile instances, without a
 * per-pixel cursor where the pixels are a float array already: an {@link ArrayImg} of
 * {@link FloatType}, or an interval view of one (how image tiles are read). The values are the
 * same as a flat-iteration cursor's ({@code getRealFloat} of a float is the float).
 */
final class FloatPlanes
{
	private FloatPlanes()
	{}

	/**
	 * The plane's pixels, row-major, {@code data[offset + y · w + x]} for the pixel (min + x,
	 * min + y): rows copied from the storage array when there is one, else read by a random
	 * access moved along each row.
	 */
	static <T extends RealType<T>> void copy(final RandomAccessibleInterval<T> plane, final float[] data, final int offset)
	{
		final int w = (int) plane.dimension(0), h = (int) plane.dimension(1);
		final long x0 = plane.min(0), y0 = plane.min(1);
		final RandomAccessibleInterval<?> source = plane instanceof IntervalView ? ((IntervalView<?>) plane).getSource() instanceof RandomAccessibleInterval
				? (RandomAccessibleInterval<?>) ((IntervalView<?>) plane).getSource() : null : plane;
		final float[] array = source == null ? null : storage(source);
		if (array != null && source.min(0) <= x0 && source.min(1) <= y0 && x0 + w <= source.max(0) + 1 && y0 + h <= source.max(1) + 1)
		{
			final int sw = (int) source.dimension(0);
			for (int y = 0; y < h; y++)
				System.arraycopy(array, (int) ((y0 - source.min(1) + y) * sw + (x0 - source.min(0))), data, offset + y * w, w);
			return;
		}
		final RandomAccess<T> ra = plane.randomAccess();
		for (int y = 0; y < h; y++)
		{
			ra.setPosition(x0, 0);
			ra.setPosition(y0 + y, 1);
			for (int x = 0, i = offset + y * w; x < w; x++, i++)
			{
				data[i] = ra.get().getRealFloat();
				ra.fwd(0);
			}
		}
	}

	/**
	 * The plane's values row-major: the storage array itself (not a copy: do not change it) for
	 * a zero-based 2D float {@link ArrayImg}, else a copy.
	 */
	static float[] values(final RandomAccessibleInterval<FloatType> plane)
	{
		final float[] array = plane.min(0) == 0 && plane.min(1) == 0 ? storage(plane) : null;
		if (array != null)
			return array;
		final float[] copy = new float[(int) (plane.dimension(0) * plane.dimension(1))];
		final Cursor<FloatType> c = Views.flatIterable(plane).cursor();
		for (int i = 0; i < copy.length; i++)
			copy[i] = c.next().get();
		return copy;
	}

	/** The float array behind a 2D {@link ArrayImg} of {@link FloatType} (one float per pixel), or null for any other image. */
	private static float[] storage(final RandomAccessibleInterval<?> image)
	{
		if (!(image instanceof ArrayImg) || image.numDimensions() != 2)
			return null;
		final ArrayImg<?, ?> img = (ArrayImg<?, ?>) image;
		if (!(img.firstElement() instanceof FloatType))
			return null;
		final Object access = img.update(null);
		return access instanceof FloatArray && ((FloatArray) access).getCurrentStorageArray().length == img.size() ? ((FloatArray) access).getCurrentStorageArray() : null;
	}
}
