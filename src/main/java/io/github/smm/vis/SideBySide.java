package io.github.smm.vis;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ImageProcessor;

/**
 * An image twice as wide as the original, holding the original twice, side by side: every
 * plane of the stack is copied into both halves; dimensions, calibration, LUTs, display
 * ranges and the current position are kept. The original is not changed.
 */
public final class SideBySide
{
	private SideBySide()
	{}

	/**
	 * The doubled image, titled {@code title}.
	 *
	 * @throws IllegalArgumentException when twice the width does not fit an int
	 */
	public static ImagePlus of(final ImagePlus imp, final String title)
	{
		final int w = imp.getWidth(), h = imp.getHeight();
		if (2L * w * h > Integer.MAX_VALUE)
			throw new IllegalArgumentException(imp.getTitle() + ": " + w + "x" + h + " is too large to show twice side by side");
		final ImageStack stack = imp.getStack();
		final ImageStack out = new ImageStack(2 * w, h);
		for (int i = 1; i <= stack.getSize(); i++)
		{
			final ImageProcessor ip = stack.getProcessor(i);
			final ImageProcessor doubled = ip.createProcessor(2 * w, h);
			doubled.insert(ip, 0, 0);
			doubled.insert(ip, w, 0);
			out.addSlice(stack.getSliceLabel(i), doubled);
		}
		ImagePlus result = new ImagePlus(title, out);
		result.setDimensions(imp.getNChannels(), imp.getNSlices(), imp.getNFrames());
		result.setCalibration(imp.getCalibration().copy());
		if (imp.isComposite())
		{
			final CompositeImage c = new CompositeImage(result, ((CompositeImage) imp).getMode());
			c.setLuts(((CompositeImage) imp).getLuts());
			result = c;
		}
		else if (imp.getBitDepth() != 24)
		{
			result.getProcessor().setLut(imp.getProcessor().getLut());
			result.setDisplayRange(imp.getDisplayRangeMin(), imp.getDisplayRangeMax());
		}
		if (imp.isHyperStack())
			result.setOpenAsHyperStack(true);
		result.setPosition(imp.getChannel(), imp.getSlice(), imp.getFrame());
		return result;
	}
}
