package io.github.smm.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary of a batch, one row per image in batch order: status ({@code done} or
 * {@code failed}), size, blocks, tiles, tile predictions, those merged at seams, objects,
 * seconds of tasks, the output file, and the error of a failed image. Written as CSV (to
 * {@code summary_csv}, or {@code output_folder/summary.csv}) by the driver.
 */
final class SummaryTable
{
	static final String HEADER = "image,status,width,height,blocks,tiles,tile_predictions,seam_predictions,objects,task_seconds,output,error";

	private SummaryTable()
	{}

	/** The CSV file the options ask for, or {@code null}. */
	static Path file(final JobOptions o)
	{
		if (o.has("summary_csv"))
			return o.path("summary_csv");
		return o.has("output_folder") ? o.path("output_folder").resolve("summary.csv") : null;
	}

	/** Header and one row per image. */
	static List<String> lines(final List<ImageResult> results)
	{
		final List<String> out = new ArrayList<>();
		out.add(HEADER);
		for (final ImageResult r : results)
			out.add(String.join(",", quote(r.image()), r.error() == null ? "done" : "failed", Long.toString(r.width()), Long.toString(r.height()),
					Integer.toString(r.blocks()), Integer.toString(r.tiles()), Long.toString(r.inputs()), Long.toString(r.seamInputs()),
					Integer.toString(r.objectCount()), String.format(Locale.ROOT, "%.3f", r.seconds()), quote(r.output() == null ? "" : r.output()),
					quote(r.error() == null ? "" : r.error())));
		return out;
	}

	/** Writes the table (through a temporary file moved onto the name, so a reader never sees half a table). */
	static void write(final Path file, final List<ImageResult> results)
	{
		final Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		try
		{
			if (file.getParent() != null)
				Files.createDirectories(file.getParent());
			Files.write(tmp, lines(results), StandardCharsets.UTF_8);
			Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write the summary table " + file + ": " + e.getMessage(), e);
		}
	}

	private static String quote(final String s)
	{
		final boolean plain = s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
		return plain ? s : "\"" + s.replace("\"", "\"\"") + "\"";
	}
}
