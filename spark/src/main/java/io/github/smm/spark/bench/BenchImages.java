package io.github.smm.spark.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;

/** The shared mosaics (PNG) as TIFF files in a temporary folder: the format the job reads by region (the benchmark and the real-data tests). */
public final class BenchImages
{
	private BenchImages()
	{}

	/** The PNG converted to a TIFF in {@code dir}. */
	public static Path tiff(final Path png, final Path dir)
	{
		if (!Files.isRegularFile(png))
			throw new IllegalArgumentException("missing shared image " + png);
		final Path tif = dir.resolve(png.getFileName().toString().replaceFirst("\\.png$", ".tif"));
		final ImagePlus image = IJ.openImage(png.toString());
		if (image == null || !IJ.saveAsTiff(image, tif.toString()))
			throw new IllegalStateException("cannot convert " + png + " to " + tif);
		return tif;
	}
}
