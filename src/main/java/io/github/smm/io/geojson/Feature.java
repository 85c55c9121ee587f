package io.github.smm.io.geojson;

import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Polygon;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.github.smm.io.FormatException;

/**
 * One GeoJSON feature as QuPath writes it: geometry, {@code properties.objectType},
 * {@code classification} ({@code name}, or {@code names} of a derived class, joined by
 * {@code ": "}), the score among the {@code measurements} (an object, or QuPath 0.2's list of
 * {@code {name, value}}) and the name.
 */
final class Feature
{
	/** Measurement names read as the score, in this order, case-insensitive. */
	static final List<String> SCORE_NAMES = List.of("score", "detection probability", "probability", "confidence");

	final String where;
	final String objectType;
	final String className;
	/** The score, or NaN when the feature gives none. */
	final double score;
	final String name;
	final String geometryType;
	private final String geometry;
	private List<Polygon> polygons;

	private Feature(final String where, final String objectType, final String className, final double score, final String name, final JsonElement geometry)
	{
		this.where = where;
		this.objectType = objectType;
		this.className = className;
		this.score = score;
		this.name = name;
		this.geometry = geometry == null || geometry.isJsonNull() ? null : geometry.toString();
		this.geometryType = this.geometry == null ? "no geometry" : type(geometry);
	}

	/** @throws FormatException naming {@code where} for a feature that is not an object or has a bad score */
	static Feature parse(final JsonElement e, final String where)
	{
		if (!e.isJsonObject())
			throw new FormatException(where + ": a feature must be a JSON object, found " + e);
		final JsonObject f = e.getAsJsonObject();
		final String type = string(f, "type");
		if (type != null && !type.equals("Feature"))
			throw new FormatException(where + ": \"type\" is \"" + type + "\", expected \"Feature\"");
		if (!f.has("geometry"))
			throw new FormatException(where + ": missing \"geometry\"");
		if (f.has("properties") && !f.get("properties").isJsonNull() && !f.get("properties").isJsonObject())
			throw new FormatException(where + ": \"properties\" must be an object, found " + f.get("properties"));
		GeometryCheck.require(f.get("geometry"), where);
		final JsonObject p = f.has("properties") && f.get("properties").isJsonObject() ? f.getAsJsonObject("properties") : new JsonObject();
		String objectType = string(p, "objectType");
		if (objectType == null)
			objectType = string(p, "object_type");
		if (objectType == null)
			objectType = string(p, "type");
		String name = string(p, "name");
		if (name == null && f.has("id") && f.get("id").isJsonPrimitive())
			name = f.get("id").getAsString();
		return new Feature(where, objectType == null ? "annotation" : objectType, className(p, where), score(p, where), name == null ? "" : name, f.get("geometry"));
	}

	/** The polygons of the geometry (parsed once). */
	List<Polygon> polygons()
	{
		if (polygons == null)
			polygons = geometry == null ? List.of() : FeatureGeometry.polygons(geometry, where);
		return polygons;
	}

	private static String type(final JsonElement geometry)
	{
		final String t = geometry.isJsonObject() ? string(geometry.getAsJsonObject(), "type") : null;
		return t == null ? "no type" : t;
	}

	private static String className(final JsonObject p, final String where)
	{
		if (!p.has("classification") || p.get("classification").isJsonNull())
			return null;
		final JsonElement c = p.get("classification");
		if (c.isJsonPrimitive())
			return c.getAsString();
		if (!c.isJsonObject())
			throw new FormatException(where + ": \"classification\" is neither an object nor a name: " + c);
		final JsonObject o = c.getAsJsonObject();
		if (o.has("names") && o.get("names").isJsonArray())
		{
			final StringBuilder sb = new StringBuilder();
			for (final JsonElement n : o.getAsJsonArray("names"))
				sb.append(sb.length() == 0 ? "" : ": ").append(n.getAsString());
			return sb.toString();
		}
		final String n = string(o, "name");
		if (n == null)
			throw new FormatException(where + ": \"classification\" has no \"name\": " + c);
		return n;
	}

	private static double score(final JsonObject p, final String where)
	{
		final JsonElement m = p.get("measurements");
		if (m != null && m.isJsonObject())
			for (final String wanted : SCORE_NAMES)
				for (final String key : m.getAsJsonObject().keySet())
					if (key.toLowerCase(Locale.ROOT).equals(wanted))
						return checked(m.getAsJsonObject().get(key), where, "measurement '" + key + "'");
		if (m != null && m.isJsonArray())
			for (final String wanted : SCORE_NAMES)
				for (final JsonElement item : (JsonArray) m)
					if (item.isJsonObject() && wanted.equalsIgnoreCase(string(item.getAsJsonObject(), "name")))
						return checked(item.getAsJsonObject().get("value"), where, "measurement '" + string(item.getAsJsonObject(), "name") + "'");
		if (p.has("score"))
			return checked(p.get("score"), where, "property 'score'");
		return Double.NaN;
	}

	private static double checked(final JsonElement v, final String where, final String what)
	{
		if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() && !isNaN(v))
			throw new FormatException(where + ": " + what + " is not a number: " + v);
		final double s = isNaN(v) ? Double.NaN : v.getAsDouble();
		if (!Double.isNaN(s) && !(s >= 0 && s <= 1))
			throw new FormatException(where + ": " + what + " = " + s + " is not a score in [0, 1]");
		return s;
	}

	private static boolean isNaN(final JsonElement v)
	{
		return v.isJsonPrimitive() && (v.getAsJsonPrimitive().isNumber() ? Double.isNaN(v.getAsDouble()) : "NaN".equals(v.getAsString()));
	}

	private static String string(final JsonObject o, final String name)
	{
		final JsonElement e = o.get(name);
		return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
	}
}
