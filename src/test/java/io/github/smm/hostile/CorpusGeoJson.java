package io.github.smm.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.github.smm.io.geojson.GeoJson;

/** Hostile QuPath GeoJSON: wrong structure, bad geometries, bad coordinates and measurements. */
final class CorpusGeoJson
{
	private CorpusGeoJson()
	{}

	static String feature(final String geometry, final String properties)
	{
		return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":" + properties + "}";
	}

	static String square(final int x, final int y, final int s)
	{
		return "{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],[" + (x + s) + "," + y + "],[" + (x + s) + "," + (y + s) + "],[" + x + "," + (y + s) + "],[" + x + "," + y + "]]]}";
	}

	static String collection(final String... features)
	{
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	private static final String DETECTION = "{\"objectType\":\"detection\"}";

	private static Object[][] broken()
	{
		final String ok = feature(square(2, 2, 8), DETECTION);
		return new Object[][] {
				{ "empty file", "" },
				{ "truncated", collection(ok, ok).substring(0, 60) },
				{ "not GeoJSON", "{\"images\":[]}" },
				{ "features not an array", "{\"type\":\"FeatureCollection\",\"features\":7}" },
				{ "geometry missing", collection(ok, "{\"type\":\"Feature\",\"properties\":" + DETECTION + "}") },
				{ "geometry type unknown", collection(ok, feature("{\"type\":\"Blob\",\"coordinates\":[]}", DETECTION)) },
				{ "coordinates missing", collection(ok, feature("{\"type\":\"Polygon\"}", DETECTION)) },
				{ "coordinates a string", collection(ok, feature("{\"type\":\"Polygon\",\"coordinates\":\"abc\"}", DETECTION)) },
				{ "coordinate NaN", collection(ok, feature("{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[NaN,1],[5,5],[1,1]]]}", DETECTION)) },
				{ "coordinate 1e300", collection(ok, feature("{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[1e300,1],[5,5],[1,1]]]}", DETECTION)) },
				{ "ring of two points", collection(ok, feature("{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[5,5]]]}", DETECTION)) },
				{ "a point is one number", collection(ok, feature("{\"type\":\"Polygon\",\"coordinates\":[[[1],[5,5],[5,1],[1]]]}", DETECTION)) },
				{ "nested 100000 deep", "{\"type\":\"FeatureCollection\",\"features\":" + "[".repeat(100000) + "]".repeat(100000) + "}" },
				{ "score not a number", collection(ok, feature(square(20, 20, 4), "{\"objectType\":\"detection\",\"measurements\":{\"score\":\"high\"}}")) },
				{ "score negative", collection(ok, feature(square(20, 20, 4), "{\"objectType\":\"detection\",\"measurements\":{\"score\":-2}}")) },
				{ "properties an array", collection(ok, feature(square(20, 20, 4), "[1,2]")) },
				{ "zero-area polygon", collection(ok, feature("{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[5,1],[9,1],[1,1]]]}", DETECTION)) } };
	}

	static void add(final List<HostileCase> cases)
	{
		for (final Object[] c : broken())
		{
			final String name = (String) c[0];
			cases.add(HostileCase.error(name, "Merge GeoJSON", "input={dir}/bad.geojson,output_geojson={dir}/out.geojson", "bad.geojson").file("bad.geojson", CorpusCoco.text((String) c[1])));
			cases.add(HostileCase.error(name, "Evaluate Segmentation", "prediction={dir}/bad.geojson,ground_truth={dir}/gt.geojson", "bad.geojson")
					.file("bad.geojson", CorpusCoco.text((String) c[1])).file("gt.geojson", CorpusCoco.text(collection(feature(square(2, 2, 8), DETECTION)))));
		}
		final String ok = feature(square(2, 2, 8), DETECTION);
		final String[][] lenient = { { "geometry null", collection(ok, feature("null", DETECTION)) },
				{ "a point geometry", collection(ok, feature("{\"type\":\"Point\",\"coordinates\":[3,3]}", DETECTION)) },
				{ "an empty MultiPolygon", collection(ok, feature("{\"type\":\"MultiPolygon\",\"coordinates\":[]}", DETECTION)) },
				{ "an annotation beside detections", collection(ok, feature(square(20, 20, 4), "{\"objectType\":\"annotation\"}")) },
				{ "coordinates 1e8 (no image: no bounds)", collection(ok, feature(square(100_000_000, 100_000_000, 5), DETECTION)) } };
		for (final String[] l : lenient)
		{
			// skipped features are said in the log; the rest is merged and scored
			final int objects = l[0].startsWith("coordinates") ? 2 : 1;
			cases.add(HostileCase.valid(l[0], "Merge GeoJSON", "input={dir}/in.geojson,output_geojson={dir}/out.geojson",
					(d, s) -> assertEquals(objects, GeoJson.read(d.resolve("out.geojson")).instances().size(), s)).file("in.geojson", CorpusCoco.text(l[1])));
			cases.add(HostileCase.valid(l[0], "Evaluate Segmentation", "prediction={dir}/in.geojson,ground_truth={dir}/gt.geojson",
					(d, s) -> org.junit.jupiter.api.Assertions.assertTrue(s.contains("TP 1, FP " + (objects - 1) + ", FN 0"), s))
					.file("in.geojson", CorpusCoco.text(l[1])).file("gt.geojson", CorpusCoco.text(collection(ok))));
		}
		final String valid = collection(feature(square(2, 2, 8), DETECTION), feature(square(4, 2, 8), DETECTION), feature(square(20, 20, 5), DETECTION));
		cases.add(HostileCase.valid("valid", "Merge GeoJSON", "input={dir}/in.geojson,output_geojson={dir}/out.geojson,overlap_measure=ios",
				(d, s) -> assertEquals(2, GeoJson.read(d.resolve("out.geojson")).instances().size(), s)).file("in.geojson", CorpusCoco.text(valid)));
		cases.add(HostileCase.valid("empty collection", "Merge GeoJSON", "input={dir}/in.geojson,output_geojson={dir}/out.geojson",
				(d, s) -> assertEquals(0, GeoJson.read(d.resolve("out.geojson")).instances().size(), s)).file("in.geojson", CorpusCoco.text(collection())));
		cases.add(HostileCase.valid("BOM and unknown keys", "Merge GeoJSON", "input={dir}/in.geojson,output_geojson={dir}/out.geojson,overlap_measure=ios",
				(d, s) -> assertEquals(2, GeoJson.read(d.resolve("out.geojson")).instances().size(), s))
				.file("in.geojson", CorpusCoco.text("\uFEFF" + valid.replace("\"features\"", "\"bbox\":[0,0,1,1],\"crs\":{},\"features\""))));
	}
}
