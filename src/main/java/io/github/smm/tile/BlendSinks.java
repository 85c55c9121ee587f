package io.github.smm.tile;

import io.github.smm.model.Box;
import net.imglib2.Cursor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/** Common {@link BlendSink}s. */
public final class BlendSinks
{
	private BlendSinks()
	{}

	/**
	 * Writes the blended map into {@code output}, whose pixel {@code (x, y)} is global pixel
	 * {@code (x − min(0), y − min(1))}; parts outside it are left out.
	 */
	public static <R extends RealType<R>> BlendSink into(final RandomAccessibleInterval<R> output)
	{
		if (output.numDimensions() != 2)
			throw new IllegalArgumentException("the blending output must be 2D, got " + output.numDimensions() + " dimensions");
		final RandomAccessibleInterval<R> target = Views.zeroMin(output);
		final Box extent = BoxIntervals.box(target);
		return (region, values) -> {
			final Box part = region.intersect(extent);
			if (part.isEmpty())
				return;
			final Cursor<FloatType> c = Views.flatIterable(Views.interval(values, BoxIntervals.of(part))).localizingCursor();
			final RandomAccess<R> out = target.randomAccess();
			while (c.hasNext())
			{
				c.fwd();
				out.setPosition(c);
				out.get().setReal(c.get().get());
			}
		};
	}
}
