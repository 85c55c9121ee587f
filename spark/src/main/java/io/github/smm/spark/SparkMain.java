package io.github.smm.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The job's launcher, with the same option string as the command:
 * {@code java -jar smm-spark-embedded.jar [--master local[2]] [--partitions N] "Tiled Segment and Merge" "image_file=…,tile_size=512,overlap=0.2,output_coco=…,blocks=4096"}
 * runs embedded ({@code local[*]} by default); under {@code spark-submit --class
 * io.github.smm.spark.SparkMain} the cluster's master is used. Prints one summary line per
 * image.
 */
public final class SparkMain
{
	/** The one command the job runs. */
	public static final String COMMAND = "Tiled Segment and Merge";

	private SparkMain()
	{}

	public static void main(final String[] args)
	{
		System.exit(run(args, System.out, System.err));
	}

	/** Runs the job; returns the exit code (0 done, 1 failed, 2 bad arguments). */
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
			final List<ImageResult> results = SparkTiledMerge.blockwiseWritten(sc, images, partitions);
			for (final ImageResult r : results)
				out.println(String.format(Locale.ROOT, "%s: done, %d blocks, %d tiles, %d tile predictions (%d at seams) -> %d objects, %.3f s of tasks%s", r.image(), r.blocks(), r.tiles(),
						r.inputs(), r.seamInputs(), r.objectCount(), r.seconds(), r.output() == null ? "" : " -> " + r.output()));
			return 0;
		}
		catch (final RuntimeException e)
		{
			err.println("smm-spark: " + COMMAND + " failed: " + e.getMessage());
			return 1;
		}
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
