package io.github.smm.io.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.smm.io.FormatException;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;
import io.github.smm.testutil.Golden;

/**
 * {@code golden/qupath_detections.geojson}, written by hand from QuPath's GeoJSON schema (its
 * PathObject type adapter): a FeatureCollection with a parent annotation, detections (polygon,
 * multipolygon, polygon with a hole, non-integer vertices), a cell with a nucleus geometry and a
 * derived class in QuPath 0.2's measurement list, a detection with a {@code NaN} measurement and
 * no score, a tile and a point.
 */
class GeoJsonGoldenTest
{
	static RleMask rect(final long x0, final long y0, final long x1, final long y1)
	{
		return RleMask.rectangle(new Box(x0, y0, x1, y1));
	}

	@Test
	void qupathExportReadsDetectionsWithClassesScoresAndHoles()
	{
		final GeoJsonObjects g = GeoJson.read(Golden.file("qupath_detections.geojson"));
		final List<Instance> in = g.instances();
		assertEquals(6, in.size(), "5 detections and a cell; the annotation, the tile and the point are skipped");
		assertEquals(Map.of(1, "Stroma", 2, "Tumor", 3, "Tumor: Positive"), g.classes().names(), "names sorted: ids do not depend on feature order");
		assertEquals(rect(10, 10, 20, 18), in.get(0).mask(), "pixel-corner polygon: exactly its pixels");
		assertEquals(0.91, in.get(0).score(), "Detection probability is the score");
		assertEquals(2, in.get(0).classId());
		assertEquals(Masks.union(rect(2, 20, 6, 24), rect(6, 24, 8, 26)), in.get(1).mask(), "a multipolygon is one object");
		assertEquals(1, in.get(1).classId());
		assertEquals(Masks.subtract(rect(30, 2, 40, 12), rect(33, 5, 37, 9)), in.get(2).mask(), "holes stay holes");
		assertEquals(0.77, in.get(2).score());
		assertEquals(rect(44, 14, 52, 22), in.get(3).mask(), "a cell is its outer geometry");
		assertEquals(3, in.get(3).classId(), "derived class names are joined by ': '");
		assertEquals(0.5, in.get(3).score(), "QuPath 0.2's measurement list");
		assertEquals(0, in.get(4).classId(), "unclassified");
		assertEquals(1.0, in.get(4).score(), "no score: 1, with a warning");
		final RleMaskBuilder tri = RleMask.builder();
		final long[][] rows = { { 2, 50, 55 }, { 3, 51, 60 }, { 4, 51, 59 }, { 5, 52, 58 }, { 6, 53, 57 }, { 7, 53, 56 }, { 8, 54, 55 } };
		for (final long[] r : rows)
			tri.addRun(r[0], r[1], r[2]);
		assertEquals(tri.build(), in.get(5).mask(), "non-integer vertices: the pixels whose centres are inside");
		assertEquals("x48_y0 triangle", g.names().get(5));
		assertEquals("2b7f9a10-4c3d-4e5f-8a6b-7c8d9e0f1a02", g.names().get(0), "without a name, the feature id");
		for (int i = 0; i < in.size(); i++)
			assertEquals(i + 1, in.get(i).id());
		final String w = String.join("\n", g.warnings());
		assertTrue(w.contains("skipped 1 annotation objects") && w.contains("skipped 1 tile objects") && w.contains("skipped 1 features without a polygon (Point)"), w);
		assertTrue(w.contains("1 of 6 objects have no score measurement"), w);
	}

	@Test
	void annotationsAreTheObjectsWhenThereIsNoDetection()
	{
		final String json = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[1,1],[3,1],[3,3],[1,3],[1,1]]]},"
				+ " \"properties\": {\"classification\": {\"name\": \"Tumor\"}}}]}";
		final GeoJsonObjects g = GeoJson.read(new StringReader(json), "a.geojson");
		assertEquals(1, g.instances().size());
		assertEquals(4, g.instances().get(0).area());
		final GeoJsonObjects bare = GeoJson.read(new StringReader("[" + json.substring(json.indexOf("{\"type\": \"Feature\""), json.length() - 2) + "]"), "b.geojson");
		assertEquals(1, bare.instances().size(), "QuPath's export without FEATURE_COLLECTION: an array of features");
	}

	@Test
	void badFeaturesAreNamed()
	{
		final String head = "{\"type\": \"FeatureCollection\", \"features\": [";
		final String ok = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[1,1],[3,1],[3,3],[1,3],[1,1]]]}, \"properties\": {\"objectType\": \"detection\"}}";
		final String score = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[1,1],[3,1],[3,3],[1,3],[1,1]]]}, \"properties\": {\"objectType\": \"detection\", \"measurements\": {\"score\": 3}}}";
		assertEquals("bad.geojson: features[1]: measurement 'score' = 3.0 is not a score in [0, 1]",
				assertThrows(FormatException.class, () -> GeoJson.read(new StringReader(head + ok + ", " + score + "]}"), "bad.geojson")).getMessage());
		final String sliver = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[1,1],[1.2,1],[1.2,3],[1,3],[1,1]]]}, \"properties\": {\"objectType\": \"detection\"}}";
		assertEquals("bad.geojson: features[1]: the polygon covers no pixel centre",
				assertThrows(FormatException.class, () -> GeoJson.read(new StringReader(head + ok + ", " + sliver + "]}"), "bad.geojson")).getMessage());
		final String broken = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[1,1],[3,1]]]}, \"properties\": {\"objectType\": \"detection\"}}";
		assertTrue(assertThrows(FormatException.class, () -> GeoJson.read(new StringReader(head + broken + "]}"), "bad.geojson")).getMessage().startsWith("bad.geojson: features[0]: "));
		assertTrue(assertThrows(FormatException.class, () -> GeoJson.read(new StringReader(head + ok), "cut.geojson")).getMessage().startsWith("cut.geojson: "));
		assertTrue(assertThrows(FormatException.class, () -> GeoJson.read(new StringReader("{\"type\": \"Topology\"}"), "t.geojson")).getMessage().contains("not a GeoJSON FeatureCollection"));
		assertNull(ClassNames.none().name(0));
	}
}
