package io.github.smm.ij.tiling;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ImageProcessor;
import io.github.smm.volume.Box3;
import io.github.smm.volume.tiled.VolumeSource;

/**
 * An open stack as a volume: slice {@code z + 1} of the stack is z (one channel, one frame); RGB is
 * read as gray like ImageJ's 8-bit conversion. A virtual stack is read slice by slice as blocks
 * need it.
 */
public final class ImagePlusVolumeSource implements VolumeSource
{
	private final ImageStack stack;
	private final int width, height, depth;

	public ImagePlusVolumeSource(final ImagePlus imp)
	{
		stack = imp.getStack();
		width = imp.getWidth();
		height = imp.getHeight();
		depth = imp.getStackSize();
	}

	@Override
	public long width()
	{
		return width;
	}

	@Override
	public long height()
	{
		return height;
	}

	@Override
	public long depth()
	{
		return depth;
	}

	@Override
	public synchronized float[] read(final Box3 r)
	{
		final float[] out = new float[(int) r.volume()];
		int k = 0;
		for (long z = r.minZ; z < r.maxZ; z++)
		{
			ImageProcessor ip = stack.getProcessor((int) z + 1);
			if (ip.getBitDepth() == 24)
				ip = ip.convertToByte(false);
			for (long y = r.minY; y < r.maxY; y++)
				for (long x = r.minX; x < r.maxX; x++)
					out[k++] = ip.getf((int) x, (int) y);
		}
		return out;
	}
}
