package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.smm.Method;
import io.github.smm.Preset;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

class BenchTest
{
	/** Output and exit status of one command line. */
	private static final class Run
	{
		final int status;
		final String out, err;

		/** With {@code engine}, or the merge facade when it is {@code null}. */
		Run(final MergeEngine engine, final String... args)
		{
			final ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
			final PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8), pe = new PrintStream(e, true, StandardCharsets.UTF_8);
			status = engine == null ? Bench.run(args, po, pe) : Bench.run(args, po, pe, engine);
			out = o.toString(StandardCharsets.UTF_8);
			err = e.toString(StandardCharsets.UTF_8);
		}

		JsonObject json()
		{
			final String[] lines = out.trim().split("\n");
			return JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject();
		}
	}

	/** The perfect merge: the union of each truth object's predictions (ids map to truth by regenerating the scene). */
	private static MergeEngine oracle(final BenchOptions o)
	{
		final TruthScene truth = o.scene().generate(o.size(), o.seed());
		final Predictions p = TilePredictor.predict(truth, SlicePlan.windows(o.size(), o.tile(), o.overlap()), o.perturbation(), o.seed());
		return (instances, options) -> {
			final Map<Integer, List<RleMask>> byTruth = new TreeMap<>();
			for (final Instance i : instances)
				byTruth.computeIfAbsent(p.truthOf((int) i.id() - 1), k -> new ArrayList<>()).add(i.mask());
			final List<Instance> merged = new ArrayList<>();
			byTruth.forEach((k, masks) -> merged.add(new Instance(k + 1, Masks.union(masks), 1)));
			return new MergeOutcome(merged, 0, merged.size(), merged.size(), 0.001 * merged.size());
		};
	}

	/** No merging at all: every prediction is an output. */
	private static final MergeEngine KEEP_ALL = (instances, options) -> new MergeOutcome(instances, 0, instances.size(), 0, 0.5);

	@Test
	void perfectMergeReportsPerfectQualityAsTheLastJsonLine()
	{
		final String[] args = { "--scene", "voronoi", "--size", "600", "--tile=256", "--overlap", "0.2", "--method", "smm-greedy", "--seed", "3", "--repeat", "3" };
		final Run run = new Run(oracle(BenchOptions.parse(args)), args);
		assertEquals(0, run.status, run.err);
		final JsonObject j = run.json();
		for (final String key : List.of("scene", "size", "tile", "overlap", "method", "preset", "perturb", "seed", "predictions", "truth_objects", "outputs",
				"merge_seconds", "merge_seconds_all", "peak_heap_mb", "live_heap_mb_after_merge", "split", "wrong_merges", "missed", "pq", "components",
				"proven_optimal_components", "scene_seconds"))
			assertTrue(j.has(key), "JSON lacks " + key + ": " + j);
		assertEquals("voronoi", j.get("scene").getAsString());
		assertEquals(600, j.get("size").getAsInt());
		assertEquals(256, j.get("tile").getAsInt());
		assertEquals("smm-greedy", j.get("method").getAsString());
		assertEquals("microscopy", j.get("preset").getAsString());
		assertEquals("none", j.get("perturb").getAsString());
		assertEquals(j.get("truth_objects").getAsInt(), j.get("outputs").getAsInt());
		assertTrue(j.get("predictions").getAsInt() > j.get("truth_objects").getAsInt());
		assertEquals(0, j.get("split").getAsInt());
		assertEquals(0, j.get("wrong_merges").getAsInt());
		assertEquals(0, j.get("missed").getAsInt());
		assertEquals(0, j.get("truth_without_prediction").getAsInt());
		assertEquals(1.0, j.get("pq").getAsDouble());
		assertEquals(3, j.get("merge_seconds_all").getAsJsonArray().size());
		assertEquals(0.001 * j.get("outputs").getAsInt(), j.get("merge_seconds").getAsDouble(), 1e-6);
		assertTrue(j.get("peak_heap_mb").getAsDouble() > 0);
		assertTrue(j.get("peak_heap_after_gc_mb").getAsDouble() > 0, "the after-merge collection is seen");
		assertTrue(run.out.startsWith("scene voronoi 600×600"), run.out);
	}

	@Test
	void unmergedPredictionsAreReportedAsSplits()
	{
		final Run run = new Run(KEEP_ALL, "--scene", "blobs", "--size", "1024", "--tile", "256", "--perturb", "realistic", "--preset", "paper", "--method", "nms");
		assertEquals(0, run.status, run.err);
		final JsonObject j = run.json();
		assertEquals("blobs", j.get("scene").getAsString());
		assertEquals("paper", j.get("preset").getAsString());
		assertEquals("realistic", j.get("perturb").getAsString());
		assertEquals(j.get("predictions").getAsInt(), j.get("outputs").getAsInt());
		assertTrue(j.get("split").getAsInt() > 0);
		assertTrue(j.get("pq").getAsDouble() < 1);
		// keeping every prediction finds every predicted object
		assertEquals(j.get("truth_without_prediction").getAsInt(), j.get("missed").getAsInt());
	}

	@Test
	void everyMethodRunsThroughTheMergeFacade()
	{
		for (final Method m : Method.values())
		{
			final Run run = new Run(null, "--scene", "voronoi", "--size", "300", "--tile", "128", "--method", m.token(), "--threads", "1");
			assertEquals(0, run.status, m.token() + ": " + run.err);
			final JsonObject j = run.json();
			assertEquals(m.token(), j.get("method").getAsString());
			assertEquals(1, j.get("threads").getAsInt());
			final int outputs = j.get("outputs").getAsInt();
			assertTrue(outputs > 0 && outputs <= j.get("predictions").getAsInt(), m.token() + ": " + j);
			assertTrue(j.get("proven_optimal_components").getAsInt() <= j.get("components").getAsInt());
			assertTrue(j.get("merge_seconds").getAsDouble() > 0);
			// CPU time is read from a coarse clock: a tiny merge may register none
			assertTrue(j.get("merge_cpu_seconds").getAsDouble() >= 0);
		}
	}

	@Test
	void defaultsAreTheIssueDefaults()
	{
		final BenchOptions o = BenchOptions.parse();
		assertEquals(SceneKind.VORONOI, o.scene());
		assertEquals(4096, o.size());
		assertEquals(512, o.tile());
		assertEquals(0.2, o.overlap());
		assertEquals(Method.SMM_EXACT, o.method());
		assertEquals(Preset.MICROSCOPY, o.preset());
		assertEquals(Perturbation.NONE, o.perturbation());
		assertEquals(1, o.seed());
		assertEquals(1, o.repeat());
		assertEquals(0, o.threads());
	}

	@Test
	void badArgumentsNameTheOptionAndFail()
	{
		final String[][] cases = { { "--bogus", "1" }, { "--size", "abc" }, { "--size", "5" }, { "--tile", "-1" }, { "--overlap", "1.5" }, { "--overlap", "x" },
				{ "--method", "magic" }, { "--scene", "forest" }, { "--perturb", "lots" }, { "--preset", "fast" }, { "--seed", "1.5" }, { "--threads", "0" },
				{ "--repeat", "0" }, { "--size" }, { "--size", "600", "--size", "700" }, { "--predictions", "/no/such/file.json" },
				{ "--damage", "merges=0.2" }, { "--damage", "merges=3", "--perturb", "damaged" }, { "--overlap-measure", "dice" } };
		for (final String[] args : cases)
		{
			final Run run = new Run(KEEP_ALL, args);
			assertEquals(2, run.status, String.join(" ", args));
			assertTrue(run.err.startsWith("bench: option " + args[0] + ":"), String.join(" ", args) + " → " + run.err);
			assertEquals("", run.out);
		}
		final Run positional = new Run(KEEP_ALL, "voronoi");
		assertEquals(2, positional.status);
		assertTrue(positional.err.contains("voronoi"));
		final Run modelWithoutFiles = new Run(KEEP_ALL, "--scene", "model");
		assertEquals(2, modelWithoutFiles.status);
		assertTrue(modelWithoutFiles.err.startsWith("bench: option --predictions: the model scene needs"), modelWithoutFiles.err);
		final Run noStride = new Run(KEEP_ALL, "--tile", "8", "--overlap", "0.95");
		assertEquals(2, noStride.status);
		assertTrue(noStride.err.startsWith("bench: option --overlap:"), noStride.err);
	}

	@Test
	void freshJvmsReportTheMedianColdAndWarmMerge()
	{
		final Run run = new Run(null, "--scene", "voronoi", "--size", "200", "--tile", "64", "--method", "smm-greedy", "--repeat", "2", "--jvms", "2");
		assertEquals(0, run.status, run.err);
		final JsonObject summary = run.json();
		assertEquals(2, summary.get("jvms").getAsInt());
		assertEquals(2, summary.getAsJsonArray("cold_merge_seconds_all").size());
		assertEquals(2, summary.getAsJsonArray("warm_merge_seconds_all").size());
		assertTrue(summary.get("cold_merge_seconds_median").getAsDouble() > 0);
		// every child printed its own record, with one cold and one warm merge
		final List<JsonObject> children = new ArrayList<>();
		for (final String line : run.out.split("\n"))
			if (line.startsWith("{\"scene\""))
				children.add(JsonParser.parseString(line).getAsJsonObject());
		assertEquals(2, children.size());
		for (final JsonObject c : children)
		{
			assertEquals(2, c.getAsJsonArray("merge_seconds_all").size());
			assertTrue(c.has("cold_merge_seconds") && c.has("warm_merge_seconds"));
		}
	}

	@Test
	void helpPrintsTheUsage()
	{
		final Run run = new Run(KEEP_ALL, "--help");
		assertEquals(0, run.status);
		assertTrue(run.out.contains("--perturb none|realistic"));
	}

	@Test
	void aFailingEngineFailsTheRun()
	{
		final Run run = new Run((i, o) -> {
			throw new IllegalStateException("engine broke");
		}, "--size", "64", "--tile", "32");
		assertEquals(1, run.status);
		assertTrue(run.err.contains("engine broke"));
	}
}
