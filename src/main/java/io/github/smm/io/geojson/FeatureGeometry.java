package io.github.smm.io.geojson;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import io.github.smm.io.FormatException;
import io.github.smm.io.PolygonRasterizer;
import io.github.smm.io.coco.MaskOutlines;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/**
 * GeoJSON geometries and pixel masks, through JTS's GeoJSON reader and writer. A pixel
 * {@code (x, y)} belongs to a polygon when its centre {@code (x + 0.5, y + 0.5)} is inside it
 * (holes excluded; {@link PolygonRasterizer}); written outlines follow pixel edges, so they read
 * back to exactly the same pixels.
 */
final class FeatureGeometry
{
	private FeatureGeometry()
	{}

	/**
	 * The polygons of a geometry's GeoJSON text (Polygon, MultiPolygon, or a GeometryCollection
	 * of them); an empty list when it has none (a Point or LineString).
	 *
	 * @throws FormatException naming {@code where} when it is not valid GeoJSON geometry
	 */
	static List<Polygon> polygons(final String geometryJson, final String where)
	{
		final Geometry g;
		try
		{
			g = new GeoJsonReader().read(geometryJson);
		}
		catch (final ParseException | RuntimeException e)
		{
			throw new FormatException(where + ": not a GeoJSON geometry (" + e.getMessage() + ")", e);
		}
		final List<Polygon> out = new ArrayList<>();
		collect(g, out);
		return out;
	}

	private static void collect(final Geometry g, final List<Polygon> out)
	{
		if (g instanceof Polygon && !g.isEmpty())
			out.add((Polygon) g);
		else if (g instanceof GeometryCollection)
			for (int i = 0; i < g.getNumGeometries(); i++)
				collect(g.getGeometryN(i), out);
	}

	/** The pixels whose centres lie inside the polygons (holes excluded). */
	static RleMask mask(final List<Polygon> polygons, final String where)
	{
		final List<RleMask> parts = new ArrayList<>(polygons.size());
		for (final Polygon p : polygons)
		{
			final List<double[]> rings = new ArrayList<>();
			rings.add(ring(p.getExteriorRing(), where));
			for (int h = 0; h < p.getNumInteriorRing(); h++)
				rings.add(ring(p.getInteriorRingN(h), where));
			try
			{
				parts.add(PolygonRasterizer.fillAll(rings));
			}
			catch (final IllegalArgumentException e)
			{
				throw new FormatException(where + ": " + e.getMessage(), e);
			}
		}
		return parts.size() == 1 ? parts.get(0) : Masks.union(parts);
	}

	private static double[] ring(final LineString ring, final String where)
	{
		final Coordinate[] c = ring.getCoordinates();
		if (c.length < 4)
			throw new FormatException(where + ": a polygon ring has " + c.length + " positions; a closed ring needs at least 4");
		final double[] xy = new double[2 * c.length];
		for (int i = 0; i < c.length; i++)
		{
			xy[2 * i] = c[i].x;
			xy[2 * i + 1] = c[i].y;
		}
		return xy;
	}

	/** The GeoJSON text of a mask's exact outline (Polygon or MultiPolygon along pixel edges, no collinear vertices). */
	static String outline(final RleMask mask)
	{
		final GeoJsonWriter writer = new GeoJsonWriter(0);
		writer.setEncodeCRS(false);
		return writer.write(MaskOutlines.simplify(MaskOutlines.geometry(mask), 0));
	}
}
