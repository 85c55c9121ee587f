package io.github.smm.tile;

import java.util.Arrays;

import io.github.smm.model.Box;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The blender's running sums over one band: the band's sweep range (one tile thick) across the
 * whole covered cross extent, row-major. When a band is done its final part is handed out and
 * the rest is shifted in place to the start of the next band, so one array serves the sweep.
 */
final class BlendStrip
{
	private final TilePlan plan;
	private final boolean rows;
	private final int width, height;
	private final float[] sums;
	private long sweepStart;

	BlendStrip(final TilePlan plan)
	{
		this.plan = plan;
		this.rows = plan.sweepOrder() == SweepOrder.ROWS;
		final long cross = plan.crossAxis().coveredEnd(), thick = plan.sweepAxis().size;
		if (cross * thick > Integer.MAX_VALUE - 8)
			throw new IllegalArgumentException("the blending strip of " + plan + " would exceed " + Integer.MAX_VALUE + " pixels");
		this.width = (int) (rows ? cross : thick);
		this.height = (int) (rows ? thick : cross);
		this.sums = new float[width * height];
	}

	long pixels()
	{
		return sums.length;
	}

	/** Adds {@code weight · value} of every pixel of the tile inside the image. */
	void add(final Tile tile, final RandomAccessibleInterval<? extends RealType<?>> values, final BlendWeights weights)
	{
		final Box r = tile.region(), w = tile.window();
		final float[] wx = weights.alongX(tile), wy = weights.alongY(tile);
		final long x0 = rows ? 0 : sweepStart, y0 = rows ? sweepStart : 0;
		final int inside = (int) w.width();
		final RandomAccess<? extends RealType<?>> a = values.randomAccess();
		final long[] first = values.minAsLongArray();
		for (int ky = 0; ky < w.height(); ky++)
		{
			final float weightY = wy[ky];
			final int start = (int) (r.minY + ky - y0) * width + (int) (r.minX - x0);
			first[1] = values.min(1) + ky;
			a.setPosition(first);
			for (int kx = 0; kx < inside; kx++)
			{
				sums[start + kx] += weightY * wx[kx] * a.get().getRealFloat();
				a.fwd(0);
			}
		}
	}

	/** The sums over {@code region} (inside the strip) as an image in global coordinates. */
	RandomAccessibleInterval<FloatType> view(final Box region)
	{
		final long x0 = rows ? 0 : sweepStart, y0 = rows ? sweepStart : 0;
		final RandomAccessibleInterval<FloatType> all = Views.translate(ArrayImgs.floats(sums, width, height), x0, y0);
		return Views.interval(all, BoxIntervals.of(region));
	}

	/**
	 * Hands the sums over {@code region} (inside the strip) to {@code c} straight from the
	 * array, line by line along the sweep.
	 */
	void feed(final Box region, final ThresholdComponents c)
	{
		final long x0 = rows ? 0 : sweepStart, y0 = rows ? sweepStart : 0;
		final int offset = (int) (region.minY - y0) * width + (int) (region.minX - x0);
		c.acceptLines(region, sums, offset, rows ? width : 1, rows ? 1 : width);
	}

	/** Moves the strip to start at {@code next} along the sweep axis, keeping the sums it shares. */
	void advanceTo(final long next)
	{
		final int shift = (int) Math.min(next - sweepStart, rows ? height : width);
		if (rows)
		{
			System.arraycopy(sums, shift * width, sums, 0, (height - shift) * width);
			Arrays.fill(sums, (height - shift) * width, sums.length, 0f);
		}
		else
			for (int y = 0; y < height; y++)
			{
				System.arraycopy(sums, y * width + shift, sums, y * width, width - shift);
				Arrays.fill(sums, y * width + width - shift, (y + 1) * width, 0f);
			}
		sweepStart = next;
	}
}
