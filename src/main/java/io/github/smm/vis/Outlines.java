package io.github.smm.vis;

import java.awt.geom.Path2D;
import java.util.List;

import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import io.github.smm.model.Box;
import io.github.smm.model.RleMask;

/**
 * Outline ROIs traced straight from a mask's row runs: a {@code PolygonRoi} along pixel edges
 * for a mask of one 4-connected part without holes, else a {@code ShapeRoi} of all loops
 * (even-odd), so that ImageJ's mask of the ROI is exactly the mask's pixels. Several times
 * faster than thresholding the bounding box and calling {@code ThresholdToSelection}, and it
 * allocates no bitmap.
 */
public final class Outlines
{
	private Outlines()
	{}

	/**
	 * The outline of {@code mask}.
	 *
	 * @throws IllegalArgumentException when the mask is empty or lies beyond ImageJ's int
	 *             coordinates
	 */
	public static Roi roi(final RleMask mask)
	{
		final Box b = mask.box();
		if (mask.isEmpty())
			throw new IllegalArgumentException("an empty mask has no outline");
		if (b.minX < Integer.MIN_VALUE || b.maxX > Integer.MAX_VALUE || b.minY < Integer.MIN_VALUE || b.maxY > Integer.MAX_VALUE)
			throw new IllegalArgumentException("mask " + b + " does not fit ImageJ's int coordinates");
		final List<int[]> loops = RunOutline.loops(MaskRows.of(mask));
		final int x0 = (int) b.minX, y0 = (int) b.minY;
		if (loops.size() == 1)
			return polygon(loops.get(0), x0, y0);
		final Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
		for (final int[] loop : loops)
		{
			path.moveTo(x0 + loop[0], y0 + loop[1]);
			for (int i = 2; i < loop.length; i += 2)
				path.lineTo(x0 + loop[i], y0 + loop[i + 1]);
			path.closePath();
		}
		return new ShapeRoi(path);
	}

	private static Roi polygon(final int[] loop, final int x0, final int y0)
	{
		final int n = loop.length / 2;
		final int[] xs = new int[n], ys = new int[n];
		for (int i = 0; i < n; i++)
		{
			xs[i] = x0 + loop[2 * i];
			ys[i] = y0 + loop[2 * i + 1];
		}
		return new PolygonRoi(xs, ys, n, Roi.TRACED_ROI);
	}
}
