package io.github.smm.vis;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

/**
 * An image with its overlay flattened to RGB and written as PNG, headless or not.
 * <p>
 * At full resolution this is ImageJ's own {@code ImagePlus.flatten()}, which needs no
 * display (checked with {@code java.awt.headless=true}). At another scale the current plane
 * is resized (averaging when shrinking, nearest neighbour when enlarging, so pixels stay
 * crisp) and every overlay element is drawn through a scaled {@code Graphics2D}, the way
 * ImageJ shows it at that zoom: geometry, text and lines wider than 1 pixel scale; thinner
 * lines stay one output pixel wide. The current selection is never drawn (ImageJ's flatten
 * would draw it on an image without overlay). The image and its overlay are not changed.
 * </p>
 */
public final class PngExport
{
	/** Java2D's thinnest line: one device pixel at any scale. */
	private static final BasicStroke HAIRLINE = new BasicStroke(0f);

	private PngExport()
	{}

	/**
	 * The image and its overlay as an RGB image of {@code round(scale·width) ×
	 * round(scale·height)} (at least 1×1).
	 *
	 * @throws IllegalArgumentException when the scale is not a positive number or the result
	 *             would not fit one Java image
	 */
	public static BufferedImage render(final ImagePlus imp, final double scale)
	{
		if (!(scale > 0 && scale < Double.POSITIVE_INFINITY))
			throw new IllegalArgumentException("scale " + scale + " must be a positive number");
		final int w = (int) Math.max(1, Math.round(imp.getWidth() * scale)), h = (int) Math.max(1, Math.round(imp.getHeight() * scale));
		if ((long) w * h > Integer.MAX_VALUE - 8)
			throw new IllegalArgumentException(imp.getTitle() + ": a " + w + "x" + h + " rendering does not fit one image; choose a smaller scale");
		if (w == imp.getWidth() && h == imp.getHeight())
			return fullResolution(imp);
		final BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = out.createGraphics();
		g.drawImage(resizedPlane(imp, w, h).createImage(), 0, 0, null);
		g.scale(w / (double) imp.getWidth(), h / (double) imp.getHeight());
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		final Overlay overlay = imp.getOverlay();
		if (overlay != null)
		{
			final ImagePlus offScreen = imp.createImagePlus();
			for (final Roi roi : overlay.toArray())
				drawScaled(g, roi, imp, offScreen);
		}
		g.dispose();
		return out;
	}

	/** ImageJ's flatten, or the displayed image when there is no overlay (no selection). */
	private static BufferedImage fullResolution(final ImagePlus imp)
	{
		final ImagePlus flat = imp.getOverlay() == null ? new ImagePlus("", new ColorProcessor(imp.getImage())) : imp.flatten();
		return ((ColorProcessor) flat.getProcessor()).getBufferedImage();
	}

	/** Writes {@link #render(ImagePlus, double) render(imp, scale)} to {@code file} as PNG. */
	public static void write(final ImagePlus imp, final double scale, final Path file) throws IOException
	{
		final BufferedImage image = render(imp, scale);
		io.github.smm.io.AtomicFiles.write(file, temp -> {
			if (!ImageIO.write(image, "png", temp.toFile()))
				throw new IOException(file + ": no PNG writer available");
		});
	}

	/** Writes the image and its overlay at full resolution to {@code file} as PNG. */
	public static void write(final ImagePlus imp, final Path file) throws IOException
	{
		write(imp, 1, file);
	}

	/** The displayed current plane (LUT, display range, composite channels) at {@code w × h}. */
	private static ImageProcessor resizedPlane(final ImagePlus imp, final int w, final int h)
	{
		final ImageProcessor plane = imp.isComposite() ? new ColorProcessor(imp.getImage()) : imp.getProcessor();
		final boolean shrink = w < imp.getWidth();
		plane.setInterpolationMethod(shrink ? ImageProcessor.BILINEAR : ImageProcessor.NONE);
		final ImageProcessor resized = plane.resize(w, h, shrink);
		if (!(resized instanceof ColorProcessor))
		{
			resized.setLut(plane.getLut());
			resized.setMinAndMax(plane.getMin(), plane.getMax());
		}
		return resized;
	}

	/**
	 * Draws one element. Image elements are drawn as they are; others are drawn from a copy,
	 * attached (as ImageJ's own flatten does) to an image without a window so that they draw
	 * at magnification 1 under the scaled graphics, with lines of width ≤ 1 drawn as crisp
	 * one-pixel lines. The overlay's own elements are not changed.
	 */
	private static void drawScaled(final Graphics2D g, final Roi roi, final ImagePlus imp, final ImagePlus offScreen)
	{
		if (!onCurrentPlane(roi, imp))
			return;
		final Graphics2D gi = (Graphics2D) g.create();
		try
		{
			if (roi instanceof ImageRoi)
			{
				roi.drawOverlay(gi);
				return;
			}
			final Roi copy = (Roi) roi.clone();
			copy.setImage(offScreen);
			if (!(copy instanceof TextRoi) && copy.getStrokeWidth() <= 1)
			{
				copy.setStroke(HAIRLINE);
				copy.setAntiAlias(false);
			}
			copy.drawOverlay(gi);
		}
		finally
		{
			gi.dispose();
		}
	}

	private static boolean onCurrentPlane(final Roi roi, final ImagePlus imp)
	{
		if (roi.hasHyperStackPosition())
			return (roi.getCPosition() == 0 || roi.getCPosition() == imp.getChannel()) && (roi.getZPosition() == 0 || roi.getZPosition() == imp.getSlice())
					&& (roi.getTPosition() == 0 || roi.getTPosition() == imp.getFrame());
		return roi.getPosition() == 0 || roi.getPosition() == imp.getCurrentSlice();
	}
}
