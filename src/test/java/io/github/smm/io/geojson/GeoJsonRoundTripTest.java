package io.github.smm.io.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/** Written objects read back to exactly the same pixels, classes and scores; the file is QuPath's schema. */
class GeoJsonRoundTripTest
{
	@Test
	void randomMasksWithHolesAndCornerTouchingPiecesReadBackExactly() throws Exception
	{
		final Random rnd = new Random(12);
		final List<Instance> objects = new ArrayList<>();
		for (int k = 0; k < 200; k++)
		{
			final RleMaskBuilder b = RleMask.builder();
			final int w = 1 + rnd.nextInt(12), h = 1 + rnd.nextInt(12), x0 = rnd.nextInt(500), y0 = rnd.nextInt(500);
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					if (rnd.nextDouble() < 0.6)
						b.addRun(y0 + y, x0 + x, x0 + x + 1);
			final RleMask m = b.build();
			if (!m.isEmpty())
				objects.add(new Instance(objects.size() + 1, m, Math.round(rnd.nextDouble() * 1000) / 1000.0, rnd.nextInt(3), null, Instance.NO_TILE));
		}
		final ClassNames classes = ClassNames.of(List.of("Stroma", "Tumor"));
		final StringWriter out = new StringWriter();
		final int[] members = new int[objects.size()];
		java.util.Arrays.fill(members, 2);
		GeoJson.write(out, objects, classes, members);
		final GeoJsonObjects back = GeoJson.read(new StringReader(out.toString()), "round.geojson");
		assertEquals(objects.size(), back.instances().size());
		for (int i = 0; i < objects.size(); i++)
		{
			final Instance a = objects.get(i), b = back.instances().get(i);
			assertEquals(a.mask(), b.mask(), "object " + a.id());
			assertEquals(a.score(), b.score());
			assertEquals(classes.name(a.classId()), back.classes().name(b.classId()));
		}
		final JsonObject first = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("features").get(0).getAsJsonObject();
		assertEquals("Feature", first.get("type").getAsString());
		final JsonObject p = first.getAsJsonObject("properties");
		assertEquals("detection", p.get("objectType").getAsString());
		assertTrue(p.getAsJsonObject("measurements").has("score") && p.getAsJsonObject("measurements").get("members").getAsInt() == 2);
		assertTrue(!first.getAsJsonObject("geometry").has("crs"), "no CRS member: pixel coordinates");
	}
}
