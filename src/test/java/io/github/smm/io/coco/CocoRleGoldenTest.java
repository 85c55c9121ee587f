package io.github.smm.io.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.smm.model.RleMask;
import io.github.smm.testutil.SharedData;

/** Golden vectors made with pycocotools 2.0.11: RLE strings, counts, areas, boxes, polygons. */
class CocoRleGoldenTest
{
	private static JsonObject cases() throws IOException
	{
		try (Reader r = Files.newBufferedReader(SharedData.require("coco_golden/rle_cases.json")))
		{
			return JsonParser.parseReader(r).getAsJsonObject();
		}
	}

	private static long[] longs(final JsonArray a)
	{
		final long[] out = new long[a.size()];
		for (int i = 0; i < out.length; i++)
			out[i] = a.get(i).getAsLong();
		return out;
	}

	private static double[] doubles(final JsonArray a)
	{
		final double[] out = new double[a.size()];
		for (int i = 0; i < out.length; i++)
			out[i] = a.get(i).getAsDouble();
		return out;
	}

	@Test
	void masksEncodeByteForByteAsPycocotools() throws IOException
	{
		final JsonArray masks = cases().getAsJsonArray("masks");
		assertEquals(30, masks.size());
		int i = 0;
		for (final JsonElement e : masks)
		{
			final JsonObject c = e.getAsJsonObject();
			final String name = "mask " + i++ + " (" + c.get("kind").getAsString() + ")";
			final int h = c.get("h").getAsInt(), w = c.get("w").getAsInt();
			final long[] counts = longs(c.getAsJsonArray("uncompressed_counts"));
			final String compressed = c.get("counts").getAsString();
			final RleMask mask = CocoRle.decode(counts, h, w);
			assertArrayEquals(counts, CocoRle.counts(mask, h, w), name + ": counts");
			assertEquals(compressed, CocoRle.encode(mask, h, w), name + ": compressed string");
			assertEquals(compressed, CocoRle.compress(counts), name + ": compress");
			assertArrayEquals(counts, CocoRle.decompress(compressed), name + ": decompress");
			assertEquals(mask, CocoRle.decode(compressed, h, w), name + ": decode string");
			assertEquals(c.get("area").getAsLong(), mask.area(), name + ": area");
			assertEquals(c.get("area").getAsLong(), CocoRle.area(counts), name + ": area of counts");
			assertArrayEquals(doubles(c.getAsJsonArray("bbox")), CocoRle.bbox(mask), name + ": bbox");
			assertArrayEquals(doubles(c.getAsJsonArray("bbox")), CocoRle.bbox(counts, h, w), name + ": bbox of counts");
		}
	}

	@Test
	void polygonsRasteriseAsPycocotools() throws IOException
	{
		final JsonArray polygons = cases().getAsJsonArray("polygons");
		assertEquals(20, polygons.size());
		int i = 0;
		for (final JsonElement e : polygons)
		{
			final JsonObject c = e.getAsJsonObject();
			final String name = "polygon case " + i++;
			final int h = c.get("h").getAsInt(), w = c.get("w").getAsInt();
			final double[] xy = doubles(c.getAsJsonArray("polygon"));
			final long[] counts = CocoPolygons.counts(Collections.singletonList(xy), h, w);
			assertEquals(c.get("counts").getAsString(), CocoRle.compress(counts), name + ": compressed string");
			final RleMask mask = CocoPolygons.rasterize(Collections.singletonList(xy), h, w);
			assertEquals(c.get("area").getAsLong(), mask.area(), name + ": area");
			assertArrayEquals(doubles(c.getAsJsonArray("bbox")), CocoRle.bbox(mask), name + ": bbox");
			assertEquals(mask, CocoRle.decode(c.get("counts").getAsString(), h, w), name + ": mask");
		}
	}
}
