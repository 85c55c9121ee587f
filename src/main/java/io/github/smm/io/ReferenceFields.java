package io.github.smm.io;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** Typed access to the fields of the reference JSON; every failure names where it is. */
final class ReferenceFields
{
	private ReferenceFields()
	{}

	static JsonElement require(final JsonObject o, final String key, final String where)
	{
		final JsonElement e = o.get(key);
		if (e == null || e.isJsonNull())
			throw new FormatException(where + ": missing \"" + key + "\"");
		return e;
	}

	static String string(final JsonElement e, final String where)
	{
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString())
			throw new FormatException(where + " must be a string, got " + e);
		return e.getAsString();
	}

	/**
	 * A number; also the bare words {@code NaN}, {@code Infinity}, {@code -Infinity} that
	 * Python's json module writes, so that range checks can name them.
	 */
	static double number(final JsonElement e, final String where)
	{
		if (e.isJsonPrimitive())
		{
			final JsonPrimitive p = e.getAsJsonPrimitive();
			if (p.isNumber())
				return p.getAsDouble();
			if (p.isString())
				switch (p.getAsString())
				{
					case "NaN":
						return Double.NaN;
					case "Infinity":
						return Double.POSITIVE_INFINITY;
					case "-Infinity":
						return Double.NEGATIVE_INFINITY;
					default:
				}
		}
		throw new FormatException(where + " must be a number, got " + e);
	}

	static int integer(final JsonElement e, final String where)
	{
		final double v = number(e, where);
		if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE)
			throw new FormatException(where + " must be an integer, got " + e);
		return (int) v;
	}

	/** {@code [x1, y1, x2, y2]} with {@code x1 <= x2}, {@code y1 <= y2}. */
	static double[] bbox(final JsonElement e, final String where)
	{
		final double[] b = finiteNumbers(e, 4, where);
		for (final double v : b)
			if (Math.abs(v) > PolygonRasterizer.MAX_COORDINATE)
				throw new FormatException(where + ": coordinate " + v + " exceeds " + PolygonRasterizer.MAX_COORDINATE + " in magnitude");
		if (!(b[0] <= b[2] && b[1] <= b[3]))
			throw new FormatException(where + " [x1, y1, x2, y2] needs x1 <= x2 and y1 <= y2, got " + e);
		return b;
	}

	/** A list of polygons, each a list of {@code [x, y]} points, as flat coordinate arrays. */
	static List<double[]> polygons(final JsonElement e, final String where)
	{
		if (!e.isJsonArray())
			throw new FormatException(where + " must be a list of polygons");
		final JsonArray list = e.getAsJsonArray();
		final List<double[]> out = new ArrayList<>();
		for (int p = 0; p < list.size(); p++)
		{
			final String at = where + ", polygon " + p;
			if (!list.get(p).isJsonArray())
				throw new FormatException(at + " must be a list of [x, y] points");
			final JsonArray points = list.get(p).getAsJsonArray();
			if (points.size() < 3)
				throw new FormatException(at + " has " + points.size() + " points; at least 3 are needed");
			final double[] xy = new double[2 * points.size()];
			for (int i = 0; i < points.size(); i++)
			{
				final double[] pt = finiteNumbers(points.get(i), 2, at + ", point " + i);
				xy[2 * i] = pt[0];
				xy[2 * i + 1] = pt[1];
			}
			out.add(xy);
		}
		return out;
	}

	private static double[] finiteNumbers(final JsonElement e, final int n, final String where)
	{
		if (!e.isJsonArray() || e.getAsJsonArray().size() != n)
			throw new FormatException(where + " must be a list of " + n + " numbers, got " + e);
		final double[] out = new double[n];
		for (int i = 0; i < n; i++)
		{
			out[i] = number(e.getAsJsonArray().get(i), where);
			if (!Double.isFinite(out[i]))
				throw new FormatException(where + " must hold finite numbers, got " + e);
		}
		return out;
	}
}
