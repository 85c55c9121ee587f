package io.github.smm.ij;

import java.nio.file.Path;
import java.util.Locale;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.process.ImageProcessor;
import io.github.smm.io.FormatException;

/**
 * Refuses image files whose labels ImageJ does not read back exactly: signed 16-bit images
 * (ImageJ adds 32768, so the background becomes an object), 32-bit integer images with labels
 * of 2<sup>24</sup> or more (ImageJ converts them to float, merging neighbouring labels), and
 * images in a lossy or colour format named like a label image (a JPEG named {@code .tif}).
 */
final class LabelFileTypes
{
	/** Largest label a float pixel holds exactly. */
	private static final double EXACT_FLOAT = 1 << 24;

	private LabelFileTypes()
	{}

	static void require(final ImagePlus imp, final Path file) throws java.io.IOException
	{
		final FileInfo fi = imp.getOriginalFileInfo();
		final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if ((name.endsWith(".tif") || name.endsWith(".tiff")) && !io.github.smm.io.TiffCheck.isTiff(file))
			throw new FormatException(file + ": not a TIFF file (ImageJ read it as another format); save the labels as TIFF");
		if (fi == null)
			return;
		if (fi.fileType == FileInfo.GRAY16_SIGNED)
			throw new FormatException(file + ": signed 16-bit image; labels must be unsigned (8-, 16- or 32-bit): convert it with Image > Type > 16-bit first");
		if ((fi.fileType == FileInfo.GRAY32_INT || fi.fileType == FileInfo.GRAY32_UNSIGNED) && max(imp) >= EXACT_FLOAT)
			throw new FormatException(file + ": 32-bit integer labels of 2^24 (16777216) or more, which ImageJ cannot read exactly (it converts them to float); renumber the labels below 2^24");
	}

	private static double max(final ImagePlus imp)
	{
		double max = 0;
		for (int k = 1; k <= imp.getStackSize(); k++)
		{
			final ImageProcessor ip = imp.getStack().getProcessor(k);
			ip.resetMinAndMax();
			max = Math.max(max, ip.getMax());
		}
		return max;
	}
}
