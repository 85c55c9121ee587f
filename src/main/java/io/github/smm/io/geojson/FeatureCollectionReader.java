package io.github.smm.io.geojson;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import io.github.smm.io.FormatException;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/**
 * Reads QuPath GeoJSON: a FeatureCollection, a bare array of features (QuPath's export without
 * {@code FEATURE_COLLECTION}) or one Feature, streaming feature by feature. Lenient about
 * {@code NaN} measurements, which QuPath writes.
 */
final class FeatureCollectionReader
{
	private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);

	/** Object types that are segmented objects; annotations are read only when there are none. */
	private static final Set<String> DETECTIONS = Set.of("detection", "cell");

	private final String source;
	private final List<Feature> features = new ArrayList<>();
	private final Map<String, Integer> skipped = new LinkedHashMap<>();

	FeatureCollectionReader(final String source)
	{
		this.source = source;
	}

	GeoJsonObjects read(final Reader reader)
	{
		final JsonReader in = new JsonReader(new io.github.smm.io.JsonDepthLimit(reader, source));
		in.setLenient(true);
		try
		{
			switch (in.peek())
			{
			case BEGIN_ARRAY:
				array(in);
				break;
			case BEGIN_OBJECT:
				object(in);
				break;
			default:
				throw new FormatException(source + ": not GeoJSON (expected a FeatureCollection, a Feature or an array of features)");
			}
		}
		catch (final EOFException e)
		{
			throw new FormatException(source + ": truncated JSON (" + e.getMessage() + ")", e);
		}
		catch (final JsonParseException | IllegalStateException | NumberFormatException | com.google.gson.stream.MalformedJsonException e)
		{
			throw new FormatException(source + ": malformed JSON (" + e.getMessage() + ")", e);
		}
		catch (final java.nio.charset.CharacterCodingException e)
		{
			throw new FormatException(source + ": not UTF-8 text (" + e.getMessage() + ")", e);
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException(source + ": " + e.getMessage(), e);
		}
		return assemble();
	}

	private void array(final JsonReader in) throws IOException
	{
		in.beginArray();
		for (int i = 0; in.hasNext(); i++)
			features.add(Feature.parse(ELEMENT.read(in), source + ": features[" + i + "]"));
		in.endArray();
	}

	private void object(final JsonReader in) throws IOException
	{
		final JsonObject top = new JsonObject();
		in.beginObject();
		while (in.hasNext())
		{
			final String name = in.nextName();
			if (name.equals("features"))
			{
				if (in.peek() != JsonToken.BEGIN_ARRAY)
					throw new FormatException(source + ": \"features\" is not an array");
				array(in);
				top.addProperty("features", true);
			}
			else
				top.add(name, ELEMENT.read(in));
		}
		in.endObject();
		final String type = top.has("type") && top.get("type").isJsonPrimitive() ? top.get("type").getAsString() : "";
		if (type.equals("Feature"))
			features.add(Feature.parse(top, source + ": the feature"));
		else if (!type.equals("FeatureCollection") || !top.has("features"))
			throw new FormatException(source + ": not a GeoJSON FeatureCollection or Feature (\"type\": \"" + type + "\")");
	}

	/** Keeps detections and cells (or, without any, annotations), rasterised in feature order. */
	private GeoJsonObjects assemble()
	{
		final boolean anyDetection = features.stream().anyMatch(f -> DETECTIONS.contains(f.objectType));
		final List<Feature> kept = new ArrayList<>();
		final Set<String> classNames = new TreeSet<>();
		for (final Feature f : features)
		{
			final boolean wanted = anyDetection ? DETECTIONS.contains(f.objectType) : f.objectType.equals("annotation");
			if (!wanted)
				skip(f.objectType + " objects");
			else if (f.polygons().isEmpty())
				skip("features without a polygon (" + f.geometryType + ")");
			else
			{
				kept.add(f);
				if (f.className != null)
					classNames.add(f.className);
			}
		}
		final ClassNames classes = ClassNames.of(classNames);
		final List<Instance> instances = new ArrayList<>(kept.size());
		final List<String> names = new ArrayList<>(kept.size());
		int scoreless = 0;
		for (final Feature f : kept)
		{
			final RleMask mask = FeatureGeometry.mask(f.polygons(), f.where);
			if (mask.isEmpty())
				throw new FormatException(f.where + ": the polygon covers no pixel centre");
			if (Double.isNaN(f.score))
				scoreless++;
			instances.add(new Instance(instances.size() + 1, mask, Double.isNaN(f.score) ? 1 : f.score, classes.id(f.className), null, Instance.NO_TILE));
			names.add(f.name);
		}
		return new GeoJsonObjects(instances, names, classes, warnings(scoreless, kept.size()));
	}

	private void skip(final String what)
	{
		skipped.merge(what, 1, Integer::sum);
	}

	private List<String> warnings(final int scoreless, final int kept)
	{
		final List<String> out = new ArrayList<>();
		for (final Map.Entry<String, Integer> e : skipped.entrySet())
			out.add(String.format(Locale.ROOT, "%s: skipped %d %s", source, e.getValue(), e.getKey()));
		if (scoreless > 0)
			out.add(String.format(Locale.ROOT, "%s: %d of %d objects have no score measurement (score, Detection probability, probability, confidence): score 1 used", source, scoreless, kept));
		return out;
	}
}
