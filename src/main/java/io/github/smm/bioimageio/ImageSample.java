package io.github.smm.bioimageio;

import io.github.smm.model.Box;
import io.github.smm.tile.TileSource;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * A subsample of a whole image as a model input tensor, for whole-image normalisation: every
 * {@code s}-th pixel along x and y ({@code s} chosen so at most {@code maxPixels} remain),
 * read in strips of rows through the tile source and released, so memory stays at one strip;
 * or every pixel of a window around a tile ({@link #window}), for statistics of a larger
 * context than a small tile.
 */
public final class ImageSample
{
	private static final int STRIP = 256;

	private ImageSample()
	{}

	/**
	 * @param channels the source channels (third dimension) to take, one per model channel;
	 *            null for a plane fed as one channel
	 */
	public static <T extends RealType<T>> Tensor of(final TileSource<T> source, final TensorDescription input, final int[] channels, final long maxPixels)
	{
		final long w = source.width(), h = source.height();
		final int s = (int) Math.max(1, Math.ceil(Math.sqrt((double) w * h / maxPixels)));
		final int nx = (int) ((w + s - 1) / s), ny = (int) ((h + s - 1) / s);
		final int nc = channels == null ? 1 : channels.length;
		final Tensor t = Tensor.zeros(input.axisIds(), shape(input, nx, ny, nc));
		final int cd = input.axisOf(AxisKind.CHANNEL) == null ? -1 : t.indexOf(input.axisOf(AxisKind.CHANNEL).id());
		final int cs = cd < 0 ? 0 : t.stride(cd), ys = t.stride(t.indexOf("y")), xs = t.stride(t.indexOf("x"));
		for (long y0 = 0; y0 < h; y0 += STRIP)
		{
			final Box strip = new Box(0, y0, w, Math.min(h, y0 + STRIP));
			final RandomAccessibleInterval<T> px = source.read(strip);
			final RandomAccess<T> ra = px.randomAccess();
			final long[] pos = new long[px.numDimensions()];
			for (long y = (y0 + s - 1) / s * s; y < strip.maxY; y += s)
				for (long x = 0; x < w; x += s)
					for (int c = 0; c < nc; c++)
					{
						pos[0] = x;
						pos[1] = y;
						if (pos.length > 2)
							pos[2] = channels == null ? 0 : channels[c];
						ra.setPosition(pos);
						t.data()[c * cs + (int) (y / s) * ys + (int) (x / s) * xs] = ra.get().getRealFloat();
					}
			source.release(strip);
		}
		return t;
	}

	/**
	 * The window of {@code size} × {@code size} pixels centred on {@code tile} (a part of the
	 * image), moved inside the image (and cut to it when the image is smaller): it holds the
	 * tile when {@code size} is at least the tile's width and height.
	 */
	public static Box around(final Box tile, final int size, final long width, final long height)
	{
		final long x0 = start(tile.minX, tile.maxX, size, width), y0 = start(tile.minY, tile.maxY, size, height);
		return new Box(x0, y0, Math.min(width, x0 + size), Math.min(height, y0 + size));
	}

	private static long start(final long min, final long max, final int size, final long extent)
	{
		if (size >= extent)
			return 0;
		return Math.max(0, Math.min(extent - size, (min + max) / 2 - size / 2));
	}

	/**
	 * Every pixel of {@code window} (inside the image) as a model input tensor, read through the
	 * source and released.
	 *
	 * @param channels as for {@link #of}
	 */
	public static <T extends RealType<T>> Tensor window(final TileSource<T> source, final TensorDescription input, final int[] channels, final Box window)
	{
		final int nx = (int) window.width(), ny = (int) window.height();
		final int nc = channels == null ? 1 : channels.length;
		final Tensor t = Tensor.zeros(input.axisIds(), shape(input, nx, ny, nc));
		final int cd = input.axisOf(AxisKind.CHANNEL) == null ? -1 : t.indexOf(input.axisOf(AxisKind.CHANNEL).id());
		final int cs = cd < 0 ? 0 : t.stride(cd), ys = t.stride(t.indexOf("y")), xs = t.stride(t.indexOf("x"));
		final RandomAccessibleInterval<T> px = source.read(window);
		try
		{
			final RandomAccess<T> ra = px.randomAccess();
			final long[] pos = new long[px.numDimensions()];
			for (int c = 0; c < nc; c++)
				for (int y = 0; y < ny; y++)
				{
					pos[0] = window.minX;
					pos[1] = window.minY + y;
					if (pos.length > 2)
						pos[2] = channels == null ? 0 : channels[c];
					ra.setPosition(pos);
					for (int x = 0; x < nx; x++, ra.fwd(0))
						t.data()[c * cs + y * ys + x * xs] = ra.get().getRealFloat();
				}
		}
		finally
		{
			source.release(window);
		}
		return t;
	}

	private static int[] shape(final TensorDescription input, final int nx, final int ny, final int nc)
	{
		final int[] shape = new int[input.axes().size()];
		for (int k = 0; k < shape.length; k++)
		{
			final Axis a = input.axes().get(k);
			shape[k] = a.id().equals("x") ? nx : a.id().equals("y") ? ny : a.kind() == AxisKind.CHANNEL ? nc : 1;
		}
		return shape;
	}
}
