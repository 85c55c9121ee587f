package io.github.smm.io.coco;

import java.util.Arrays;
import java.util.List;

import io.github.smm.io.FormatException;
import io.github.smm.model.RleMask;

/**
 * Rasterises COCO polygons exactly as pycocotools does ({@code frPyObjects} on a polygon list,
 * then {@code merge} of the polygons of one annotation), so masks and areas agree pixel for
 * pixel with every tool built on it.
 * <p>
 * The algorithm (pycocotools' {@code rleFrPoly}): vertices are scaled by 5 and rounded; every
 * edge is walked densely on that grid; wherever the walk crosses the vertical line through a
 * pixel centre, the first pixel row whose centre lies below the crossing toggles the inside
 * state of that column. The sorted toggle positions, in column-major order, are the run
 * lengths. Coordinates follow COCO: pixel {@code (x, y)} is the unit square with corner
 * {@code (x, y)}, so its centre is {@code (x + 0.5, y + 0.5)}.
 * </p>
 * Work and memory follow the polygon's perimeter, never the image area.
 */
public final class CocoPolygons
{
	private static final double SCALE = 5;

	/** Largest coordinate magnitude accepted, so the ×5 grid stays inside {@code int}. */
	private static final double MAX_COORDINATE = 1e8;

	private CocoPolygons()
	{}

	/**
	 * The mask of the union of polygons, each flat {@code [x0, y0, x1, y1, ...]}, on a
	 * {@code height × width} image.
	 *
	 * @throws FormatException when a polygon has fewer than 3 points, an odd number of
	 *             coordinates or a coordinate that is not finite (or beyond ±1e8)
	 */
	public static RleMask rasterize(final List<double[]> polygons, final int height, final int width)
	{
		return CocoRle.decode(counts(polygons, height, width), height, width);
	}

	/** The counts pycocotools gives for an annotation's polygon list ({@code frPyObjects + merge}). */
	public static long[] counts(final List<double[]> polygons, final int height, final int width)
	{
		if (polygons.isEmpty())
			throw new FormatException("polygon list is empty");
		final long[][] each = new long[polygons.size()][];
		for (int i = 0; i < each.length; i++)
		{
			try
			{
				each[i] = counts(polygons.get(i), height, width);
			}
			catch (final FormatException e)
			{
				throw new FormatException("polygon " + i + ": " + e.getMessage(), e);
			}
		}
		return union(Arrays.asList(each));
	}

	/** The counts of one polygon: pycocotools' {@code rleFrPoly}. */
	public static long[] counts(final double[] xy, final int height, final int width)
	{
		requireValid(xy);
		final int k = xy.length / 2;
		final int[] x = new int[k + 1], y = new int[k + 1];
		for (int j = 0; j < k; j++)
		{
			x[j] = (int) (SCALE * xy[2 * j] + .5);
			y[j] = (int) (SCALE * xy[2 * j + 1] + .5);
		}
		x[k] = x[0];
		y[k] = y[0];
		final EdgeWalk walk = EdgeWalk.of(x, y, k);
		final long[] toggles = toggles(walk, height, width);
		return countsOfToggles(toggles, height, width);
	}

	private static void requireValid(final double[] xy)
	{
		if (xy.length % 2 != 0)
			throw new FormatException("polygon has an odd number of coordinates (" + xy.length + ")");
		if (xy.length < 6)
			throw new FormatException("polygon has " + xy.length / 2 + " points, at least 3 are needed");
		for (int i = 0; i < xy.length; i++)
			if (!(Math.abs(xy[i]) <= MAX_COORDINATE))
				throw new FormatException("polygon coordinate " + i + " is not a finite number of magnitude at most 1e8 (" + xy[i] + ")");
	}

	/** The dense points along every edge on the ×5 grid, in walking order. */
	private static final class EdgeWalk
	{
		final int[] u, v;

		private EdgeWalk(final int[] u, final int[] v)
		{
			this.u = u;
			this.v = v;
		}

		static EdgeWalk of(final int[] x, final int[] y, final int k)
		{
			int m = 0;
			for (int j = 0; j < k; j++)
				m += Math.max(Math.abs(x[j] - x[j + 1]), Math.abs(y[j] - y[j + 1])) + 1;
			final int[] u = new int[m], v = new int[m];
			int n = 0;
			for (int j = 0; j < k; j++)
				n = edge(x[j], y[j], x[j + 1], y[j + 1], u, v, n);
			return new EdgeWalk(u, v);
		}

		/** Appends the points of one edge, stepping along its longer axis; returns the new count. */
		private static int edge(int xs, int ys, int xe, int ye, final int[] u, final int[] v, int n)
		{
			final int dx = Math.abs(xe - xs), dy = Math.abs(ys - ye);
			final boolean flip = dx >= dy && xs > xe || dx < dy && ys > ye;
			if (flip)
			{
				int t = xs;
				xs = xe;
				xe = t;
				t = ys;
				ys = ye;
				ye = t;
			}
			if (dx >= dy)
			{
				final double s = (double) (ye - ys) / dx;
				for (int d = 0; d <= dx; d++, n++)
				{
					final int t = flip ? dx - d : d;
					u[n] = t + xs;
					v[n] = (int) (ys + s * t + .5);
				}
			}
			else
			{
				final double s = (double) (xe - xs) / dy;
				for (int d = 0; d <= dy; d++, n++)
				{
					final int t = flip ? dy - d : d;
					v[n] = t + ys;
					u[n] = (int) (xs + s * t + .5);
				}
			}
			return n;
		}
	}

	/**
	 * Column-major positions where the inside state toggles: one per crossing of a pixel-centre
	 * column, plus the end of the image.
	 */
	private static long[] toggles(final EdgeWalk walk, final int height, final int width)
	{
		final int[] u = walk.u, v = walk.v;
		final LongList a = new LongList();
		for (int j = 1; j < u.length; j++)
		{
			if (u[j] == u[j - 1])
				continue;
			double xd = u[j] < u[j - 1] ? u[j] : u[j] - 1;
			xd = (xd + .5) / SCALE - .5;
			if (Math.floor(xd) != xd || xd < 0 || xd > width - 1)
				continue;
			double yd = Math.min(v[j], v[j - 1]);
			yd = (yd + .5) / SCALE - .5;
			if (yd < 0)
				yd = 0;
			else if (yd > height)
				yd = height;
			yd = Math.ceil(yd);
			a.add((long) xd * height + (long) yd);
		}
		a.add((long) height * width);
		final long[] sorted = a.toArray();
		Arrays.sort(sorted);
		return sorted;
	}

	/** Differences of the sorted toggles; two toggles at one position cancel. */
	private static long[] countsOfToggles(final long[] a, final int height, final int width)
	{
		long p = 0;
		for (int j = 0; j < a.length; j++)
		{
			final long t = a[j];
			a[j] -= p;
			p = t;
		}
		final LongList b = new LongList();
		int j = 0;
		b.add(a[j++]);
		while (j < a.length)
		{
			if (a[j] > 0)
				b.add(a[j++]);
			else
			{
				j++;
				if (j < a.length)
				{
					b.set(b.size() - 1, b.get(b.size() - 1) + a[j]);
					j++;
				}
			}
		}
		return b.toArray();
	}

	/** pycocotools' {@code merge} (union) of counts of one image size. */
	public static long[] union(final List<long[]> counts)
	{
		if (counts.isEmpty())
			throw new IllegalArgumentException("nothing to merge");
		long[] merged = counts.get(0);
		for (int i = 1; i < counts.size(); i++)
			merged = union(merged, counts.get(i));
		return merged;
	}

	private static long[] union(final long[] a, final long[] b)
	{
		final LongList out = new LongList();
		long ca = a[0], cb = b[0], cc = 0, ct = 1;
		boolean va = false, vb = false, v = false;
		int ia = 1, ib = 1;
		while (ct > 0)
		{
			final long c = Math.min(ca, cb);
			cc += c;
			ct = 0;
			ca -= c;
			if (ca == 0 && ia < a.length)
			{
				ca = a[ia++];
				va = !va;
			}
			ct += ca;
			cb -= c;
			if (cb == 0 && ib < b.length)
			{
				cb = b[ib++];
				vb = !vb;
			}
			ct += cb;
			final boolean vp = v;
			v = va || vb;
			if (v != vp || ct == 0)
			{
				out.add(cc);
				cc = 0;
			}
		}
		return out.toArray();
	}
}
