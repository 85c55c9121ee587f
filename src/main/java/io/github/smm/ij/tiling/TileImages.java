package io.github.smm.ij.tiling;

import ij.process.FloatProcessor;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** Tile pixels as ImageJ processors, for segmenters that run ImageJ code on a tile. */
public final class TileImages
{
	private TileImages()
	{}

	/** A 32-bit copy of the first plane of {@code pixels}; its top-left pixel is the tile's. */
	public static <T extends RealType<T>> FloatProcessor toProcessor(final RandomAccessibleInterval<T> pixels)
	{
		final int w = (int) pixels.dimension(0), h = (int) pixels.dimension(1);
		final float[] out = new float[w * h];
		RandomAccessibleInterval<T> plane = pixels;
		while (plane.numDimensions() > 2)
			plane = Views.hyperSlice(plane, plane.numDimensions() - 1, plane.min(plane.numDimensions() - 1));
		final Cursor<T> c = Views.flatIterable(plane).cursor();
		int k = 0;
		while (c.hasNext())
			out[k++] = c.next().getRealFloat();
		return new FloatProcessor(w, h, out);
	}
}
