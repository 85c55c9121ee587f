package io.github.smm.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.io.TileGridSpec;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.tile.TileWindows;
import io.github.smm.tune.CrossValidation;
import io.github.smm.tune.FoldResult;
import io.github.smm.tune.MergeTuning;
import io.github.smm.tune.Metric;
import io.github.smm.tune.PreparedSet;
import io.github.smm.tune.Scores;
import io.github.smm.tune.SearchSpace;
import io.github.smm.tune.Trial;
import io.github.smm.tune.Tuner;
import io.github.smm.tune.TuneListener;
import io.github.smm.tune.TuningOptions;
import io.github.smm.tune.TuningReport;
import io.github.smm.tune.ValidationImage;
import io.github.smm.tune.ValidationSet;

/**
 * The {@code tune-bench} command: tunes each merging method (SMM and the baselines, the same
 * way) on the shared real-model tile predictions of the DSB mosaic, cut into a grid of spatial
 * blocks on the mosaic's seams, and prints per method the held-out PQ and F1 at IoU 0.5 of the
 * defaults and of the tuned settings (mean ± sd over the folds), the trials and the time; then
 * the time per trial of prepared against plain evaluation (the speed-up of reusing the
 * candidate graph, its features and the fused objects' overlaps).
 */
public final class TuneBench
{
	static final String USAGE = "usage: tune-bench [--data DIR] [--predictions unet_cc_ov64,unet_ws_ov128,classical_dsb,classical_monuseg] [--methods smm-exact,nms,greedy_nmm,union_iou,components]\n"
			+ "                  [--metric pq] [--trials 50] [--folds 3] [--blocks 3] [--seed 1] [--threads N] [--speed-trials 20]\n"
			+ "                  [--work-limit N (units of work per component for the exact solver; the trials and the held-out figures use it)]\n"
			+ "                  [--score \"method=union_iou,tau_i=0.1;method=smm-exact,beta2=20\" (score these settings per held-out fold and on all blocks instead of tuning)]\n"
			+ "                  [--smm-tune default,chain_cost (the SMM methods' search space, as tune= of Tune Merge Parameters; baselines: default)]\n"
			+ "                  [--fold-seed N (the folds' seed; default: --seed)] [--final-run yes|no (also tune on all blocks; default yes)]\n"
			+ "                  [--report-at 30 (also the held-out figures of the best of the first N trials of each fold's run)] [--speed-trials 0: no speed lines]\n"
			+ "                  [--refine-last 0.2 (the share of each run's last trials that refine the best locally; default: the tuner's)]";

	private TuneBench()
	{}

	/** Runs the bench; 0 on success, 2 on a usage error, 1 on failure. */
	public static int run(final String[] args, final PrintStream out, final PrintStream err)
	{
		final TuneBenchOptions o;
		try
		{
			o = TuneBenchOptions.parse(args);
		}
		catch (final IllegalArgumentException e)
		{
			err.println("error: " + e.getMessage());
			err.println(USAGE);
			return 2;
		}
		try
		{
			for (final String p : o.predictions)
				bench(o, p, out);
			return 0;
		}
		catch (final IOException | RuntimeException e)
		{
			err.println("error: " + e.getMessage());
			return 1;
		}
	}

	private static void bench(final TuneBenchOptions o, final String predictions, final PrintStream out) throws IOException
	{
		final ValidationSet set = blocks(o, predictions);
		if (o.score != null)
		{
			out.printf(Locale.ROOT, "%s: %d images or blocks, %d folds, seed %d%n", predictions, set.size(), o.folds, o.seed);
			FixedSettings.score(set, o.score, o.metric, o.folds, o.seed, out);
			return;
		}
		out.printf(Locale.ROOT, "%s: %d images or blocks (%d predictions, %d ground-truth nuclei), metric %s, %d trials, %d folds, seed %d, %d threads, work_limit %d%n",
				predictions, set.size(), set.images().stream().mapToInt(i -> i.predictions().size()).sum(), set.images().stream().mapToInt(i -> i.groundTruth().size()).sum(),
				o.metric, o.trials, o.folds, o.seed, o.threads, o.workLimit);
		out.println("| method | tuned keys | held-out " + o.metric + " defaults | held-out " + o.metric
				+ " tuned | held-out PQ defaults | held-out PQ tuned | held-out F1 defaults | held-out F1 tuned | trials | s | trials/s |");
		out.println("|---|---|---|---|---|---|---|---|---|---|---|");
		for (final String method : o.methods)
		{
			final TuningOptions t = TuningOptions.defaults().withTune(method.startsWith("smm") ? o.smmTune : "default").withMetric(o.metric).withTrials(o.trials).withFolds(o.folds).withSeed(o.seed).withThreads(o.threads)
					.withDefaults(MergeOptions.defaults().with("method", method).with("work_limit", Long.toString(o.workLimit)));
			final long start = System.nanoTime();
			final MergeOptions base = t.mergeDefaults().withThreads(1);
			final SearchSpace space = MergeTuning.space(set, t);
			final PreparedSet prepared = PreparedSet.prepare(set, space, base, o.metric, o.threads);
			final CrossValidation cv = new CrossValidation(prepared, space, base, o.metric, o.refineLast != null ? Tuner.of(o.trials, o.seed, o.threads).withRefineLast(o.refineLast) : Tuner.of(o.trials, o.seed, o.threads));
			final long foldSeed = o.foldSeed != null ? o.foldSeed : o.seed;
			final TuningReport r = o.finalRun ? cv.run(o.folds, foldSeed, TuneListener.NONE, () -> false) : null;
			final List<FoldResult> folds = r != null ? r.folds() : cv.heldOut(o.folds, foldSeed, TuneListener.NONE, () -> false);
			final double seconds = (System.nanoTime() - start) / 1e9;
			final int trials = (r != null ? r.run().trials().size() : 0) + folds.stream().mapToInt(f -> f.run().trials().size()).sum();
			out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %d | %.1f | %.2f |%n", method, keys(space), meanSd(folds, false), meanSd(folds, true), figure(folds, "pq", false),
					figure(folds, "pq", true), figure(folds, "f1", false), figure(folds, "f1", true), trials, seconds, trials / seconds);
			out.printf(Locale.ROOT, "  %s per fold (defaults -> tuned): %s; best on all blocks: %s%n", o.metric, perFold(folds), r != null ? r.run().best().settings() : "(not run: --final-run no)");
			for (final int n : o.reportAt)
				out.printf(Locale.ROOT, "  held-out %s, %s, seed %d, fold seed %d, best of the first %d trials%s: %s%n", o.metric, method, o.seed, foldSeed, n,
						cv.tuner().refineLast() > 0 && n < o.trials ? " (not what a run of " + n + " trials gives: its last trials refine locally)" : "", prefix(prepared, base, folds, n, o.folds, foldSeed));
		}
		if (o.speedTrials > 0)
			for (final String method : List.of("smm-exact", "smm-greedy"))
				speed(o, set, method, out);
	}

	/**
	 * The held-out figures a run of {@code n} trials would have given: per fold the best of the
	 * run's first {@code n} trials scored on the held-out images; mean ± sd, then per fold, and
	 * the PQ per fold.
	 */
	private static String prefix(final PreparedSet prepared, final MergeOptions base, final List<FoldResult> folds, final int n, final int k, final long foldSeed)
	{
		final List<int[]> test = CrossValidation.folds(prepared.imageCount(), k, foldSeed);
		final double[] v = new double[folds.size()], pq = new double[folds.size()];
		final List<String> per = new ArrayList<>(), perPq = new ArrayList<>(), tuning = new ArrayList<>();
		for (int f = 0; f < folds.size(); f++)
		{
			final Trial best = folds.get(f).run().bestOf(n);
			final Scores s = prepared.score(test.get(folds.get(f).number() - 1), best.settings().applyTo(base));
			v[f] = prepared.metric().value(s);
			pq[f] = s.pq();
			per.add(String.format(Locale.ROOT, "%.4f", v[f]));
			perPq.add(String.format(Locale.ROOT, "%.4f", pq[f]));
			tuning.add(String.format(Locale.ROOT, "%.4f (trial %d)", best.value(), best.number()));
		}
		return meanSd(v) + " (" + String.join(" / ", per) + "); PQ " + meanSd(pq) + " (" + String.join(" / ", perPq) + "); tuning-image bests " + String.join(" / ", tuning);
	}

	/**
	 * The set: the U-Net's predictions with their source windows from the 512 px grid, cut into
	 * blocks x blocks spatial blocks; or a {@link ClassicalTilePredictions classical set}.
	 */
	static ValidationSet blocks(final TuneBenchOptions o, final String predictions) throws IOException
	{
		if (ClassicalTilePredictions.isClassical(predictions))
			return ClassicalTilePredictions.set(predictions, o.data.toAbsolutePath().getParent(), o.blocks);
		final Path gtFile = o.data.resolve("dsb_mosaic_A_gt.json"), predFile = o.data.resolve("dsb_mosaic_A_" + predictions + ".json");
		if (!Files.exists(predFile))
			throw new InvalidOptionException("predictions", predFile + " does not exist");
		final CocoDataset gt = CocoJson.read(gtFile);
		final CocoDataset pred = new CocoDataset(gt.images(), gt.categories(), CocoJson.readResults(predFile, gt));
		final int width = gt.images().get(0).width(), height = gt.images().get(0).height();
		final int overlap = Integer.parseInt(predictions.replaceAll(".*_ov", ""));
		final List<Instance> windows = TileWindows.assign(pred.instancesOf(1), TileGridSpec.of(512, overlap, null).gridFor(width, height)).instances();
		final ValidationImage image = new ValidationImage("dsb_mosaic_A", windows, gt.instancesOf(1));
		return ValidationSet.blocks(image, ValidationSet.grid(new Box(0, 0, width, height), o.blocks, o.blocks));
	}

	private static String keys(final SearchSpace space)
	{
		final List<String> out = new ArrayList<>();
		space.parameters().forEach(p -> out.add(p.key()));
		return String.join(" ", out);
	}

	private static String figure(final List<FoldResult> folds, final String name, final boolean tuned)
	{
		return meanSd(folds.stream().mapToDouble(f -> (tuned ? f.tunedFigures() : f.defaultFigures()).get(name)).toArray());
	}

	/** The tuned metric on the held-out folds, of the defaults or of the tuned settings. */
	private static String meanSd(final List<FoldResult> folds, final boolean tuned)
	{
		return meanSd(folds.stream().mapToDouble(f -> tuned ? f.tuned() : f.defaults()).toArray());
	}

	private static String meanSd(final double[] v)
	{
		final double mean = Arrays.stream(v).average().orElse(Double.NaN);
		final double sd = v.length < 2 ? 0 : Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
		return String.format(Locale.ROOT, "%.4f ± %.4f", mean, sd);
	}

	private static String perFold(final List<FoldResult> folds)
	{
		final List<String> out = new ArrayList<>();
		for (final FoldResult f : folds)
			out.add(String.format(Locale.ROOT, "%.4f -> %.4f (splits %.0f -> %.0f, merges %.0f -> %.0f; tuning images: best %.4f, trial %d)", f.defaults(), f.tuned(),
					f.defaultFigures().get("splits"), f.tunedFigures().get("splits"), f.defaultFigures().get("merges"), f.tunedFigures().get("merges"), f.run().best().value(),
					f.run().best().number()));
		return String.join(", ", out);
	}

	/**
	 * Milliseconds per trial on all blocks, prepared vs plain, on the same random settings of
	 * the default SMM space (the prepared set's caches warm up over the settings, as in a run).
	 */
	private static void speed(final TuneBenchOptions o, final ValidationSet set, final String method, final PrintStream out)
	{
		final MergeOptions base = MergeOptions.defaults().withThreads(1).with("work_limit", Long.toString(o.workLimit)).with("method", method);
		final SearchSpace space = SearchSpace.parse("default", base.method(), o.metric, set.hasWindows());
		final long t0 = System.nanoTime();
		final PreparedSet fast = PreparedSet.prepare(set, space, base, o.metric, 1);
		final double prepare = (System.nanoTime() - t0) / 1e9;
		final PreparedSet plain = fast.plain();
		final int[] all = new int[set.size()];
		Arrays.setAll(all, i -> i);
		final SplittableRandom rnd = new SplittableRandom(o.seed);
		final List<MergeOptions> settings = new ArrayList<>();
		for (int k = 0; k < o.speedTrials; k++)
		{
			final double[] x = new double[space.size()];
			for (int d = 0; d < x.length; d++)
				x[d] = space.parameters().get(d).categorical() ? rnd.nextInt(space.parameters().get(d).choiceCount()) : rnd.nextDouble();
			settings.add(space.settings(x).applyTo(base));
		}
		final double fastMs = perTrial(fast, all, settings), plainMs = perTrial(plain, all, settings);
		out.printf(Locale.ROOT, "speed %s (1 thread, %d random settings of %s): prepare %.2f s once; prepared %.1f ms/trial, plain %.1f ms/trial, speed-up %.2fx%n", method,
				settings.size(), space, prepare, fastMs, plainMs, plainMs / fastMs);
	}

	private static double perTrial(final PreparedSet s, final int[] all, final List<MergeOptions> settings)
	{
		final long t0 = System.nanoTime();
		for (final MergeOptions m : settings)
			s.score(all, m);
		return (System.nanoTime() - t0) / 1e6 / settings.size();
	}

	/** The parsed arguments. */
	static final class TuneBenchOptions
	{
		Path data = Paths.get(System.getProperty("user.dir")).resolve("../shared/data/model_tilepred").normalize();
		List<String> predictions = List.of("unet_cc_ov64", "unet_ws_ov128");
		List<String> methods = List.of("smm-exact", "nms", "greedy_nmm", "union_iou", "components");
		Metric metric = Metric.pq();
		int trials = 50, folds = 3, blocks = 3, threads = Runtime.getRuntime().availableProcessors(), speedTrials = 20;
		long seed = 1;
		long workLimit = io.github.smm.solve.SolverSettings.DEFAULT_WORK_LIMIT;
		/** Fixed settings to score instead of tuning ({@code key=value,…;key=value,…}), or {@code null}. */
		String score;
		/** The search space of the SMM methods ({@code --smm-tune}, as Tune Merge Parameters' {@code tune}); the baselines always tune {@code default}. */
		String smmTune = "default";
		/** The seed of the fold assignment ({@code --fold-seed}); {@code null}: the tuning seed, as Tune Merge Parameters. */
		Long foldSeed;
		/** Whether to tune on all blocks too ({@code --final-run yes|no}); the held-out figures do not need it. */
		boolean finalRun = true;
		/** Trial counts at which to report the held-out figures of the best trial so far ({@code --report-at 30,40}). */
		List<Integer> reportAt = List.of();
		/** The share of the trials refined locally at the end ({@code --refine-last}); {@code null}: the tuner's default. */
		Double refineLast;

		static TuneBenchOptions parse(final String[] args)
		{
			final TuneBenchOptions o = new TuneBenchOptions();
			for (int i = 0; i < args.length; i += 2)
			{
				if (i + 1 >= args.length)
					throw new InvalidOptionException(args[i], "needs a value");
				final String v = args[i + 1];
				switch (args[i])
				{
				case "--data":
					o.data = Paths.get(v);
					break;
				case "--predictions":
					o.predictions = List.of(v.split(","));
					break;
				case "--methods":
					o.methods = List.of(v.split(","));
					break;
				case "--metric":
					o.metric = Metric.parse(v);
					break;
				case "--trials":
					o.trials = Integer.parseInt(v);
					break;
				case "--folds":
					o.folds = Integer.parseInt(v);
					break;
				case "--blocks":
					o.blocks = Integer.parseInt(v);
					break;
				case "--seed":
					o.seed = Long.parseLong(v);
					break;
				case "--threads":
					o.threads = Integer.parseInt(v);
					break;
				case "--work-limit":
					o.workLimit = Long.parseLong(v);
					break;
				case "--speed-trials":
					o.speedTrials = Integer.parseInt(v);
					break;
				case "--score":
					o.score = v;
					break;
				case "--smm-tune":
					o.smmTune = v;
					break;
				case "--refine-last":
					o.refineLast = Double.parseDouble(v);
					if (!(o.refineLast >= 0 && o.refineLast <= 1))
						throw new InvalidOptionException("--refine-last", "must be in [0, 1], got " + v);
					break;
				case "--fold-seed":
					o.foldSeed = Long.parseLong(v);
					break;
				case "--final-run":
					if (!v.equals("yes") && !v.equals("no"))
						throw new InvalidOptionException("--final-run", "must be yes or no, got '" + v + "'");
					o.finalRun = v.equals("yes");
					break;
				case "--report-at":
				{
					final List<Integer> at = new ArrayList<>();
					for (final String n : v.split(","))
					{
						final int k = Integer.parseInt(n.trim());
						if (k < 1)
							throw new InvalidOptionException("--report-at", "trial counts must be >= 1, got " + k);
						at.add(k);
					}
					o.reportAt = List.copyOf(at);
					break;
				}
				default:
					throw new InvalidOptionException(args[i], "unknown option");
				}
			}
			return o;
		}
	}
}
