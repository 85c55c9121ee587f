package io.github.smm.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;

/**
 * Writes an image's merged objects where the options say: {@code output_coco} (one image), or
 * {@code output_folder/<image name>.json} (a batch), COCO JSON with compressed RLE as the
 * command writes. Idempotent under task retries: each task attempt writes its own file
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

	/** Writes the COCO file of an image; returns it, or {@code null} when none is asked for. */
	static Path write(final JobOptions o, final ImageResult r)
	{
		final Path target = cocoFile(o);
		if (target == null)
			return null;
		final Path attempt = target.resolveSibling(target.getFileName() + ".attempt-" + TaskFaults.attempt());
		try
		{
			if (target.getParent() != null)
				Files.createDirectories(target.getParent());
			final List<io.github.smm.model.Instance> objects = r.instances();
			CocoJson.write(CocoDataset.builder().image(1, o.path("image_file").getFileName().toString(), (int) r.width(), (int) r.height()).category(0, "object")
					.instances(1, objects).build(), attempt, CocoWriteOptions.rle());
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
}
