package io.github.smm.eval.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.testutil.SharedData;

/**
 * Every number of pycocotools 2.0.11's {@code COCOeval(iouType="segm")} on the golden files:
 * the 12 stats for maxDets [1,10,100] and [1,10,1000], with and without categories, and the mean
 * precision per IoU threshold.
 */
class CocoEvaluatorGoldenTest
{
	private static final double TOLERANCE = 1e-9;

	private static CocoDataset gt;
	private static List<CocoAnnotation> dt;
	private static JsonObject expected;

	@BeforeAll
	static void read() throws IOException
	{
		SharedData.require("coco_golden/expected_eval.json");
		gt = CocoJson.read(SharedData.require("coco_golden/gt.json"));
		dt = CocoJson.readResults(SharedData.require("coco_golden/dt.json"), gt);
		try (Reader r = Files.newBufferedReader(SharedData.require("coco_golden/expected_eval.json")))
		{
			expected = JsonParser.parseReader(r).getAsJsonObject();
		}
	}

	@Test
	void maxDets1_10_100()
	{
		check("maxDets_1_10_100", 1, 10, 100);
	}

	@Test
	void maxDets1_10_1000()
	{
		check("maxDets_1_10_1000", 1, 10, 1000);
	}

	private static void check(final String key, final int... caps)
	{
		final JsonObject e = expected.getAsJsonObject(key);
		final CocoEvalParams params = CocoEvalParams.pycocotools().withMaxDets(caps);
		final CocoEvalResult result = CocoEvaluator.evaluate(gt, dt, params);
		assertNumbers(e.getAsJsonArray("stats"), result.summary().stats(), key + " stats");
		final JsonArray perIou = e.getAsJsonArray("precision_mean_per_iou");
		final double[] thresholds = params.iouThresholds();
		for (int t = 0; t < thresholds.length; t++)
			assertEquals(perIou.get(t).getAsDouble(), result.averagePrecision(thresholds[t], "all", caps[2]), TOLERANCE, key + " precision at IoU " + thresholds[t]);
		final CocoEvalResult agnostic = CocoEvaluator.evaluate(gt, dt, params.withUseCategories(false));
		assertNumbers(e.getAsJsonArray("stats_class_agnostic"), agnostic.summary().stats(), key + " class-agnostic stats");
	}

	private static void assertNumbers(final JsonArray expected, final double[] actual, final String what)
	{
		assertEquals(expected.size(), actual.length, what);
		for (int i = 0; i < actual.length; i++)
			assertEquals(expected.get(i).getAsDouble(), actual[i], TOLERANCE, what + " [" + i + "] " + CocoSummary.NAMES.get(i));
	}

	@Test
	void uncappedDefaultsAgreeWithTheLargestCap()
	{
		final CocoSummary capped = CocoEvaluator.evaluate(gt, dt, CocoEvalParams.pycocotools().withMaxDets(1, 10, 1000)).summary();
		final CocoSummary uncapped = CocoEvaluator.evaluate(gt, dt, CocoEvalParams.defaults()).summary();
		// no image has more than 1000 detections, so the largest cap changes nothing
		assertEquals(capped.ap(), uncapped.ap(), 0);
		assertEquals(capped.stats()[1], uncapped.ap50(), 0);
		assertEquals(-1, uncapped.stats()[0], 0, "pycocotools asks for maxDets=100 in stats[0]");
	}
}
