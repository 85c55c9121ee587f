package io.github.smm.io.geojson;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import io.github.smm.io.CategoricalColors;
import io.github.smm.model.Instance;

/**
 * Writes objects as a QuPath FeatureCollection: one Feature per object with its exact outline
 * (Polygon or MultiPolygon along pixel edges, holes kept), {@code objectType},
 * {@code classification} (name and colour; none for class 0) and {@code measurements}
 * ({@code score}, {@code cluster_id}, and {@code members} when known).
 */
final class FeatureCollectionWriter
{
	private final ClassNames classes;
	private final String objectType;

	FeatureCollectionWriter(final ClassNames classes, final String objectType)
	{
		this.classes = classes;
		this.objectType = objectType;
	}

	/** @param members the number of inputs merged into each object, or {@code null} */
	void write(final Writer writer, final List<Instance> objects, final int[] members) throws IOException
	{
		final JsonWriter out = new JsonWriter(writer);
		out.beginObject();
		out.name("type").value("FeatureCollection");
		out.name("features").beginArray();
		for (int i = 0; i < objects.size(); i++)
			feature(out, objects.get(i), members == null ? -1 : members[i]);
		out.endArray();
		out.endObject();
		out.flush();
	}

	private void feature(final JsonWriter out, final Instance o, final int members) throws IOException
	{
		out.beginObject();
		out.name("type").value("Feature");
		out.name("geometry").jsonValue(FeatureGeometry.outline(o.mask()));
		out.name("properties").beginObject();
		out.name("objectType").value(objectType);
		final String name = classes.name(o.classId());
		if (name != null)
		{
			final int c = CategoricalColors.of(o.classId());
			out.name("classification").beginObject().name("name").value(name);
			out.name("color").beginArray().value(c >> 16 & 0xff).value(c >> 8 & 0xff).value(c & 0xff).endArray().endObject();
		}
		out.name("measurements").beginObject();
		out.name("score").value(o.score());
		out.name("cluster_id").value(o.id());
		if (members >= 0)
			out.name("members").value(members);
		out.endObject();
		out.endObject();
		out.endObject();
	}
}
