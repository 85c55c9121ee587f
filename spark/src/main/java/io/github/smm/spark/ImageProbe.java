package io.github.smm.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;


/**
 * An image's size and, for the threshold segmenters with one level for the whole image, that
 * level (the same Otsu level of the same subsampled histogram as the command computes), read
 * in an executor before the blocks are planned; or the error that makes the image unreadable.
 */
final class ImageProbe implements Serializable
{
	private static final long serialVersionUID = 1L;

	final int image;
	final long width, height;
	final double level;
	/** Why the image cannot be read (naming the file), or {@code null}. */
	final String error;

	private ImageProbe(final int image, final long width, final long height, final double level, final String error)
	{
		this.error = error;
		this.image = image;
		this.width = width;
		this.height = height;
		this.level = level;
	}

	static ImageProbe of(final int image, final JobOptions o)
	{
		final Path file = o.path("image_file");
		if (file == null)
			throw new io.github.smm.InvalidOptionException("image_file", "image " + (image + 1) + " of the batch has no image_file");
		try (ImageSource source = ImageSource.open(file, ModelWorker.channels(o)))
		{
			return new ImageProbe(image, source.width(), source.height(), WorkerSegmenters.needsWholeImageLevel(o) ? source.otsuLevel() : Double.NaN, null);
		}
		catch (final IOException e)
		{
			return new ImageProbe(image, 0, 0, Double.NaN, ImageFailure.handle(o, null, new UncheckedIOException(e.getMessage(), e)));
		}
		catch (final RuntimeException e)
		{
			return new ImageProbe(image, 0, 0, Double.NaN, ImageFailure.handle(o, null, e));
		}
	}
}
