package io.github.smm.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;


/**
 * An image's size and, for the threshold segmenters with one level for the whole image, that
 * level (the same Otsu level of the same subsampled histogram as the command computes), and for
 * {@code segmenter=bioimageio,normalization=whole_image} the subsample its statistics come from
 * (read as the command reads it, {@link WholeImageSample}), read once per image in an executor
 * before the blocks are planned; or the error that makes the image unusable, naming the file
 * (with {@code fail_fast} the probe's task fails instead).
 */
final class ImageProbe implements Serializable
{
	private static final long serialVersionUID = 1L;

	final int image;
	final long width, height;
	final double level;
	/** Why the image cannot be read (naming the file), or {@code null}. */
	final String error;
	/** {@code normalization=whole_image}'s subsample of the image (see {@link WholeImageSample}), or {@code null}. */
	final WholeImageSample sample;

	private ImageProbe(final int image, final long width, final long height, final double level, final String error)
	{
		this(image, width, height, level, error, null);
	}

	private ImageProbe(final int image, final long width, final long height, final double level, final String error, final WholeImageSample sample)
	{
		this.error = error;
		this.sample = sample;
		this.image = image;
		this.width = width;
		this.height = height;
		this.level = level;
	}

	/** The same probe without its sample (which the block tasks get by broadcast), so that the driver's closures over the probes stay small. */
	ImageProbe withoutSample()
	{
		return sample == null ? this : new ImageProbe(image, width, height, level, error);
	}

	static ImageProbe of(final int image, final JobOptions o)
	{
		final Path file = o.path("image_file");
		if (file == null)
			throw new io.github.smm.InvalidOptionException("image_file", "image " + (image + 1) + " of the batch has no image_file");
		try (ImageSource source = ImageSource.open(file, ModelWorker.channels(o)))
		{
			final double level = WorkerSegmenters.needsWholeImageLevel(o) ? source.otsuLevel() : Double.NaN;
			WholeImageSample sample = null;
			if (WholeImageSample.needed(o))
				try
				{
					sample = WholeImageSample.of(o, source);
				}
				catch (final RuntimeException e)
				{
					return new ImageProbe(image, 0, 0, Double.NaN, ImageFailure.handle(o, "whole-image statistics", e));
				}
			return new ImageProbe(image, source.width(), source.height(), level, null, sample);
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
