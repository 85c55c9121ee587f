package io.github.smm.ij.tiling;

import ij.ImagePlus;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TileException;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * An ImageJ macro per tile, in batch mode: the tile (8-bit when its values fit 0..255, else
 * 32-bit), titled {@code tile_x<minX>_y<minY>}, is the active image; the macro must leave a
 * label image (0 background) of the tile's size as the active image. ROIs in the ROI Manager
 * are not read. The first error of the macro stops the run with its line ({@link MacroRun}).
 */
public final class MacroSegmenter<T extends RealType<T>> implements TileSegmenter.ToLabels<T>
{
	private final String name;

	private final String code;

	/** @param code the macro source, named {@code macro_code} in messages */
	public MacroSegmenter(final String code)
	{
		this("macro_code", code);
	}

	/** @param name how messages name the macro (its file name); @param code the macro source */
	public MacroSegmenter(final String name, final String code)
	{
		this.name = name;
		this.code = code;
	}

	@Override
	public RandomAccessibleInterval<? extends IntegerType<?>> labels(final Tile tile, final RandomAccessibleInterval<T> pixels)
	{
		final FloatProcessor fp = TileImages.toProcessor(pixels);
		fp.resetMinAndMax();
		final ImageProcessor ip = fp.getMin() >= 0 && fp.getMax() <= 255 ? fp.convertToByte(false) : fp;
		final ImagePlus imp = new ImagePlus("tile_x" + tile.region().minX + "_y" + tile.region().minY, ip);
		final ImageProcessor before = ip.duplicate();
		final ImagePlus result = run(tile, imp);
		if (result == null)
			throw new TileException(tile, "macro " + name + " left no label image as the active image");
		if (same(before, result.getProcessor()))
			throw new TileException(tile, "macro " + name + " left the tile itself, unchanged, as the active image: it must leave a label image (0 background)");
		return ImagePlusLabels.labels(result);
	}

	private ImagePlus run(final Tile tile, final ImagePlus imp)
	{
		try
		{
			final java.nio.file.Path file = java.nio.file.Files.createTempFile("smm-tile-labels", ".tif");
			try
			{
				final String path = file.toString().replace('\\', '/');
				try
				{
					new MacroRun(name, code).run(code + "\nif (nImages > 0) saveAs(\"Tiff\", \"" + path + "\");\n", imp);
				}
				catch (final IllegalArgumentException e)
				{
					throw new TileException(tile, e.getMessage());
				}
				return java.nio.file.Files.size(file) == 0 ? null : ij.IJ.openImage(path);
			}
			finally
			{
				java.nio.file.Files.deleteIfExists(file);
			}
		}
		catch (final java.io.IOException e)
		{
			throw new java.io.UncheckedIOException("tile " + tile.index() + ": could not pass the macro's label image", e);
		}
	}

	/** Whether {@code b} has the size, type and pixels of {@code a}. */
	private static boolean same(final ImageProcessor a, final ImageProcessor b)
	{
		if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight() || a.getBitDepth() != b.getBitDepth())
			return false;
		for (int k = 0; k < a.getPixelCount(); k++)
			if (Float.compare(a.getf(k), b.getf(k)) != 0)
				return false;
		return true;
	}
}
