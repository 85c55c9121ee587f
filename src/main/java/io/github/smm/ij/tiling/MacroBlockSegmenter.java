package io.github.smm.ij.tiling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.volume.Box3;
import io.github.smm.volume.tiled.BlockSegmenter;

/**
 * An ImageJ macro per 3D block, in batch mode: the block, a stack of z slices
 * ({@link BlockImages}: 8-bit when its values fit 0..255, else 32-bit) titled
 * {@code block_x<minX>_y<minY>_z<minZ>}, is the active image; the macro must leave a label stack
 * (0 background) of the block's size as the active image. As in 2D, a macro that leaves the block
 * unchanged is refused, and the first error of the macro stops the run with its line
 * ({@link MacroRun}).
 */
public final class MacroBlockSegmenter implements BlockSegmenter
{
	private final String name;

	private final String code;

	/** @param name how messages name the macro (its file name, or macro_code); @param code the macro source */
	public MacroBlockSegmenter(final String name, final String code)
	{
		this.name = name;
		this.code = code;
	}

	@Override
	public int[] labels(final Box3 block, final float[] voxels)
	{
		final ImagePlus imp = BlockImages.toImagePlus(block, voxels);
		final ImagePlus given = imp.duplicate();
		return BlockImages.labels(block, given, run(block, imp), "macro " + name);
	}

	/** Runs the macro on {@code imp}; returns the active image it left (saved and read back), or null. */
	private ImagePlus run(final Box3 block, final ImagePlus imp)
	{
		try
		{
			final Path file = Files.createTempFile("smm-block-labels", ".tif");
			try
			{
				final String path = file.toString().replace('\\', '/');
				try
				{
					new MacroRun(name, code).run(code + "\nif (nImages > 0) saveAs(\"Tiff\", \"" + path + "\");\n", imp);
				}
				catch (final IllegalArgumentException e)
				{
					throw new IllegalArgumentException(BlockImages.name(block) + ": " + e.getMessage(), e);
				}
				return Files.size(file) == 0 ? null : IJ.openImage(path);
			}
			finally
			{
				Files.deleteIfExists(file);
			}
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException(BlockImages.name(block) + ": could not pass the macro's label stack", e);
		}
	}
}
