package io.github.smm.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * Polygons to pixel masks by scanline, producing row runs directly.
 * <p>
 * <b>Rule.</b> Pixel {@code (x, y)} belongs to a polygon when its centre
 * {@code (x + 0.5, y + 0.5)} is inside by the even-odd rule: count the polygon edges that cross
 * the centre's row at or left of the centre, where an edge crosses row height {@code cy} when
 * {@code min(y1, y2) <= cy < max(y1, y2)} (horizontal edges never count); the centre is inside
 * when the count is odd. A centre exactly on the boundary is thus inside on left and top
 * edges and outside on right and bottom edges, so the axis-aligned rectangle
 * {@code [a, b) × [c, d)} covers exactly the centres in it, and polygons sharing an edge
 * never share a pixel.
 * </p>
 * <p>
 * <b>Exactness.</b> Vertices are any finite doubles with magnitude at most
 * {@value #MAX_COORDINATE}. Which side of an edge a pixel centre lies on is decided exactly:
 * in floating point when the result is clear, else with exact decimal arithmetic, so the
 * result is the mathematically exact one for the given double vertices.
 * </p>
 * <p>
 * A polygon is a flat array {@code x0, y0, x1, y1, ...} of at least three vertices; it is
 * closed implicitly (the last vertex joins the first), and a repeated closing vertex is
 * harmless.
 * </p>
 */
public final class PolygonRasterizer
{
	/** Largest accepted vertex coordinate magnitude (2<sup>40</sup>). */
	public static final double MAX_COORDINATE = 1099511627776.0;

	private PolygonRasterizer()
	{}

	/**
	 * The pixels inside one polygon (even-odd rule; a self-intersecting polygon has the
	 * parts covered an odd number of times).
	 *
	 * @throws IllegalArgumentException when it has fewer than 3 vertices, an odd number of
	 *             coordinates, or a coordinate that is not finite or exceeds
	 *             {@link #MAX_COORDINATE}
	 */
	public static RleMask fill(final double[] xy)
	{
		return fillAll(List.of(xy));
	}

	/**
	 * The pixels inside the rings taken together by the even-odd rule: a ring inside another
	 * ring is a hole.
	 *
	 * @throws IllegalArgumentException as {@link #fill(double[])}, naming the ring index
	 */
	public static RleMask fillAll(final List<double[]> rings)
	{
		final List<Edge> edges = new ArrayList<>();
		for (int r = 0; r < rings.size(); r++)
			addEdges(rings.get(r), r, edges);
		return scan(edges);
	}

	/**
	 * The union of the polygons, each filled on its own by the even-odd rule (an overlap of
	 * two polygons is covered, not a hole).
	 *
	 * @throws IllegalArgumentException as {@link #fill(double[])}, naming the polygon index
	 */
	public static RleMask union(final List<double[]> polygons)
	{
		final RleMaskBuilder out = RleMask.builder();
		for (int p = 0; p < polygons.size(); p++)
		{
			final List<Edge> edges = new ArrayList<>();
			addEdges(polygons.get(p), p, edges);
			out.add(scan(edges));
		}
		return out.build();
	}

	private static void addEdges(final double[] xy, final int index, final List<Edge> edges)
	{
		if (xy.length % 2 != 0)
			throw new IllegalArgumentException("polygon " + index + " has an odd number of coordinates (" + xy.length + ")");
		final int n = xy.length / 2;
		if (n < 3)
			throw new IllegalArgumentException("polygon " + index + " has " + n + " points; at least 3 are needed");
		for (int i = 0; i < xy.length; i++)
			if (!(Math.abs(xy[i]) <= MAX_COORDINATE))
				throw new IllegalArgumentException("polygon " + index + ", point " + i / 2 + ": coordinate " + xy[i] + " is not a finite number of magnitude at most " + MAX_COORDINATE);
		double minX = xy[0], maxX = xy[0], minY = xy[1], maxY = xy[1];
		for (int i = 1; i < n; i++)
		{
			minX = Math.min(minX, xy[2 * i]);
			maxX = Math.max(maxX, xy[2 * i]);
			minY = Math.min(minY, xy[2 * i + 1]);
			maxY = Math.max(maxY, xy[2 * i + 1]);
		}
		if (maxX - minX >= Integer.MAX_VALUE || maxY - minY >= Integer.MAX_VALUE - 1)
			throw new IllegalArgumentException("polygon " + index + " spans more than " + Integer.MAX_VALUE + " pixels");
		for (int i = 0; i < n; i++)
		{
			final int j = (i + 1) % n;
			if (xy[2 * i + 1] != xy[2 * j + 1])
				edges.add(new Edge(xy[2 * i], xy[2 * i + 1], xy[2 * j], xy[2 * j + 1]));
		}
	}

	/** Scanline over rows; for each row, the first pixel at or right of every crossing. */
	private static RleMask scan(final List<Edge> edges)
	{
		final RleMaskBuilder out = RleMask.builder();
		if (edges.isEmpty())
			return out.build();
		edges.sort(Comparator.comparingLong(e -> e.firstRow));
		final List<Edge> active = new ArrayList<>();
		long[] firstPixels = new long[8];
		int next = 0;
		long y = edges.get(0).firstRow;
		while (next < edges.size() || !active.isEmpty())
		{
			if (active.isEmpty() && edges.get(next).firstRow > y)
				y = edges.get(next).firstRow;
			while (next < edges.size() && edges.get(next).firstRow == y)
				active.add(edges.get(next++));
			final long row = y;
			active.removeIf(e -> e.endRow <= row);
			if (firstPixels.length < active.size())
				firstPixels = new long[2 * active.size()];
			int n = 0;
			for (final Edge e : active)
				firstPixels[n++] = e.firstPixelAtOrRightOf(y + 0.5);
			Arrays.sort(firstPixels, 0, n);
			for (int i = 0; i + 1 < n; i += 2)
				out.addRun(y, firstPixels[i], firstPixels[i + 1]);
			y++;
		}
		return out.build();
	}

	/** A non-horizontal edge with the rows whose centre height it spans (half-open). */
	private static final class Edge
	{
		final double x1, y1, x2, y2;
		final long firstRow, endRow;

		Edge(final double x1, final double y1, final double x2, final double y2)
		{
			this.x1 = x1;
			this.y1 = y1;
			this.x2 = x2;
			this.y2 = y2;
			firstRow = firstRowAtOrBelow(Math.min(y1, y2));
			endRow = firstRowAtOrBelow(Math.max(y1, y2));
		}

		/** The smallest row {@code r} with {@code r + 0.5 >= v}. */
		private static long firstRowAtOrBelow(final double v)
		{
			long r = (long) Math.ceil(v - 0.5);
			while (r + 0.5 < v)
				r++;
			while (r - 0.5 >= v)
				r--;
			return r;
		}

		/** The smallest column {@code k} whose centre {@code k + 0.5} is at or right of the crossing at {@code cy}. */
		long firstPixelAtOrRightOf(final double cy)
		{
			final double xc = x1 + (cy - y1) * (x2 - x1) / (y2 - y1);
			long k = (long) Math.ceil(xc - 0.5);
			while (side(k + 0.5, cy) < 0)
				k++;
			while (side(k - 0.5, cy) >= 0)
				k--;
			return k;
		}

		/** The exact sign of {@code px - crossing(cy)}. */
		private int side(final double px, final double cy)
		{
			final double ab = (px - x1) * (y2 - y1), cd = (cy - y1) * (x2 - x1);
			final double d = ab - cd;
			final int dir = y2 > y1 ? 1 : -1;
			if (Math.abs(d) > 1e-14 * (Math.abs(ab) + Math.abs(cd)))
				return (int) Math.signum(d) * dir;
			final BigDecimal exact = bd(px).subtract(bd(x1)).multiply(bd(y2).subtract(bd(y1)))
					.subtract(bd(cy).subtract(bd(y1)).multiply(bd(x2).subtract(bd(x1))));
			return exact.signum() * dir;
		}

		private static BigDecimal bd(final double v)
		{
			return new BigDecimal(v);
		}
	}
}
