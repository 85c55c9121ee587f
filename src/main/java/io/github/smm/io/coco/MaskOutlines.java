package io.github.smm.io.coco;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import io.github.smm.model.RleMask;

/**
 * The outline of a mask as JTS polygons along pixel edges (pixel {@code (x, y)} is the square
 * {@code [x, x+1] × [y, y+1]}), optionally simplified, and as COCO polygons. Unsimplified
 * outlines rasterise back to exactly the same pixels with {@link CocoPolygons}.
 * <p>
 * Pixels touching only at a corner become separate polygons. COCO polygons have no holes:
 * {@link #cocoPolygons} returns only exterior rings, so rasterising them fills every hole;
 * use {@link #hasHoles} to decide whether to write such a mask as RLE instead.
 * </p>
 */
public final class MaskOutlines
{
	private static final GeometryFactory FACTORY = new GeometryFactory();

	private MaskOutlines()
	{}

	/** The exact outline: the union of the mask's pixels (a Polygon or MultiPolygon; empty for no pixels). */
	public static Geometry geometry(final RleMask mask)
	{
		final List<Geometry> rectangles = new ArrayList<>();
		final RectangleStack stack = new RectangleStack();
		mask.forEachRun((y, s, e) -> stack.add(y, s, e, rectangles));
		stack.flush(rectangles);
		final Geometry union = UnaryUnionOp.union(rectangles);
		return union == null ? FACTORY.createPolygon() : union;
	}

	/**
	 * The outline simplified with {@link TopologyPreservingSimplifier} ({@code tolerance} in
	 * pixels; 0 only drops vertices on straight edges). Rings never collapse or cross.
	 */
	public static Geometry simplify(final Geometry outline, final double tolerance)
	{
		if (!(tolerance >= 0) || Double.isInfinite(tolerance))
			throw new IllegalArgumentException("simplification tolerance " + tolerance + " is not a finite non-negative number");
		return TopologyPreservingSimplifier.simplify(outline, tolerance);
	}

	/** True when any polygon of the outline has a hole. */
	public static boolean hasHoles(final Geometry outline)
	{
		for (int i = 0; i < outline.getNumGeometries(); i++)
			if (((Polygon) outline.getGeometryN(i)).getNumInteriorRing() > 0)
				return true;
		return false;
	}

	/**
	 * The COCO polygons (flat {@code [x0, y0, x1, y1, ...]}, ring not closed) of the exterior
	 * rings of the mask's outline simplified with {@code tolerance}; holes are dropped.
	 */
	public static List<double[]> cocoPolygons(final RleMask mask, final double tolerance)
	{
		return cocoPolygons(simplify(geometry(mask), tolerance));
	}

	/** The COCO polygons of the exterior rings of an outline; holes are dropped. */
	public static List<double[]> cocoPolygons(final Geometry outline)
	{
		final List<double[]> out = new ArrayList<>();
		for (int i = 0; i < outline.getNumGeometries(); i++)
		{
			final Polygon p = (Polygon) outline.getGeometryN(i);
			if (!p.isEmpty())
				out.add(flat(p.getExteriorRing()));
		}
		return out;
	}

	private static double[] flat(final LineString ring)
	{
		final Coordinate[] c = ring.getCoordinates();
		final int n = c.length - 1; // COCO rings are not closed
		final double[] xy = new double[2 * n];
		for (int i = 0; i < n; i++)
		{
			xy[2 * i] = c[i].x;
			xy[2 * i + 1] = c[i].y;
		}
		return xy;
	}

	/**
	 * Joins runs with the same columns in consecutive rows into one rectangle, so the union
	 * sees far fewer pieces than runs.
	 */
	private static final class RectangleStack
	{
		private final List<long[]> open = new ArrayList<>(); // {x0, x1, y0, yEnd}
		private final List<long[]> next = new ArrayList<>();
		private long row = Long.MIN_VALUE;

		void add(final long y, final long s, final long e, final List<Geometry> out)
		{
			if (y != row)
			{
				advanceTo(y, out);
				row = y;
			}
			for (int i = 0; i < open.size(); i++)
			{
				final long[] r = open.get(i);
				if (r[0] == s && r[1] == e && r[3] == y)
				{
					r[3] = y + 1;
					next.add(r);
					open.remove(i);
					return;
				}
			}
			next.add(new long[] { s, e, y, y + 1 });
		}

		private void advanceTo(final long y, final List<Geometry> out)
		{
			// rectangles of the previous row that were not continued end here
			for (final long[] r : open)
				out.add(rectangle(r));
			open.clear();
			open.addAll(next);
			next.clear();
		}

		void flush(final List<Geometry> out)
		{
			advanceTo(Long.MAX_VALUE, out);
			for (final long[] r : open)
				out.add(rectangle(r));
			open.clear();
		}

		private static Geometry rectangle(final long[] r)
		{
			final double x0 = r[0], x1 = r[1], y0 = r[2], y1 = r[3];
			return FACTORY.createPolygon(new Coordinate[] { new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0) });
		}
	}
}
