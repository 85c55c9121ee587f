package io.github.smm.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import io.github.smm.io.ClusterCsv;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.io.geojson.ClassNames;
import io.github.smm.io.geojson.GeoJson;
import io.github.smm.spark.zarr.ZarrLabels;

/**
 * Writes an image's merged objects where the options say: {@code output_coco} (one image), or
 * {@code output_folder/<image name>.json} (a batch), COCO JSON with compressed RLE as the
 * command writes; the objects table ({@code output_csv}, or {@code csv=true}: the cluster table
 * of the merge commands, {@link ClusterCsv}, with the centroids, {@link ObjectsCsv}); QuPath GeoJSON ({@code output_geojson}, or {@code geojson=true} in
 * {@code output_folder}); and a Zarr label store ({@code output_labels_zarr}, or {@code zarr_labels=true}
 * in {@code output_folder}), written chunk by chunk. Idempotent under task retries: each task attempt writes its own file
 * ({@code .attempt-<stage>-<partition>-<attempt>}) and commits it by an atomic rename onto the
 * final name; an attempt that dies leaves no final file half written, and a re-run attempt
 * commits the same bytes (the job is deterministic).
 */
final class ImageOutputs
{
	private ImageOutputs()
	{}

	/** The COCO file of an image, or {@code null} when no output is asked for. */
	static Path cocoFile(final JobOptions o)
	{
		if (o.has("output_coco"))
			return o.path("output_coco");
		if (!o.has("output_folder"))
			return null;
		final String name = o.path("image_file").getFileName().toString().replaceFirst("\\.[^.]*$", "");
		return o.path("output_folder").resolve(name + ".json");
	}

	/** The Zarr label store of an image ({@code output_labels_zarr}, or with {@code zarr_labels=true} {@code output_folder/<image name>_labels.zarr}), or {@code null}. */
	static Path labelsStore(final JobOptions o)
	{
		if (o.has("output_labels_zarr"))
			return o.path("output_labels_zarr");
		if (!o.flag("zarr_labels") || !o.has("output_folder"))
			return null;
		return o.path("output_folder").resolve(o.path("image_file").getFileName().toString().replaceFirst("\\.[^.]*$", "") + "_labels.zarr");
	}

	/** Writes the outputs of an image; returns what was written ({@code ;}-separated), or {@code null} when nothing is asked for. */
	static String write(final JobOptions o, final ImageResult r)
	{
		final List<String> written = new java.util.ArrayList<>();
		for (final Path p : new Path[] { writeCoco(o, r), writeGeojson(o, r), writeCsv(o, r), writeLabels(o, r) })
			if (p != null)
				written.add(p.toString());
		return written.isEmpty() ? null : String.join(";", written);
	}

	/**
	 * Writes the label store chunk by chunk into a folder of this task attempt, then renames the
	 * folder onto its name (a store left by an earlier run is replaced).
	 */
	private static Path writeLabels(final JobOptions o, final ImageResult r)
	{
		final Path target = labelsStore(o);
		if (target == null)
			return null;
		final Path attempt = target.resolveSibling(target.getFileName() + ".attempt-" + TaskFaults.attempt());
		try
		{
			deleteTree(attempt);
			ZarrLabels.write(attempt, o.integer("zarr_format", 3), o.integer("zarr_chunk", 512), r.width(), r.height(), r.instances());
			deleteTree(target);
			Files.move(attempt, target, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write the label store " + target + " for " + r.image() + ": " + e.getMessage(), e);
		}
	}

	private static void deleteTree(final Path dir) throws IOException
	{
		if (!Files.exists(dir))
			return;
		try (java.util.stream.Stream<Path> files = Files.walk(dir))
		{
			for (final Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator)
				Files.delete(p);
		}
	}

	/** Writes the COCO file of an image; returns it, or {@code null} when none is asked for. */
	private static Path writeCoco(final JobOptions o, final ImageResult r)
	{
		return commit(cocoFile(o), r, attempt -> CocoJson.write(CocoDataset.builder().image(1, o.path("image_file").getFileName().toString(), (int) r.width(), (int) r.height())
				.category(0, "object").instances(1, r.instances()).build(), attempt, CocoWriteOptions.rle()));
	}

	/** The GeoJSON file of an image ({@code output_geojson}, or with {@code geojson=true} {@code output_folder/<image name>.geojson}), or {@code null}. */
	static Path geojsonFile(final JobOptions o)
	{
		if (o.has("output_geojson"))
			return o.path("output_geojson");
		if (!o.flag("geojson") || !o.has("output_folder"))
			return null;
		return o.path("output_folder").resolve(o.path("image_file").getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".geojson");
	}

	/** Writes the QuPath GeoJSON of an image (as the command's {@code output_geojson}); returns it, or {@code null}. */
	private static Path writeGeojson(final JobOptions o, final ImageResult r)
	{
		return commit(geojsonFile(o), r, attempt -> GeoJson.write(attempt, r.instances(), ClassNames.none(), null));
	}

	/** The objects table of an image ({@code output_csv}, or with {@code csv=true} {@code output_folder/<image name>_objects.csv}), or {@code null}. */
	static Path csvFile(final JobOptions o)
	{
		if (o.has("output_csv"))
			return o.path("output_csv");
		if (!o.flag("csv") || !o.has("output_folder"))
			return null;
		return o.path("output_folder").resolve(o.path("image_file").getFileName().toString().replaceFirst("\\.[^.]*$", "") + "_objects.csv");
	}

	/** Writes the objects table of an image ({@link ObjectsCsv}: the merge commands' cluster table and the centroids); returns it, or {@code null}. */
	private static Path writeCsv(final JobOptions o, final ImageResult r)
	{
		return commit(csvFile(o), r, attempt -> {
			try (java.io.Writer out = Files.newBufferedWriter(attempt, java.nio.charset.StandardCharsets.UTF_8))
			{
				ObjectsCsv.write(out, r);
			}
		});
	}

	/** Writes {@code target} through a file of this task attempt moved onto its name; {@code null} target: nothing asked. */
	private static Path commit(final Path target, final ImageResult r, final Writer writer)
	{
		if (target == null)
			return null;
		final Path attempt = target.resolveSibling(target.getFileName() + ".attempt-" + TaskFaults.attempt());
		try
		{
			if (target.getParent() != null)
				Files.createDirectories(target.getParent());
			writer.write(attempt);
			TaskFaults.failFirstAttempt("written " + attempt.getFileName() + ", not committed");
			Files.move(attempt, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write " + target + " for " + r.image() + ": " + e.getMessage(), e);
		}
		finally
		{
			try
			{
				Files.deleteIfExists(attempt);
			}
			catch (final IOException e)
			{
				// the attempt file is only a leftover; the error that matters is reported above
			}
		}
	}

	/** Writes one output file. */
	@FunctionalInterface
	private interface Writer
	{
		void write(Path file) throws IOException;
	}
}
