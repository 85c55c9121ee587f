package io.github.smm.vis;

import java.awt.image.DirectColorModel;

import ij.gui.ImageRoi;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

/**
 * One block of a raster overlay: an {@code ImageRoi} whose pixels are either clear (0) or an
 * opaque colour, drawn with one opacity for the whole block.
 * <p>
 * ImageJ keeps such an element transparent through saving and copying only in its "zero
 * transparent" mode, but switching that mode on re-derives every pixel's alpha (about 25 ms
 * per megapixel, which dominated building a 50,000-instance raster). The pixels here already
 * are what that mode produces, so this element reports the mode as on (TIFF and ROI files
 * record it, and ImageJ re-derives the alpha only when it reads them back) and copies itself
 * without ImageJ's copy path, which would drop the alpha.
 * </p>
 */
final class RasterRoi extends ImageRoi
{
	private static final DirectColorModel ARGB = new DirectColorModel(32, 0xff0000, 0xff00, 0xff, 0xff000000);

	/** @param argb pixels, 0 or {@code 0xff000000 | rgb} with rgb not black, row-major */
	RasterRoi(final int x, final int y, final int width, final int height, final int[] argb)
	{
		super(x, y, processor(width, height, argb));
	}

	private static ColorProcessor processor(final int width, final int height, final int[] argb)
	{
		final ColorProcessor cp = new ColorProcessor(width, height, argb);
		cp.setColorModel(ARGB);
		return cp;
	}

	/**
	 * Installs new pixels (ImageJ does this when it scales or rotates the element), clearing
	 * those it would clear in zero-transparent mode: mean of red, green and blue at most 1.
	 */
	@Override
	public void setProcessor(final ImageProcessor ip)
	{
		final int[] rgb = (int[]) ip.convertToRGB().getPixels();
		final int[] argb = new int[rgb.length];
		for (int i = 0; i < rgb.length; i++)
		{
			final int c = rgb[i];
			argb[i] = (c >> 16 & 0xff) + (c >> 8 & 0xff) + (c & 0xff) > 3 ? 0xff000000 | c : 0;
		}
		super.setProcessor(processor(ip.getWidth(), ip.getHeight(), argb));
	}

	@Override
	public boolean getZeroTransparent()
	{
		return true;
	}

	@Override
	public synchronized Object clone()
	{
		final int[] pixels = ((int[]) getProcessor().getPixels()).clone();
		final RasterRoi copy = new RasterRoi((int) getXBase(), (int) getYBase(), getProcessor().getWidth(), getProcessor().getHeight(), pixels);
		copy.setOpacity(getOpacity());
		copy.setName(getName());
		copy.setPosition(getCPosition(), getZPosition(), getTPosition());
		if (!hasHyperStackPosition())
			copy.setPosition(getPosition());
		return copy;
	}
}
