package io.github.smm.ij;

import java.util.List;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.smm.io.FormatException;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VoxelSize;

/** Label stacks as 3D volumes: ImagePlus stacks to dense labels and back, voxel size from the calibration. */
public final class ImagePlusVolumes
{
	private ImagePlusVolumes()
	{}

	/**
	 * Whether the image's planes are z slices of one volume: more than one slice, one channel and
	 * one frame (a plain stack without hyperstack dimensions counts its planes as slices).
	 */
	public static boolean isVolume(final ImagePlus imp)
	{
		return imp.getNSlices() > 1 && imp.getNFrames() == 1 && imp.getNChannels() == 1;
	}

	/**
	 * The labels of every plane, x fastest, then y, then z.
	 *
	 * @throws FormatException naming the image and voxel when it is RGB or holds a non-integer
	 *             or negative label
	 */
	public static int[] labels(final ImagePlus imp)
	{
		final int w = imp.getWidth(), h = imp.getHeight(), d = imp.getStackSize();
		if ((long) w * h * d > Integer.MAX_VALUE - 8)
			throw new FormatException(imp.getTitle() + ": " + w + " x " + h + " x " + d + " voxels do not fit one block (at most 2^31)");
		if (imp.getBitDepth() == 24)
			throw new FormatException(imp.getTitle() + " is RGB; a label stack must be 8-, 16- or 32-bit");
		final int[] out = new int[w * h * d];
		final ImageStack stack = imp.getStack();
		for (int z = 0; z < d; z++)
		{
			final ImageProcessor ip = stack.getProcessor(z + 1);
			for (int i = 0; i < w * h; i++)
			{
				final float v = ip.getf(i);
				if (v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE)
					throw new FormatException(imp.getTitle() + ": voxel (" + i % w + ", " + i / w + ", " + z + ") is " + v + ", not a label (a whole number >= 0)");
				out[z * w * h + i] = (int) v;
			}
		}
		return out;
	}

	/** The voxel size z, y, x of the image's calibration (1, 1, 1 when uncalibrated). */
	public static VoxelSize voxelSize(final ImagePlus imp)
	{
		final Calibration c = imp.getCalibration();
		return new VoxelSize(positive(c.pixelDepth), positive(c.pixelHeight), positive(c.pixelWidth));
	}

	private static double positive(final double v)
	{
		return v > 0 && !Double.isInfinite(v) ? v : 1;
	}

	/**
	 * A label stack over {@code region}: mask {@code i} gets label {@code i + 1} (16-bit up to 65535
	 * masks, else 32-bit float), calibrated with {@code voxel} in {@code unit}.
	 */
	public static ImagePlus toImagePlus(final List<VolumeMask> masks, final Box3 region, final String title, final VoxelSize voxel, final String unit)
	{
		if (masks.size() > 1 << 24)
			throw new IllegalArgumentException(masks.size() + " objects do not fit a 32-bit float label stack (at most " + (1 << 24) + ")");
		final int[] labels = LabelBlocks.paint(masks, region);
		final int w = (int) region.width(), h = (int) region.height(), d = (int) region.depth();
		final ImageStack stack = new ImageStack(w, h);
		for (int z = 0; z < d; z++)
		{
			final int base = z * w * h;
			if (masks.size() <= 65535)
			{
				final short[] px = new short[w * h];
				for (int i = 0; i < px.length; i++)
					px[i] = (short) labels[base + i];
				stack.addSlice(new ShortProcessor(w, h, px, null));
			}
			else
			{
				final float[] px = new float[w * h];
				for (int i = 0; i < px.length; i++)
					px[i] = labels[base + i];
				stack.addSlice(new FloatProcessor(w, h, px));
			}
		}
		final ImagePlus imp = new ImagePlus(title, stack);
		imp.setDimensions(1, d, 1);
		final Calibration c = imp.getCalibration();
		c.pixelDepth = voxel.z();
		c.pixelHeight = voxel.y();
		c.pixelWidth = voxel.x();
		c.setUnit(unit);
		LabelLuts.apply(imp, Math.max(1, masks.size()));
		return imp;
	}
}
