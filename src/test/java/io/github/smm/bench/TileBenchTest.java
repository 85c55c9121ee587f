package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.smm.tile.Overlap;
import io.github.smm.tile.TilePlan;

class TileBenchTest
{
	@Test
	void measuresWithinTheBudgetAndEndsWithJson()
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final int code = TileBench.run(new String[] { "--size", "2000", "--tile", "128", "--overlap", "16", "--cells-size", "600" }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		final String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
		final JsonObject json = JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject();
		final TilePlan plan = TilePlan.of(2000, 2000, 128, Overlap.pixels(16));
		assertEquals(plan.tileCount(), json.get("tiles").getAsInt());
		assertEquals(plan.tileCount(), json.get("tile_reads").getAsInt());
		assertEquals(plan.tileCount(), json.get("distinct_tiles").getAsInt());
		assertEquals(128 * 128, json.get("runner_peak_resident_px").getAsLong());
		assertEquals(plan.peakResidentPixels(), json.get("blend_peak_resident_px").getAsLong());
		assertTrue(json.get("within_budget").getAsBoolean());
		assertTrue(json.get("cells_peak_live").getAsInt() < json.get("cells_inputs").getAsInt());
		assertTrue(json.get("cells_outputs").getAsInt() > 200);
	}

	@Test
	void badArgumentsAreNamed()
	{
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		final PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
		assertEquals(2, TileBench.run(new String[] { "--tile", "big" }, System.out, e));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--tile: 'big'"), err.toString(StandardCharsets.UTF_8));
		assertEquals(2, TileBench.run(new String[] { "--colour", "1" }, System.out, e));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --colour"));
	}
}
