package io.github.smm.tune;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trials of a tuning report as CSV, one row per trial: {@code run} ({@code all} for the run
 * on all images, {@code fold1}… for the cross-validation runs), {@code trial} (from 0), the
 * metric's value (named by the metric), the other figures (pq, f1, splits, merges) and the value of every tuned key.
 */
public final class TrialsCsv
{
	private TrialsCsv()
	{}

	/** Writes the rows of {@link #rows}. */
	public static void write(final Path file, final TuningReport report) throws IOException
	{
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
		{
			for (final String row : rows(report))
				w.write(row + "\n");
		}
	}

	/** The header and one line per trial. */
	public static List<String> rows(final TuningReport report)
	{
		final List<String> out = new ArrayList<>();
		final List<String> keys = new ArrayList<>();
		report.run().space().parameters().forEach(p -> keys.add(p.key()));
		final List<String> figures = report.run().trials().isEmpty() ? new ArrayList<>() : new ArrayList<>(report.run().trials().get(0).figures().keySet());
		figures.remove(report.metric().token());
		out.add("run,trial," + report.metric().token() + (figures.isEmpty() ? "" : "," + String.join(",", figures)) + "," + String.join(",", keys));
		add(out, "all", report.run(), figures, keys);
		for (final FoldResult f : report.folds())
			add(out, "fold" + f.number(), f.run(), figures, keys);
		return out;
	}

	private static void add(final List<String> out, final String run, final TuningRun r, final List<String> figures, final List<String> keys)
	{
		for (final Trial t : r.trials())
		{
			final StringBuilder sb = new StringBuilder(run).append(',').append(t.number()).append(',').append(number(t.value()));
			final Map<String, Double> f = t.figures();
			for (final String name : figures)
				sb.append(',').append(number(f.getOrDefault(name, Double.NaN)));
			for (final String key : keys)
				sb.append(',').append(t.settings().get(key));
			out.add(sb.toString());
		}
	}

	private static String number(final double v)
	{
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6f", v);
	}
}
