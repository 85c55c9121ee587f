package io.github.smm.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.github.smm.InvalidOptionException;

/**
 * The images of a run: {@code image_file} (one image), or {@code batch} — a folder (every
 * {@code .tif}/{@code .tiff} file and {@code .zarr} store in it, sorted by name) or a CSV list (one image path per line,
 * relative paths from the CSV's folder, an optional header {@code image_file}, first column
 * used). Each image gets the run's options with its own {@code image_file}.
 */
public final class Batch
{
	private Batch()
	{}

	/**
	 * @throws InvalidOptionException when neither or both are given, or the batch is empty
	 * @throws UncheckedIOException naming the folder or CSV that cannot be read
	 */
	public static List<JobOptions> images(final JobOptions o)
	{
		if (o.has("image_file") == o.has("batch"))
			throw new InvalidOptionException(o.has("batch") ? "batch" : "image_file", "give either image_file (one image) or batch (a folder or a CSV list of images)");
		if (o.has("image_file"))
			return List.of(o);
		if (o.has("output_coco"))
			throw new InvalidOptionException("output_coco", "holds one image; with batch use output_folder (one COCO file per image)");
		if (o.has("output_geojson"))
			throw new InvalidOptionException("output_geojson", "holds one image; with batch use output_folder and geojson=true");
		if (o.has("output_labels_zarr"))
			throw new InvalidOptionException("output_labels_zarr", "holds one image; with batch use output_folder and zarr_labels=true");
		final Path batch = o.path("batch");
		final List<JobOptions> out = new ArrayList<>();
		for (final Path image : Files.isDirectory(batch) ? folder(batch) : csv(batch))
			out.add(o.with("batch", "").with("image_file", image.toString()));
		if (out.isEmpty())
			throw new InvalidOptionException("batch", batch + " lists no image");
		return out;
	}

	private static List<Path> folder(final Path dir)
	{
		try (Stream<Path> files = Files.list(dir))
		{
			final List<Path> out = new ArrayList<>();
			files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(tiff?|zarr)")).sorted().forEach(out::add);
			return out;
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot list the batch folder " + dir + ": " + e.getMessage(), e);
		}
	}

	private static List<Path> csv(final Path file)
	{
		try
		{
			final List<Path> out = new ArrayList<>();
			final List<String> lines = Files.readAllLines(file);
			for (int n = 0; n < lines.size(); n++)
			{
				final String first = lines.get(n).split(",", -1)[0].trim().replaceAll("^\"|\"$", "");
				if (first.isEmpty() || n == 0 && first.equalsIgnoreCase("image_file"))
					continue;
				final Path p = file.toAbsolutePath().getParent().resolve(first);
				if (!Files.isRegularFile(p) && !Files.isDirectory(p))
					throw new InvalidOptionException("batch", file + " line " + (n + 1) + ": no image file or Zarr store " + p);
				out.add(p);
			}
			return out;
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot read the batch list " + file + ": " + e.getMessage(), e);
		}
	}
}
