package io.github.smm.spark.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;

import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.spark.ImageResult;
import io.github.smm.spark.ImageRun;
import io.github.smm.spark.JobOptions;
import io.github.smm.spark.ModelPool;
import io.github.smm.spark.SeamGroup;
import io.github.smm.spark.SparkTiledMerge;

/**
 * The Spark job's benchmark on the shared mosaics ({@code ../shared/data}):
 * {@code java -jar spark/target/smm-spark-embedded.jar bench [--data DIR] [--runs N] [--blocks PX] [--model DIR]}.
 * Per mosaic: the single-machine streaming runner (in process, no Spark) against the block-wise
 * job at {@code local[1]} and {@code local[2]} — wall time (median of the runs, after one
 * warm-up run each), blocks, seconds of work per block, tile predictions merged at seams,
 * bytes shuffled per stage, model sessions opened — and checks that every run gives the
 * single-machine objects. With {@code --model} (a bioimage.io package, e.g. the shared
 * {@code unet2d_nuclei_broad}) the DSB mosaic alone with {@code segmenter=bioimageio,fusion=central}.
 * Never in the plugin jar.
 */
public final class SparkBench
{
	private SparkBench()
	{}

	public static void main(final String[] args) throws Exception
	{
		System.exit(run(args, System.out));
	}

	/** Runs the benchmark; returns the exit code (1 when a run differs from the single-machine objects). */
	public static int run(final String[] args, final PrintStream out) throws Exception
	{
		final Map<String, String> a = arguments(args);
		final Path data = Paths.get(a.getOrDefault("--data", "../shared/data"));
		final int runs = Integer.parseInt(a.getOrDefault("--runs", "3")), blocks = Integer.parseInt(a.getOrDefault("--blocks", "2048"));
		if (!Files.isDirectory(data))
			throw new IllegalArgumentException("no shared data folder " + data + " (give --data DIR)");
		final Path tmp = Files.createTempDirectory("smm-spark-bench");
		out.printf(Locale.ROOT, "Spark job benchmark: %d runs (median, after 1 warm-up), blocks=%d, tile_size=512, overlap=64, %d cores, max heap %d MB%n", runs, blocks,
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		boolean equal = true;
		final String[][] mosaics = a.containsKey("--model")
				? new String[][] { { "dsb_mosaic/dsb2018_u2os_mosaic_A_6x6_image.png", "bioimageio,model=[" + Paths.get(a.get("--model")).toAbsolutePath() + "],fusion=central" } }
				: new String[][] { { "dsb_mosaic/dsb2018_u2os_mosaic_A_6x6_image.png", "threshold_watershed" }, { "images/mosaic_monuseg_train_4000x4000.png", "threshold_watershed_dark" } };
		if (a.containsKey("--model"))
			out.printf(Locale.ROOT, "opening the model once (package, sha256 of the weights, ONNX Runtime session): %.3f s (median of %d)%n",
					openSeconds(Paths.get(a.get("--model")), runs), runs);
		for (final String[] m : mosaics)
			equal &= mosaic(BenchImages.tiff(data.resolve(m[0]), tmp), m[1], blocks, runs, out);
		return equal ? 0 : 1;
	}

	/** What a block task paid per task before the executors kept their sessions: opening the package and its session (the job's default ONNX Runtime threads, one per core). */
	private static double openSeconds(final Path model, final int runs)
	{
		final double[] t = new double[runs];
		for (int k = 0; k < runs; k++)
		{
			final long t0 = System.nanoTime();
			try (io.github.smm.bioimageio.ModelRunner r = new io.github.smm.bioimageio.ModelRunner(io.github.smm.bioimageio.ModelPackage.open(model), Runtime.getRuntime().availableProcessors()))
			{
				t[k] = (System.nanoTime() - t0) / 1e9;
			}
		}
		return median(t);
	}

	private static boolean mosaic(final Path tif, final String segmenter, final int blocks, final int runs, final PrintStream out) throws Exception
	{
		final JobOptions o = JobOptions.parse("tile_size=512,overlap=64,min_area=15,segmenter=" + segmenter + ",image_file=[" + tif + "],blocks=" + blocks);
		final double[] single = new double[runs];
		ImageResult reference = ImageRun.wholeImage(o);
		for (int k = 0; k < runs; k++)
		{
			final long t0 = System.nanoTime();
			reference = ImageRun.wholeImage(o);
			single[k] = (System.nanoTime() - t0) / 1e9;
		}
		out.printf(Locale.ROOT, "%s (%d x %d, %s): single machine %.2f s, %d tiles, %d tile predictions -> %d objects%n", tif.getFileName(), reference.width(),
				reference.height(), segmenter, median(single), reference.tiles(), reference.inputs(), reference.objectCount());
		boolean equal = true;
		double oneCore = Double.NaN;
		for (final int cores : new int[] { 1, 2 })
		{
			final ShuffleBytes shuffle = new ShuffleBytes();
			final long sessions = ModelPool.opened();
			try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster("local[" + cores + "]").setAppName("smm-spark-bench").set("spark.ui.enabled", "false")))
			{
				SparkTiledMerge.blockwise(sc, List.of(o), cores);
				sc.sc().addSparkListener(shuffle);
				final double[] wall = new double[runs];
				ImageResult r = null;
				for (int k = 0; k < runs; k++)
				{
					final long t0 = System.nanoTime();
					r = SparkTiledMerge.blockwise(sc, List.of(o), Math.max(cores, 1) * 2).get(0);
					wall[k] = (System.nanoTime() - t0) / 1e9;
				}
				final boolean same = same(Instances.canonical(reference.instances()), r.instances());
				equal &= same;
				final double w = median(wall);
				if (cores == 1)
					oneCore = w;
				final String overhead = cores == 1 ? String.format(Locale.ROOT, ", overhead per block vs single machine %+.3f s", (w - median(single)) / r.blocks()) : "";
				out.printf(Locale.ROOT, "  local[%d]: %.2f s wall (speed-up vs local[1] %.2f), %d blocks, %.3f s of task work per block%s, %d tile predictions at seams,"
						+ " shuffled per run %s, %d model sessions opened for %d block tasks, equal to single machine: %s%n", cores, w, oneCore / w, r.blocks(),
						r.seconds() / r.blocks(), overhead, r.seamInputs(), shuffle.perRun(runs), ModelPool.opened() - sessions, r.blocks() * (runs + 1), same ? "yes" : "NO");
				out.println("    seam stage: " + seamTasks(r.seamGroups()));
			}
		}
		return equal;
	}

	/**
	 * The seam tasks of a run: how many, how many blocks their keys hold (1: a block's open
	 * components that reach no other block; 2: a seam; 3–4: a corner; more: components along
	 * several seams) and the predictions per task (smallest, median, largest, and the largest's share).
	 */
	static String seamTasks(final List<SeamGroup> groups)
	{
		if (groups.isEmpty())
			return "no seam tasks";
		final Map<String, Integer> byBlocks = new TreeMap<>();
		final double[] sizes = new double[groups.size()];
		long total = 0;
		int largest = 0;
		for (int k = 0; k < groups.size(); k++)
		{
			final int b = groups.get(k).blocks().length;
			byBlocks.merge(b == 1 ? "1 block" : b == 2 ? "2 blocks (seam)" : b <= 4 ? "3-4 blocks (corner)" : "5+ blocks", 1, Integer::sum);
			sizes[k] = groups.get(k).predictions();
			total += groups.get(k).predictions();
			if (groups.get(k).predictions() > groups.get(largest).predictions())
				largest = k;
		}
		Arrays.sort(sizes);
		return String.format(Locale.ROOT, "%d tasks %s; predictions per task min %.0f, median %.0f, max %.0f (%.0f %% of %d, %d blocks)", groups.size(), byBlocks,
				sizes[0], median(sizes), sizes[sizes.length - 1], 100.0 * sizes[sizes.length - 1] / total, total, groups.get(largest).blocks().length);
	}

	private static boolean same(final List<Instance> a, final List<Instance> b)
	{
		if (a.size() != b.size())
			return false;
		for (int i = 0; i < a.size(); i++)
			if (!a.get(i).mask().equals(b.get(i).mask()) || Math.abs(a.get(i).score() - b.get(i).score()) > 1e-9)
				return false;
		return true;
	}

	static double median(final double[] v)
	{
		final double[] s = v.clone();
		Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}

	private static Map<String, String> arguments(final String[] args)
	{
		final Map<String, String> a = new TreeMap<>();
		for (int i = 0; i < args.length; i += 2)
		{
			if (!List.of("--data", "--runs", "--blocks", "--model").contains(args[i]) || i + 1 >= args.length)
				throw new IllegalArgumentException("usage: bench [--data DIR] [--runs N] [--blocks PX] [--model DIR], got " + args[i]);
			a.put(args[i], args[i + 1]);
		}
		return a;
	}

	/** Bytes written to the shuffle, summed per stage call site. */
	private static final class ShuffleBytes extends SparkListener
	{
		private final Map<String, Long> bytes = new TreeMap<>();

		@Override
		public synchronized void onStageCompleted(final SparkListenerStageCompleted e)
		{
			final long b = e.stageInfo().taskMetrics() == null ? 0 : e.stageInfo().taskMetrics().shuffleWriteMetrics().bytesWritten();
			if (b > 0)
				bytes.merge(e.stageInfo().name(), b, Long::sum);
		}

		synchronized String perRun(final int runs)
		{
			final List<String> parts = new ArrayList<>();
			bytes.forEach((stage, b) -> parts.add(String.format(Locale.ROOT, "%.1f kB (%s)", b / 1e3 / runs, stage)));
			return String.join(" + ", parts);
		}
	}
}
