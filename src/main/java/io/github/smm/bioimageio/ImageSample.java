package io.github.smm.bioimageio;

import io.github.smm.model.Box;
import io.github.smm.tile.TileSource;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * A subsample of a whole image as a model input tensor, for whole-image normalisation: every
 * {@code s}-th pixel along x and y ({@code s} chosen so at most {@code maxPixels} remain),
 * read in strips of rows through the tile source and released, so memory stays at one strip.
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
		final int[] shape = new int[input.axes().size()];
		for (int k = 0; k < shape.length; k++)
		{
			final Axis a = input.axes().get(k);
			shape[k] = a.id().equals("x") ? nx : a.id().equals("y") ? ny : a.kind() == AxisKind.CHANNEL ? nc : 1;
		}
		final Tensor t = Tensor.zeros(input.axisIds(), shape);
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
}
