package io.github.smm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

class ReferenceJsonTest
{
	static Path resource(final String name) throws URISyntaxException
	{
		return Paths.get(ReferenceJsonTest.class.getResource("reference/" + name).toURI());
	}

	@Test
	void goldenSingleRecord() throws IOException, URISyntaxException
	{
		final List<ReferencePrediction> got = ReferenceJson.read(resource("single.json"));
		assertEquals(1, got.size());
		final ReferencePrediction p = got.get(0);
		assertEquals("tile_0.png", p.imageName());
		assertEquals(Map.of(1, "nucleus", 2, "debris"), p.classNames());
		final List<Instance> in = p.instances();
		assertEquals(4, in.size());
		// polygon on pixel edges: exactly its pixels
		assertEquals(0, in.get(0).id());
		assertEquals(RleMask.rectangle(new Box(2, 3, 6, 5)), in.get(0).mask());
		assertEquals(0.875, in.get(0).score());
		assertEquals(1, in.get(0).classId());
		assertEquals(null, in.get(0).window());
		assertEquals(Instance.NO_TILE, in.get(0).tile());
		// two polygons: their union
		assertEquals(Masks.union(RleMask.rectangle(new Box(10, 10, 13, 12)), RleMask.rectangle(new Box(20, 20, 21, 21))), in.get(1).mask());
		// no segmentation: the inclusive bbox floor(x1)..floor(x2), floor(y1)..floor(y2)
		assertEquals(RleMask.rectangle(new Box(0, 7, 3, 9)), in.get(2).mask());
		assertEquals(2, in.get(2).classId());
		assertEquals(1.0, in.get(2).score());
		// triangle through pixel centres: centres on its left and top edges are in, those on the
		// hypotenuse x + y = 4 (a right edge) are out
		final RleMask tri = in.get(3).mask();
		assertEquals(PolygonRasterizer.fill(new double[] { 0.5, 0.5, 3.5, 0.5, 0.5, 3.5 }), tri);
		assertTrue(tri.contains(0, 0) && tri.contains(1, 0) && tri.contains(0, 1) && tri.contains(1, 1));
		assertEquals(6, tri.area(), "rows 0..2 hold 3, 2, 1 pixels");
	}

	@Test
	void listOfRecords() throws IOException, URISyntaxException
	{
		final List<ReferencePrediction> got = ReferenceJson.read(resource("list.json"));
		assertEquals(3, got.size());
		assertEquals("a.png", got.get(0).imageName());
		assertEquals(RleMask.rectangle(new Box(0, 0, 2, 2)), got.get(0).instances().get(0).mask());
		assertEquals(0, got.get(1).instances().size());
		assertEquals("", got.get(2).imageName());
		assertEquals(RleMask.rectangle(new Box(5, 5, 6, 6)), got.get(2).instances().get(0).mask(), "empty segmentation: the bbox pixel");
	}

	private static FormatException failure(final String json)
	{
		return assertThrows(FormatException.class, () -> ReferenceJson.read(new StringReader(json), "pred.json"));
	}

	private static String annotation(final String fields)
	{
		return "{\"image_name\": \"x\", \"annotations\": [" + GOOD + ", {" + fields + "}]}";
	}

	private static final String GOOD = "{\"type\": \"c\", \"class_id\": 0, \"confidence\": 0.5, \"bbox\": [0, 0, 1, 1], \"segmentation\": [[[0, 0], [1, 0], [1, 1]]]}";

	private static final String SEG = "\"segmentation\": [[[0, 0], [4, 0], [4, 4]]]";

	@Test
	void malformedAnnotationsNameFileAndIndex()
	{
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"confidence\": 0.5, \"bbox\": [0, 0, 1, 1], \"segmentation\": [[[0, 0], [4, 0]]]")), "annotation 1", "polygon 0 has 2 points");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"confidence\": NaN, \"bbox\": [0, 0, 1, 1], " + SEG)), "annotation 1", "confidence NaN");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"confidence\": 1.5, \"bbox\": [0, 0, 1, 1], " + SEG)), "annotation 1", "confidence 1.5 is not in [0, 1]");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"confidence\": -0.1, \"bbox\": [0, 0, 1, 1], " + SEG)), "annotation 1", "not in [0, 1]");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"bbox\": [0, 0, 1, 1], " + SEG)), "annotation 1", "missing \"confidence\"");
		assertMessage(failure(annotation("\"class_id\": 0, \"confidence\": 0.5, \"bbox\": [0, 0, 1, 1], " + SEG)), "annotation 1", "missing \"type\"");
		assertMessage(failure(annotation("\"type\": \"c\", \"confidence\": 0.5, \"bbox\": [0, 0, 1, 1], " + SEG)), "annotation 1", "missing \"class_id\"");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"confidence\": 0.5, " + SEG)), "annotation 1", "missing \"bbox\"");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 1.5, \"confidence\": 0.5, \"bbox\": [0, 0, 1, 1], " + SEG)), "annotation 1", "class_id must be an integer");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"confidence\": \"high\", \"bbox\": [0, 0, 1, 1], " + SEG)), "annotation 1", "confidence must be a number");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"confidence\": 0.5, \"bbox\": [3, 0, 1, 1], " + SEG)), "annotation 1", "x1 <= x2");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"confidence\": 0.5, \"bbox\": [0, 0, 1], " + SEG)), "annotation 1", "bbox must be a list of 4 numbers");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"confidence\": 0.5, \"bbox\": [0, 0, 1, 1], \"segmentation\": [[[0, 0], [4, 0], [4]]]")), "annotation 1", "polygon 0, point 2");
		assertMessage(failure(annotation("\"type\": \"c\", \"class_id\": 0, \"confidence\": 0.5, \"bbox\": [0, 0, 1, 1], \"segmentation\": [[[0, 0], [4, 0], [8, 0]]]")), "annotation 1", "covers no pixel centre");
		assertMessage(failure(annotation("\"type\": \"other\", \"class_id\": 0, \"confidence\": 0.5, \"bbox\": [0, 0, 1, 1], " + SEG)), "annotation 1", "class_id 0 has type 'other'");
	}

	@Test
	void malformedFilesAreNamed()
	{
		assertMessage(failure("{\"image_name\": \"x\"}"), "pred.json", "missing \"annotations\"");
		assertMessage(failure("[{\"annotations\": []}, 3]"), "pred.json, record 1", "not an object");
		assertMessage(failure("{\"annotations\": [3]}"), "annotation 0", "not an object");
		assertMessage(failure("{\"annotations\": [{"), "pred.json", "not valid JSON");
		assertMessage(failure("42"), "pred.json", "expected an object");
	}

	private static void assertMessage(final FormatException e, final String... parts)
	{
		assertTrue(e.getMessage().startsWith("pred.json"), e.getMessage());
		for (final String p : parts)
			assertTrue(e.getMessage().contains(p), "'" + p + "' not in: " + e.getMessage());
	}
}
