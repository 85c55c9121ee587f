package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.smm.model.Instance;
import io.github.smm.testutil.SharedData;

/** The model scene on the real U-Net tile predictions of {@code ../shared/data/model_tilepred}. */
class ModelSceneBenchTest
{
	private static final String DIR = "model_tilepred/";

	@Test
	void everyPredictionGetsAWindowOfTheGridThatHoldsIt()
	{
		final Path predictions = SharedData.require(DIR + "dsb_mosaic_A_unet_ws_ov64.json");
		final ModelPredictions m = ModelPredictions.read(predictions, SharedData.require(DIR + "dsb_mosaic_A_images.json"), 512, 0.125);
		assertEquals(4914, m.instances().size());
		assertEquals(10 * 7, m.windows().size());
		int previous = 0;
		for (final Instance i : m.instances())
		{
			assertTrue(i.window().contains(i.box()));
			assertEquals(m.windows().get(i.tile()), i.window());
			assertTrue(i.tile() >= previous, "tiles follow the file order");
			previous = i.tile();
		}
		assertEquals(m.windows().size() - 1, previous);
	}

	@Test
	void benchReportsComponentsQualityAndColdWarmAsJson()
	{
		final String[] args = { "--scene", "model", "--predictions", SharedData.require(DIR + "dsb_mosaic_A_unet_cc_ov64.json").toString(), "--images",
				SharedData.require(DIR + "dsb_mosaic_A_images.json").toString(), "--truth", SharedData.require(DIR + "dsb_mosaic_A_gt.json").toString(), "--overlap",
				"0.125", "--method", "smm-greedy", "--repeat", "2", "--overlap-measure", "ios" };
		final ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
		final int status = Bench.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
		assertEquals(0, status, e.toString(StandardCharsets.UTF_8));
		final String[] lines = o.toString(StandardCharsets.UTF_8).trim().split("\n");
		final JsonObject j = JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject();
		assertEquals("model", j.get("scene").getAsString());
		assertEquals("ios", j.get("overlap_measure").getAsString());
		assertEquals(4176, j.get("width").getAsInt());
		assertEquals(3487, j.get("predictions").getAsInt());
		assertEquals(3615, j.get("truth_objects").getAsInt());
		for (final String key : new String[] { "component_sizes", "component_solver_seconds", "largest_component", "proven_optimal_share", "total_gap", "f1", "pq",
				"cold_merge_seconds", "warm_merge_seconds", "load_average_start" })
			assertTrue(j.has(key), "JSON lacks " + key);
		int sum = 0;
		for (final String size : j.getAsJsonObject("component_sizes").keySet())
			sum += j.getAsJsonObject("component_sizes").get(size).getAsInt();
		assertEquals(j.get("components").getAsInt(), sum);
		// the U-Net on this mosaic: more than half of the nuclei found, not all
		assertTrue(j.get("f1").getAsDouble() > 0.5 && j.get("f1").getAsDouble() < 0.9, j.toString());
	}
}
