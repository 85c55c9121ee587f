package io.github.smm.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Everything one bench run measured; printed as summary lines and one JSON object. */
public final class BenchResult
{
	BenchOptions options;
	int threads;
	/** Scene extent in pixels. */
	int width, height;
	/** The one-minute system load average at the start and at the end of the run (−1 where unknown). */
	double loadAtStart = -1, loadAtEnd = -1;
	/** The overlap measure the merges used. */
	String overlapMeasure;
	int tiles, predictions, truthObjects;
	/** Truth objects that no tile predicted (all their predictions dropped): missed by any merge. */
	int truthWithoutPrediction;
	/** Scene and predictions; quality measures including generating the truth again; everything. */
	double sceneSeconds, metricsSeconds, totalSeconds;
	double[] mergeSecondsAll;
	/** Process CPU seconds of each whole merge call (NaN where the JVM does not report CPU time). */
	double[] mergeCpuSecondsAll;
	MergeOutcome outcome;
	/** Seconds per stage of the first merge (cold). */
	java.util.Map<String, Double> coldStageSeconds = java.util.Collections.emptyMap();
	MergeQuality quality;
	double peakHeapMb, peakHeapAfterGcMb, liveHeapMbAfterMerge, maxHeapMb;

	BenchResult()
	{}

	/** The median merge time over the repeats (mean of the middle two for an even count). */
	public double mergeSeconds()
	{
		return median(mergeSecondsAll);
	}

	/** The median process CPU time of the merge calls; {@code NaN} when not reported. */
	public double mergeCpuSeconds()
	{
		return median(mergeCpuSecondsAll);
	}

	private static double median(final double[] values)
	{
		final double[] t = values.clone();
		Arrays.sort(t);
		final int n = t.length;
		return n % 2 == 1 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
	}

	/** The first merge's seconds: in a fresh JVM, what a user's first merge takes (cold). */
	public double coldMergeSeconds()
	{
		return mergeSecondsAll[0];
	}

	/** The median of the merges after the first (warm); {@code NaN} with a single merge. */
	public double warmMergeSeconds()
	{
		return mergeSecondsAll.length < 2 ? Double.NaN : median(Arrays.copyOfRange(mergeSecondsAll, 1, mergeSecondsAll.length));
	}

	/** The quality of the last merge, or {@code null} when there is no truth to compare with. */
	public MergeQuality quality()
	{
		return quality;
	}

	/** The last merge. */
	public MergeOutcome outcome()
	{
		return outcome;
	}

	/** Number of simulated tile predictions. */
	public int predictions()
	{
		return predictions;
	}

	/** Human-readable summary. */
	public List<String> summaryLines()
	{
		final List<String> lines = new ArrayList<>();
		final BenchOptions o = options;
		if (o.scene() == SceneKind.MODEL)
			lines.add(format("scene model %s (%d×%d): %s truth objects; %d tiles of %d px, overlap %s; %d predictions read in %.2f s",
					o.predictions().getFileName(), width, height, truthObjects < 0 ? "no" : Integer.toString(truthObjects), tiles, o.tile(), o.overlap(), predictions, sceneSeconds));
		else
			lines.add(format("scene %s %d×%d, seed %d: %d truth objects; %d tiles of %d px, overlap %s; %d predictions (perturb %s%s) in %.2f s",
					o.scene().token(), width, height, o.seed(), truthObjects, tiles, o.tile(), o.overlap(), predictions, o.perturbation().token(),
					o.perturbation() == Perturbation.DAMAGED ? " " + o.damage().token() : "", sceneSeconds));
		if (truthWithoutPrediction > 0)
			lines.add(format("%d truth objects have no prediction of their own (all dropped, or merged into a neighbour's)", truthWithoutPrediction));
		lines.add(format("merge %s (preset %s, overlap %s, %d threads): %d outputs, %d components (%d proven optimal), objective %.3f, %.3f s (%.1f CPU s)%s",
				o.method().token(), o.preset().token(), overlapMeasure, threads, outcome.merged().size(), outcome.components(), outcome.provenOptimalComponents(),
				outcome.objective(), mergeSeconds(), mergeCpuSeconds(), mergeSecondsAll.length > 1 ? ", median of " + mergeSecondsAll.length : ""));
		if (mergeSecondsAll.length > 1)
			lines.add(format("cold (first merge in this JVM) %.3f s, warm (median of the other %d) %.3f s", coldMergeSeconds(), mergeSecondsAll.length - 1, warmMergeSeconds()));
		if (!outcome.componentReports().isEmpty())
			lines.add(new ComponentStats(outcome.componentReports()).line());
		if (quality != null)
			lines.add(format("quality: split %d, wrong merges %d, missed %d, F1 %.4f, PQ %.4f (SQ %.4f, RQ %.4f; TP %d, FP %d, FN %d)",
					quality.split(), quality.wrongMerges(), quality.missed(), f1(), quality.pq(), quality.sq(), quality.rq(),
					quality.truePositives(), quality.falsePositives(), quality.falseNegatives()));
		lines.add(format("heap: peak %.0f MB (sum of pool peaks), peak after a collection %.0f MB, live after merge %.0f MB, max %.0f MB; total %.2f s; load average %.2f at start, %.2f at end",
				peakHeapMb, peakHeapAfterGcMb, liveHeapMbAfterMerge, maxHeapMb, totalSeconds, loadAtStart, loadAtEnd));
		return lines;
	}

	/** F1 at IoU 0.5 against the truth: TP / (TP + (FP + FN) / 2); 1 when there is neither. */
	double f1()
	{
		final double d = quality.truePositives() + 0.5 * (quality.falsePositives() + quality.falseNegatives());
		return d == 0 ? 1 : quality.truePositives() / d;
	}

	/** The machine-readable record, one line. */
	public String json()
	{
		final JsonObject j = new JsonObject();
		final BenchOptions o = options;
		j.addProperty("scene", o.scene().token());
		if (o.scene() == SceneKind.MODEL)
			j.addProperty("predictions_file", o.predictions().getFileName().toString());
		j.addProperty("size", o.size());
		j.addProperty("width", width);
		j.addProperty("height", height);
		j.addProperty("tile", o.tile());
		j.addProperty("overlap", o.overlap());
		j.addProperty("method", o.method().token());
		j.addProperty("preset", o.preset().token());
		j.addProperty("overlap_measure", overlapMeasure);
		j.addProperty("perturb", o.perturbation().token());
		if (o.perturbation() == Perturbation.DAMAGED)
			j.addProperty("damage", o.damage().token());
		j.addProperty("seed", o.seed());
		j.addProperty("threads", threads);
		j.addProperty("repeat", o.repeat());
		j.addProperty("tiles", tiles);
		j.addProperty("predictions", predictions);
		j.addProperty("truth_objects", truthObjects);
		j.addProperty("truth_without_prediction", truthWithoutPrediction);
		j.addProperty("outputs", outcome.merged().size());
		j.addProperty("merge_seconds", round(mergeSeconds(), 6));
		final JsonArray all = new JsonArray();
		for (final double t : mergeSecondsAll)
			all.add(round(t, 6));
		j.add("merge_seconds_all", all);
		j.addProperty("cold_merge_seconds", round(coldMergeSeconds(), 6));
		if (!Double.isNaN(mergeCpuSecondsAll[0]))
			j.addProperty("cold_merge_cpu_seconds", round(mergeCpuSecondsAll[0], 4));
		if (mergeSecondsAll.length > 1)
			j.addProperty("warm_merge_seconds", round(warmMergeSeconds(), 6));
		if (!Double.isNaN(mergeCpuSeconds()))
			j.addProperty("merge_cpu_seconds", round(mergeCpuSeconds(), 4));
		final JsonObject stages = new JsonObject();
		outcome.stageSeconds().forEach((stage, t) -> stages.addProperty(stage, round(t, 6)));
		j.add("stage_seconds", stages);
		final JsonObject cold = new JsonObject();
		coldStageSeconds.forEach((stage, t) -> cold.addProperty(stage, round(t, 6)));
		j.add("cold_stage_seconds", cold);
		j.addProperty("objective", round(outcome.objective(), 6));
		j.addProperty("components", outcome.components());
		j.addProperty("proven_optimal_components", outcome.provenOptimalComponents());
		if (!outcome.componentReports().isEmpty())
			new ComponentStats(outcome.componentReports()).addTo(j);
		if (quality != null)
			addQuality(j);
		j.addProperty("scene_seconds", round(sceneSeconds, 4));
		j.addProperty("metrics_seconds", round(metricsSeconds, 4));
		j.addProperty("total_seconds", round(totalSeconds, 4));
		j.addProperty("peak_heap_mb", round(peakHeapMb, 1));
		j.addProperty("peak_heap_after_gc_mb", round(peakHeapAfterGcMb, 1));
		j.addProperty("live_heap_mb_after_merge", round(liveHeapMbAfterMerge, 1));
		j.addProperty("max_heap_mb", round(maxHeapMb, 1));
		j.addProperty("load_average_start", round(loadAtStart, 2));
		j.addProperty("load_average_end", round(loadAtEnd, 2));
		return new Gson().toJson(j);
	}

	private void addQuality(final JsonObject j)
	{
		j.addProperty("split", quality.split());
		j.addProperty("wrong_merges", quality.wrongMerges());
		j.addProperty("missed", quality.missed());
		j.addProperty("f1", round(f1(), 6));
		j.addProperty("pq", round(quality.pq(), 6));
		j.addProperty("sq", round(quality.sq(), 6));
		j.addProperty("rq", round(quality.rq(), 6));
		j.addProperty("tp", quality.truePositives());
		j.addProperty("fp", quality.falsePositives());
		j.addProperty("fn", quality.falseNegatives());
	}

	private static double round(final double v, final int digits)
	{
		final double f = Math.pow(10, digits);
		return Math.round(v * f) / f;
	}

	private static String format(final String pattern, final Object... values)
	{
		return String.format(Locale.ROOT, pattern, values);
	}
}
