package io.github.smm.bench;

import java.io.PrintStream;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/**
 * The {@code bench} command: builds a synthetic scene, simulates tile predictions, merges them
 * and measures time, heap and quality. Prints summary lines, then one JSON object as the last
 * line.
 */
public final class Bench
{
	private Bench()
	{}

	/** Runs the bench on the merge facade; exits with status 2 on a usage error, 1 on failure. */
	public static void main(final String... args)
	{
		final int status = run(args, System.out, System.err);
		if (status != 0)
			System.exit(status);
	}

	/**
	 * Runs the bench on the merge facade ({@link io.github.smm.SpatialMaskMerging}).
	 *
	 * @return 0 on success, 2 on a usage error, 1 when the run fails
	 */
	public static int run(final String[] args, final PrintStream out, final PrintStream err)
	{
		if (VolumeBench.wants(args))
			return VolumeBench.run(args, out, err);
		if (VolumeDiskBench.wants(args))
			return VolumeDiskBench.run(args, out, err);
		return run(args, out, err, new FacadeMergeEngine());
	}

	/**
	 * Runs the bench with {@code engine}.
	 *
	 * @return 0 on success, 2 on a usage error (printed to {@code err} with the option's name),
	 *         1 when the run fails
	 */
	public static int run(final String[] args, final PrintStream out, final PrintStream err, final MergeEngine engine)
	{
		HeapMeter.resetPeaks();
		if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h")))
		{
			out.println(BenchOptions.USAGE);
			return 0;
		}
		final BenchResult result;
		try
		{
			final BenchOptions options = BenchOptions.parse(args);
			if (options.jvms() > 0)
				return FreshJvms.run(options.jvms(), BenchOptions.withoutJvms(args), out, err);
			result = run(options, mergeOptions(options), engine);
		}
		catch (final BenchUsageException e)
		{
			err.println("bench: " + e.getMessage());
			err.println(BenchOptions.USAGE);
			return 2;
		}
		catch (final RuntimeException | OutOfMemoryError e)
		{
			err.println("bench: failed: " + e);
			return 1;
		}
		result.summaryLines().forEach(out::println);
		out.println(result.json());
		return 0;
	}

	/** The merge options of a bench run. */
	static MergeOptions mergeOptions(final BenchOptions options)
	{
		try
		{
			MergeOptions m = MergeOptions.preset(options.preset()).withMethod(options.method());
			if (options.overlapMeasure() != null)
				m = m.withOverlapMeasure(options.overlapMeasure());
			if (options.chainCost() != null)
				m = m.withChainCost(options.chainCost());
			if (options.threads() > 0)
				m = m.withThreads(options.threads());
			return m;
		}
		catch (final InvalidOptionException e)
		{
			throw new BenchUsageException("--" + e.option(), e.getMessage());
		}
	}

	/**
	 * One run: scene, predictions, {@code repeat} merges, quality. The truth is not kept during
	 * the merges (the heap then holds what a user's merge would: predictions and the engine's
	 * data); it is generated again, identically, for the quality measures.
	 */
	public static BenchResult run(final BenchOptions options, final MergeOptions mergeOptions, final MergeEngine engine)
	{
		final long start = System.nanoTime();
		final BenchResult r = new BenchResult();
		r.options = options;
		r.threads = mergeOptions.threads();
		r.overlapMeasure = mergeOptions.overlapMeasure().token();
		r.loadAtStart = CpuClock.loadAverage();
		final List<Instance> instances = options.scene() == SceneKind.MODEL ? read(options, r) : simulate(options, r);
		r.sceneSeconds = seconds(start);
		r.mergeSecondsAll = new double[options.repeat()];
		r.mergeCpuSecondsAll = new double[options.repeat()];
		for (int k = 0; k < options.repeat(); k++)
		{
			r.outcome = null;
			final double cpu = CpuClock.processSeconds();
			r.outcome = engine.merge(instances, mergeOptions);
			r.mergeCpuSecondsAll[k] = CpuClock.processSeconds() - cpu;
			r.mergeSecondsAll[k] = r.outcome.mergeSeconds();
			if (k == 0)
				r.coldStageSeconds = r.outcome.stageSeconds();
		}
		r.liveHeapMbAfterMerge = HeapMeter.liveMbAfterGc();
		Reference.reachabilityFence(instances); // the predictions count as live after the merge
		final long metricsStart = System.nanoTime();
		final List<RleMask> outputs = new ArrayList<>(r.outcome.merged().size());
		for (final Instance i : r.outcome.merged())
			outputs.add(i.mask());
		final TruthScene truth = truth(options, r);
		r.quality = truth == null ? null : MergeQuality.measure(truth, outputs);
		r.metricsSeconds = seconds(metricsStart);
		r.peakHeapMb = HeapMeter.peakMb();
		r.peakHeapAfterGcMb = HeapMeter.peakAfterGcMb();
		r.maxHeapMb = HeapMeter.maxMb();
		r.totalSeconds = seconds(start);
		r.loadAtEnd = CpuClock.loadAverage();
		return r;
	}

	/** The truth and its tile predictions; records their counts and returns the predictions. */
	private static List<Instance> simulate(final BenchOptions options, final BenchResult r)
	{
		final TruthScene truth = options.scene().generate(options.size(), options.seed());
		final Predictions predictions = TilePredictor.predict(truth, SlicePlan.windows(options.size(), options.tile(), options.overlap()), options.perturbation(), options.damage(), options.seed());
		r.truthObjects = truth.objectCount();
		r.width = r.height = options.size();
		r.tiles = predictions.tiles().size();
		r.predictions = predictions.instances().size();
		r.truthWithoutPrediction = truth.objectCount() - predictions.predictedTruthObjects();
		return predictions.instances();
	}

	/** The model scene's predictions with their tile windows; records their counts. */
	private static List<Instance> read(final BenchOptions options, final BenchResult r)
	{
		final ModelPredictions m = ModelPredictions.read(options.predictions(), options.images(), options.tile(), options.overlap());
		r.width = (int) m.bounds().width();
		r.height = (int) m.bounds().height();
		r.tiles = m.windows().size();
		r.predictions = m.instances().size();
		r.truthObjects = options.truth() == null ? -1 : ModelPredictions.truth(options.truth(), m.bounds()).objectCount();
		return m.instances();
	}

	/** The truth to score against (generated again, or read again), or {@code null} when there is none. */
	private static TruthScene truth(final BenchOptions options, final BenchResult r)
	{
		if (options.scene() != SceneKind.MODEL)
			return options.scene().generate(options.size(), options.seed());
		return options.truth() == null ? null : ModelPredictions.truth(options.truth(), new Box(0, 0, r.width, r.height));
	}

	private static double seconds(final long startNanos)
	{
		return (System.nanoTime() - startNanos) / 1e9;
	}
}
