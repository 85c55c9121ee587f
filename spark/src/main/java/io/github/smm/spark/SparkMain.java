package io.github.smm.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import io.github.smm.spark.bench.SparkBench;

/**
 * The job's launcher, with the same option string as the command:
 * {@code java -jar smm-spark-embedded.jar [--master local[2]] [--partitions N] "Tiled Segment and Merge" "image_file=…,tile_size=512,overlap=0.2,output_coco=…,blocks=4096"}
 * runs embedded ({@code local[*]} by default); under {@code spark-submit --class
 * io.github.smm.spark.SparkMain} the cluster's master is used. Reports the tiles done on
 * stderr, one line per image on stdout, and the summary table ({@code summary_csv}, or
 * {@code output_folder/summary.csv}). {@code bench} as first argument runs {@link SparkBench}.
 */
public final class SparkMain
{
	/** The one command the job runs. */
	public static final String COMMAND = "Tiled Segment and Merge";

	private SparkMain()
	{}

	public static void main(final String[] args) throws Exception
	{
		if (args.length > 0 && args[0].equals("bench"))
			System.exit(SparkBench.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs the job; returns the exit code: 0 every image done, 1 an image failed (the others
	 * are done; all of them with {@code fail_fast}: the job stopped) or the job failed, 2 bad
	 * arguments.
	 */
	public static int run(final String[] args, final PrintStream out, final PrintStream err)
	{
		final Arguments a;
		final List<JobOptions> images;
		try
		{
			a = Arguments.parse(args);
			images = Batch.images(JobOptions.parse(a.options));
			for (final JobOptions o : images)
				WorkerSegmenters.check(o);
		}
		catch (final RuntimeException e)
		{
			err.println("smm-spark: " + e.getMessage());
			err.println("usage: java -jar smm-spark-embedded.jar [--master MASTER] [--partitions N] \"" + COMMAND + "\" \"image_file=…|batch=…,tile_size=512,overlap=0.2,output_coco=…|output_folder=…,blocks=4096,…\"");
			return 2;
		}
		final SparkConf conf = new SparkConf().setAppName("Spatial Mask Merging: " + COMMAND);
		if (a.master != null)
			conf.setMaster(a.master);
		else if (!conf.contains("spark.master"))
			conf.setMaster("local[*]");
		try (JavaSparkContext sc = new JavaSparkContext(conf))
		{
			final int partitions = a.partitions > 0 ? a.partitions : sc.defaultParallelism();
			final List<ImageResult> results = SparkTiledMerge.blockwiseWritten(sc, images, partitions, line -> err.println("smm-spark: " + line));
			return report(results, SummaryTable.file(images.get(0)), out, err);
		}
		catch (final Exception e) // SparkException is checked, though Scala does not declare it
		{
			err.println("smm-spark: " + COMMAND + " failed: " + reason(e));
			return 1;
		}
	}

	/** One line per image, the summary table when asked; 1 when an image failed. */
	private static int report(final List<ImageResult> results, final Path summary, final PrintStream out, final PrintStream err)
	{
		int failed = 0;
		for (final ImageResult r : results)
			if (r.error() != null)
			{
				failed++;
				out.println(r.image() + ": failed: " + r.error());
			}
			else
				out.println(String.format(Locale.ROOT, "%s: done, %d blocks, %d tiles, %d tile predictions (%d at seams) -> %d objects, %.3f s of tasks%s", r.image(),
						r.blocks(), r.tiles(), r.inputs(), r.seamInputs(), r.objectCount(), r.seconds(), r.output() == null ? "" : " -> " + r.output()));
		if (summary != null)
		{
			SummaryTable.write(summary, results);
			out.println("summary: " + summary);
		}
		if (failed > 0)
			err.println("smm-spark: " + failed + " of " + results.size() + " images failed (the others are done)");
		return failed > 0 ? 1 : 0;
	}

	/** The image failure behind a Spark job failure (fail_fast), else the first line of the error. */
	static String reason(final Throwable e)
	{
		for (Throwable t = e; t != null; t = t.getCause())
			if (t instanceof ImageFailure)
				return t.getMessage();
		final String m = String.valueOf(e.getMessage());
		final int at = m.indexOf(ImageFailure.class.getName() + ": ");
		final String from = at >= 0 ? m.substring(at + ImageFailure.class.getName().length() + 2) : m;
		final int end = from.indexOf('\n');
		return end < 0 ? from : from.substring(0, end);
	}

	/** The launcher's own arguments. */
	static final class Arguments
	{
		String master, options;
		int partitions;

		static Arguments parse(final String[] args)
		{
			final Arguments a = new Arguments();
			int i = 0;
			for (; i < args.length && args[i].startsWith("--"); i += 2)
			{
				if (i + 1 >= args.length)
					throw new IllegalArgumentException(args[i] + " needs a value");
				if (args[i].equals("--master"))
					a.master = args[i + 1];
				else if (args[i].equals("--partitions"))
					a.partitions = Integer.parseInt(args[i + 1]);
				else
					throw new IllegalArgumentException("unknown argument " + args[i] + " (--master, --partitions)");
			}
			if (args.length - i != 2)
				throw new IllegalArgumentException("give the command title and its options (2 arguments), got " + (args.length - i));
			if (!args[i].trim().equalsIgnoreCase(COMMAND))
				throw new IllegalArgumentException("the Spark job runs '" + COMMAND + "' only, not '" + args[i] + "'");
			a.options = args[i + 1];
			return a;
		}
	}
}
