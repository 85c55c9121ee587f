package io.github.smm.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

import org.scijava.Context;
import org.scijava.module.Module;

import io.github.smm.command.CommandFailure;
import io.github.smm.command.ReportedFailures;

/**
 * Command-line entry point of {@code target/smm.jar}:
 * <pre>
 * java -jar target/smm.jar run "Merge COCO JSON" "input=pred.json,output=merged.json"
 * java -jar target/smm.jar demo [--out DIR] [--shared]
 * java -jar target/smm.jar bench --scene voronoi --size 4096 --tile 512 --overlap 0.2 --method smm-exact
 * </pre>
 */
public final class Main
{
	private Main()
	{}

	public static void main(final String... args)
	{
		// ImageJ may start AWT threads that keep the JVM alive: exit explicitly
		System.exit(run(args, System.out, System.err));
	}

	/** Runs a sub-command; returns the process exit code. */
	public static int run(final String[] given, final PrintStream out, final PrintStream err)
	{
		final boolean debug = Arrays.asList(given).contains(FailureReport.DEBUG_FLAG) || FailureReport.debugProperty();
		final String[] args = Arrays.stream(given).filter(a -> !a.equals(FailureReport.DEBUG_FLAG)).toArray(String[]::new);
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h"))
		{
			usage(out);
			return args.length == 0 ? 2 : 0;
		}
		final String[] rest = Arrays.copyOfRange(args, 1, args.length);
		try
		{
			switch (args[0])
			{
			case "run":
				return runCommand(rest, out, err);
			case "demo":
				return Demo.run(rest, out, err);
			case "bench":
				return io.github.smm.bench.Bench.run(rest, out, err);
			case "tile-bench":
				return io.github.smm.bench.TileBench.run(rest, out, err);
			case "model-bench":
				return io.github.smm.bench.ModelBench.run(rest, out, err);
			case "tune":
				return runCommand(new String[] { "Tune Merge Parameters", String.join(",", rest) }, out, err);
			case "tune-bench":
				return io.github.smm.bench.TuneBench.run(rest, out, err);
			default:
				err.println("unknown sub-command '" + args[0] + "'");
				usage(err);
				return 2;
			}
		}
		catch (final Exception | StackOverflowError | OutOfMemoryError e)
		{
			// a command's own failure stands alone; exit code 2 for bad input, 1 for a bug
			return FailureReport.report(e, err, debug);
		}
	}

	private static int runCommand(final String[] args, final PrintStream out, final PrintStream err) throws Exception
	{
		if (args.length < 1 || args.length > 2)
		{
			err.println("usage: run \"<Command Title>\" \"key=value,key=value\"");
			return 2;
		}
		System.setProperty("smm.batch", "true");
		final Map<String, String> arguments = RunArguments.parse(args.length > 1 ? args[1] : "");
		final Context context = new Context();
		// bad input is reported below in one line, not also logged by SciJava with a stack trace
		final Object reported = ReportedFailures.subscribe(context);
		try
		{
			final Module m = new CommandLauncher(context).run(args[0], arguments);
			if (m instanceof org.scijava.Cancelable && ((org.scijava.Cancelable) m).isCanceled())
				throw CommandFailure.of(args[0], new IllegalArgumentException(String.valueOf(((org.scijava.Cancelable) m).getCancelReason())));
			final Object summary = m.getOutput("summary");
			out.println(args[0] + ": " + (summary == null ? "done" : summary));
			return 0;
		}
		finally
		{
			java.lang.ref.Reference.reachabilityFence(reported);
			context.dispose();
		}
	}

	/** The messages of an exception and its causes, without repeats. */
	static String messages(final Throwable t)
	{
		final StringBuilder sb = new StringBuilder();
		String last = null;
		for (Throwable c = t; c != null; c = c.getCause())
		{
			final String m = c.getMessage();
			if (m != null && !m.isEmpty() && (last == null || !last.contains(m)) && !m.equals("Module threw exception"))
			{
				sb.append(sb.length() == 0 ? "" : ": ").append(m);
				last = m;
			}
		}
		return sb.length() == 0 ? t.toString() : sb.toString();
	}

	private static void usage(final PrintStream out)
	{
		out.println("Spatial Mask Merging — merge the instance predictions of tiled segmentation");
		out.println();
		out.println("  java -jar smm.jar run \"<Command Title>\" \"key=value,key=value\" [--debug]");
		out.println("      Merge ROIs | Merge Label Images | Merge COCO JSON | Merge GeoJSON | ... (Fiji --run syntax)");
		out.println("  java -jar smm.jar tune predictions=P ground_truth=G output_parameters=best.json [metric=pq trials=50 folds=3 ...]");
		out.println("      Tune Merge Parameters: the best merge settings on annotated images, held-out folds");
		out.println("      exit code 0: done, 2: bad input or usage (one line on stderr), 1: internal error (--debug: stack trace)");
		out.println("  java -jar smm.jar demo [--out DIR] [--shared]");
		out.println("      tile, segment (threshold + watershed) and merge a generated cell image");
		out.println("  java -jar smm.jar bench --scene voronoi|blobs --size N --tile T --overlap R --method M");
		out.println("      benchmark a merging method on a generated tiled scene");
		out.println("  java -jar smm.jar bench --scene voronoi3d --size N --block B --overlap O");
		out.println("      merge perfect 3D block predictions of a generated volume of touching cells");
		out.println("  java -jar smm.jar tile-bench [--size N --tile T --overlap R]");
		out.println("      runner and blending overhead per tile, resident pixels of a streamed plan");
		out.println("  java -jar smm.jar tune-bench [--trials N --folds K --sets dsb,monuseg]");
		out.println("      tuned vs default merging on the shared real-model tile predictions (held-out folds)");
	}
}
