package io.github.smm.command.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import ij.io.FileInfo;
import ij.io.TiffDecoder;
import io.github.smm.io.FormatException;

/**
 * The pixel size of a label image file, read from its header only, so that a prediction and a
 * ground truth of different sizes are refused instead of scored (a 64² prediction against a
 * 256² truth is no evaluation of anything).
 */
final class LabelImageSize
{
	private LabelImageSize()
	{}

	/**
	 * @throws FormatException naming both files when both are label images of different sizes
	 */
	static void requireSame(final Path prediction, final Path truth) throws IOException
	{
		final long[] p = of(prediction), t = of(truth);
		if (p != null && t != null && (p[0] != t[0] || p[1] != t[1]))
			throw new FormatException("prediction " + prediction + " is " + p[0] + " x " + p[1] + " but ground_truth " + truth + " is " + t[0] + " x " + t[1]
					+ ": they must be label images of the same image");
	}

	/** {width, height} of a TIFF or PNG file, or null for other files. */
	static long[] of(final Path file) throws IOException
	{
		if (!Files.isRegularFile(file))
			return null;
		final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".tif") || name.endsWith(".tiff"))
		{
			final Path dir = file.toAbsolutePath().getParent();
			final FileInfo[] info = new TiffDecoder(dir.toString() + java.io.File.separator, file.getFileName().toString()).getTiffInfo();
			return info == null || info.length == 0 ? null : new long[] { info[0].width, info[0].height };
		}
		if (!name.endsWith(".png"))
			return null;
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile()))
		{
			final Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext())
				return null;
			final ImageReader r = readers.next();
			try
			{
				r.setInput(in);
				return new long[] { r.getWidth(0), r.getHeight(0) };
			}
			finally
			{
				r.dispose();
			}
		}
	}
}
