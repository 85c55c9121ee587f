package io.github.smm.ij.tiling;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import io.github.smm.io.FormatException;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.volume.Box3;

/**
 * A 3D block as an ImageJ stack for macros and commands, and their label stack back as the
 * block's labels: the block is 8-bit when its values are whole numbers in 0..255, else 32-bit,
 * titled {@code block_x<minX>_y<minY>_z<minZ>}, one slice per z.
 */
final class BlockImages
{
	private BlockImages()
	{}

	/** How messages name a block: {@code block x0 y64 z16 (96 x 96 x 32)}. */
	static String name(final Box3 block)
	{
		return "block x" + block.minX + " y" + block.minY + " z" + block.minZ + " (" + block.width() + " x " + block.height() + " x " + block.depth() + ")";
	}

	/** The block's voxels (x fastest, then y, then z) as a stack of z slices. */
	static ImagePlus toImagePlus(final Box3 block, final float[] voxels)
	{
		final int w = (int) block.width(), h = (int) block.height(), d = (int) block.depth();
		final boolean bytes = fitsBytes(voxels);
		final ImageStack stack = new ImageStack(w, h);
		for (int z = 0; z < d; z++)
		{
			final float[] plane = new float[w * h];
			System.arraycopy(voxels, z * w * h, plane, 0, w * h);
			final FloatProcessor fp = new FloatProcessor(w, h, plane);
			stack.addSlice(bytes ? fp.convertToByte(false) : fp);
		}
		return new ImagePlus("block_x" + block.minX + "_y" + block.minY + "_z" + block.minZ, stack);
	}

	private static boolean fitsBytes(final float[] voxels)
	{
		for (final float v : voxels)
			if (!(v >= 0 && v <= 255 && v == Math.rint(v)))
				return false;
		return true;
	}

	/**
	 * The labels of {@code result}, which {@code who} (the macro or command, for messages) gave
	 * for {@code block} from {@code given}.
	 *
	 * @throws IllegalArgumentException naming the block and {@code who} when there is no result,
	 *             when it is the block itself unchanged, or not of the block's size; a
	 *             {@link FormatException} for voxels that are no labels
	 */
	static int[] labels(final Box3 block, final ImagePlus given, final ImagePlus result, final String who)
	{
		if (result == null)
			throw new IllegalArgumentException(name(block) + ": " + who + " left no label stack as the active image");
		if (result.getWidth() != block.width() || result.getHeight() != block.height() || result.getStackSize() != block.depth())
			throw new IllegalArgumentException(name(block) + ": " + who + " gave " + result.getWidth() + " x " + result.getHeight() + " x " + result.getStackSize()
					+ " voxels; a label stack of the block's size (" + block.width() + " x " + block.height() + " x " + block.depth() + ") is needed");
		if (same(given, result))
			throw new IllegalArgumentException(name(block) + ": " + who + " left the block itself, unchanged: it must give a label stack (0 background)");
		try
		{
			return ImagePlusVolumes.labels(result);
		}
		catch (final FormatException e)
		{
			throw new FormatException(name(block) + ": " + who + ": " + e.getMessage(), e);
		}
	}

	/** Whether {@code b} has the type and voxels of {@code a} (sizes already equal). */
	private static boolean same(final ImagePlus a, final ImagePlus b)
	{
		if (a.getBitDepth() != b.getBitDepth())
			return false;
		for (int z = 1; z <= a.getStackSize(); z++)
		{
			final ImageProcessor p = a.getStack().getProcessor(z), q = b.getStack().getProcessor(z);
			for (int k = 0; k < p.getPixelCount(); k++)
				if (Float.compare(p.getf(k), q.getf(k)) != 0)
					return false;
		}
		return true;
	}
}
