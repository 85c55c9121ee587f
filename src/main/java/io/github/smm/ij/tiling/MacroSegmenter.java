package io.github.smm.ij.tiling;

import ij.ImagePlus;
import ij.macro.Interpreter;
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
 * are not read.
 */
public final class MacroSegmenter<T extends RealType<T>> implements TileSegmenter.ToLabels<T>
{
	private final String code;

	/** @param code the macro source */
	public MacroSegmenter(final String code)
	{
		this.code = code;
	}

	@Override
	public RandomAccessibleInterval<? extends IntegerType<?>> labels(final Tile tile, final RandomAccessibleInterval<T> pixels)
	{
		final FloatProcessor fp = TileImages.toProcessor(pixels);
		fp.resetMinAndMax();
		final ImageProcessor ip = fp.getMin() >= 0 && fp.getMax() <= 255 ? fp.convertToByte(false) : fp;
		final ImagePlus imp = new ImagePlus("tile_x" + tile.region().minX + "_y" + tile.region().minY, ip);
		final ImagePlus result = run(tile, imp);
		if (result == null)
			throw new TileException(tile, "the macro left no label image as the active image");
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
				final Interpreter interp = new Interpreter();
				interp.setIgnoreErrors(true);
				interp.runBatchMacro(code + "\nif (nImages > 0) saveAs(\"Tiff\", \"" + path + "\");\n", imp);
				final String error = interp.getErrorMessage();
				if (error != null)
					throw new TileException(tile, "macro error: " + error);
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
}
