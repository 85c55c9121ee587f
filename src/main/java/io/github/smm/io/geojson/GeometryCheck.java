package io.github.smm.io.geojson;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.github.smm.io.FormatException;

/**
 * Strict checks of a feature's polygon geometry before JTS reads it (JTS is lenient: a Polygon
 * without coordinates becomes an empty polygon, a position of one number a point at 0): a
 * Polygon or MultiPolygon must have its {@code coordinates}, nested as the type says, every
 * position two or three finite numbers. Other types (Point, LineString) and {@code null}
 * geometries are left to the reader, which skips them and says so in the log.
 */
final class GeometryCheck
{
	private GeometryCheck()
	{}

	/** @throws FormatException naming {@code where} and what is wrong */
	static void require(final JsonElement geometry, final String where)
	{
		if (geometry == null || !geometry.isJsonObject())
			return;
		final JsonObject g = geometry.getAsJsonObject();
		final JsonElement type = g.get("type");
		final String t = type != null && type.isJsonPrimitive() ? type.getAsString() : "";
		final int depth = t.equals("Polygon") ? 3 : t.equals("MultiPolygon") ? 4 : 0;
		if (depth == 0)
			return;
		if (!g.has("coordinates") || g.get("coordinates").isJsonNull())
			throw new FormatException(where + ": " + t + " geometry without \"coordinates\"");
		nested(g.get("coordinates"), depth, where + ": " + t + " coordinates");
	}

	private static void nested(final JsonElement e, final int depth, final String where)
	{
		if (!e.isJsonArray())
			throw new FormatException(where + ": expected an array, found " + brief(e));
		final JsonArray a = e.getAsJsonArray();
		if (depth == 1)
		{
			if (a.size() < 2 || a.size() > 3)
				throw new FormatException(where + ": a position has " + a.size() + " numbers, expected [x, y]");
			for (final JsonElement v : a)
				if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || !Double.isFinite(v.getAsDouble()))
					throw new FormatException(where + ": coordinate " + brief(v) + " is not a finite number");
			return;
		}
		for (int i = 0; i < a.size(); i++)
			nested(a.get(i), depth - 1, where + "[" + i + "]");
	}

	private static String brief(final JsonElement e)
	{
		final String s = String.valueOf(e);
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}
}
