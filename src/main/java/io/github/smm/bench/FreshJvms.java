package io.github.smm.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code bench --jvms K …}: the same bench in K fresh JVMs, one after the other, so the first
 * merge of each is a true cold start (what a user of the launcher, or of a freshly started Fiji,
 * gets). Each child runs with this JVM's options and class path and prints its own lines; this
 * prints them, then one JSON line with the medians of the children's cold merge (the first merge in
 * its JVM) and warm merge (the median of its later merges, with {@code --repeat} ≥ 2).
 */
final class FreshJvms
{
	private FreshJvms()
	{}

	/** Runs {@code args} (without {@code --jvms}) in {@code jvms} child JVMs; returns the exit status. */
	static int run(final int jvms, final String[] args, final PrintStream out, final PrintStream err)
	{
		final double[] cold = new double[jvms], warm = new double[jvms], load = new double[jvms];
		final JsonArray runs = new JsonArray();
		for (int k = 0; k < jvms; k++)
		{
			final JsonObject j;
			try
			{
				j = child(args, out);
			}
			catch (final IOException | InterruptedException | RuntimeException e)
			{
				err.println("bench: fresh JVM " + (k + 1) + " of " + jvms + " failed: " + e.getMessage());
				return 1;
			}
			cold[k] = j.get("cold_merge_seconds").getAsDouble();
			warm[k] = j.has("warm_merge_seconds") ? j.get("warm_merge_seconds").getAsDouble() : Double.NaN;
			load[k] = j.get("load_average_start").getAsDouble();
			runs.add(cold[k]);
		}
		final JsonObject summary = new JsonObject();
		summary.addProperty("jvms", jvms);
		summary.addProperty("cold_merge_seconds_median", median(cold));
		summary.add("cold_merge_seconds_all", runs);
		if (!Double.isNaN(warm[0]))
		{
			summary.addProperty("warm_merge_seconds_median", median(warm));
			final JsonArray w = new JsonArray();
			for (final double v : warm)
				w.add(v);
			summary.add("warm_merge_seconds_all", w);
		}
		summary.addProperty("load_average_median", median(load));
		out.printf(java.util.Locale.ROOT, "%d fresh JVMs: cold merge median %.3f s %s, warm merge median %.3f s; load average median %.2f%n", jvms, median(cold),
				Arrays.toString(cold), median(warm), median(load));
		out.println(new Gson().toJson(summary));
		return 0;
	}

	/** One child JVM: its output is copied to {@code out}; returns its last line as JSON. */
	private static JsonObject child(final String[] args, final PrintStream out) throws IOException, InterruptedException
	{
		final List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		for (final String option : ManagementFactory.getRuntimeMXBean().getInputArguments())
			if (!option.startsWith("-agentlib") && !option.startsWith("-javaagent"))
				command.add(option);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("io.github.smm.cli.Main");
		command.add("bench");
		command.addAll(Arrays.asList(args));
		final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String last = null;
		try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)))
		{
			for (String line; (line = r.readLine()) != null;)
			{
				out.println(line);
				last = line;
			}
		}
		final int status = p.waitFor();
		if (status != 0 || last == null || !last.startsWith("{"))
			throw new IOException("exit status " + status + (last == null ? "" : ", last line: " + last));
		return JsonParser.parseString(last).getAsJsonObject();
	}

	private static double median(final double[] values)
	{
		final double[] t = values.clone();
		Arrays.sort(t);
		final int n = t.length;
		return n % 2 == 1 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
	}
}
