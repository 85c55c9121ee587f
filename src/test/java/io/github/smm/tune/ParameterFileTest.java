package io.github.smm.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.InvalidOptionException;
import io.github.smm.Method;
import io.github.smm.MergeOptions;
import io.github.smm.fuse.ScoreAggregation;
import io.github.smm.graph.OverlapMeasure;

/** Parameter files round-trip every merge value; bad files fail naming the file and the key. */
class ParameterFileTest
{
	@Test
	void roundTripsEveryMergeValue(@TempDir final Path dir) throws IOException
	{
		final MergeOptions o = MergeOptions.defaults().withMethod(Method.SMM_GREEDY).withTauD(7.25).withRho(12).withBetas(0.1, 2.345678901, 0.3).withLambda(1.5)
				.withGamma(0.123456789).withChainCost(0.25).withTauI(0.7).withOverlapMeasure(OverlapMeasure.IOS).withScoreAggregation(ScoreAggregation.MAX).withClassAgnostic(true)
				.withResolveOverlaps(true).withThreads(3);
		final Path f = dir.resolve("best.json");
		ParameterFile.write(f, o, null);
		final Map<String, String> written = MergeKeys.values(o), read = MergeKeys.values(ParameterFile.read(f));
		for (final String key : ParameterFile.keys())
			assertEquals(written.get(key), read.get(key), key);
		assertEquals(List.of("method", "tau_d", "tau_i", "rho", "beta1", "beta2", "beta3", "lambda", "gamma", "chain_cost", "overlap_measure", "score_aggregation", "fusion", "class_agnostic",
				"resolve_overlaps"), ParameterFile.keys());
		final String text = Files.readString(f);
		assertTrue(text.contains("\"format\": \"smm-merge-parameters\""), text);
		assertTrue(!text.contains("threads"), "run settings stay out: " + text);
	}

	@Test
	void aFileMayHoldSomeKeysAndTakesNumbersTextsAndBooleans(@TempDir final Path dir) throws IOException
	{
		final Path f = dir.resolve("some.json");
		Files.writeString(f, "{\"parameters\": {\"gamma\": 0.8, \"overlap_measure\": \"iou\", \"resolve_overlaps\": true, \"beta2\": \"2\"}}");
		final MergeOptions o = ParameterFile.read(f);
		assertEquals(0.8, o.gamma());
		assertEquals(OverlapMeasure.IOU, o.overlapMeasure());
		assertTrue(o.resolveOverlaps());
		assertEquals(2, o.beta2());
		assertEquals(MergeOptions.defaults().tauD(), o.tauD(), "keys not in the file keep the defaults");
	}

	@Test
	void badFilesFailNamingTheFileAndTheKey(@TempDir final Path dir) throws IOException
	{
		assertKeyError(dir, "{\"parameters\": {\"gamma\": 0.5, \"gama\": 1}}", "gama", "unknown key");
		assertKeyError(dir, "{\"parameters\": {\"tau_d\": -3}}", "tau_d", "> 0");
		assertKeyError(dir, "{\"parameters\": {\"tau_i\": 3}}", "tau_i", "tau_i");
		assertKeyError(dir, "{\"parameters\": {\"overlap_measure\": \"dice\"}}", "overlap_measure", "dice");
		assertKeyError(dir, "{\"parameters\": {\"threads\": 4}}", "threads", "how to run");
		assertKeyError(dir, "{\"parameters\": {\"beta1\": [1, 2]}}", "beta1", "number, text or true/false");
		final Path notJson = dir.resolve("broken.json");
		Files.writeString(notJson, "{\"parameters\": {");
		assertTrue(assertThrows(IOException.class, () -> ParameterFile.read(notJson)).getMessage().contains("broken.json"));
		final Path other = dir.resolve("other.json");
		Files.writeString(other, "{\"images\": []}");
		assertTrue(assertThrows(IOException.class, () -> ParameterFile.read(other)).getMessage().contains("no \"parameters\""));
	}

	private static void assertKeyError(final Path dir, final String json, final String key, final String text) throws IOException
	{
		final Path f = dir.resolve("bad_" + key + ".json");
		Files.writeString(f, json);
		final InvalidOptionException e = assertThrows(InvalidOptionException.class, () -> ParameterFile.read(f), json);
		assertEquals(key, e.option(), e.getMessage());
		assertTrue(e.getMessage().contains(f.getFileName().toString()) && e.getMessage().contains(text), e.getMessage());
	}

	@Test
	void trialsCsvHasOneRowPerTrialOfEveryRun()
	{
		final TuningReport r = MergeTuning.run(TpeVsGridTest.scenes(), TuningOptions.defaults().withTrials(6).withFolds(3).withTune("gamma,overlap_measure").withThreads(2),
				TuneListener.NONE, () -> false);
		final List<String> rows = TrialsCsv.rows(r);
		assertEquals("run,trial,pq,f1,splits,merges,gamma,overlap_measure", rows.get(0));
		assertEquals(1 + 6 * 4, rows.size());
		assertTrue(rows.get(1).startsWith("all,0,"), rows.get(1));
		assertTrue(rows.get(rows.size() - 1).startsWith("fold3,5,"), rows.get(rows.size() - 1));
	}
}
