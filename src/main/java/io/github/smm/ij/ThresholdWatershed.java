package io.github.smm.ij;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.plugin.filter.EDM;
import ij.plugin.filter.ParticleAnalyzer;
import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

/**
 * ImageJ's classical nucleus pipeline on one image or tile: Otsu threshold (bright objects on a
 * dark background), binary watershed to split touching objects, particle analysis into a
 * 16-bit label image (count masks). Particles touching the tile edge are kept: they are the
 * fragments that merging joins.
 */
public final class ThresholdWatershed
{
	private final double minArea;
	private final double level;

	/** Otsu's threshold on each image or tile; {@code minArea}: smallest particle kept, in pixels. */
	public ThresholdWatershed(final double minArea)
	{
		this(minArea, Double.NaN);
	}

	/**
	 * A fixed threshold (8-bit level; pixels at or above it are foreground), e.g. Otsu's level of
	 * the whole image, so that nearly empty tiles are not thresholded into noise.
	 */
	public ThresholdWatershed(final double minArea, final double level)
	{
		this.minArea = minArea;
		this.level = level;
	}

	/** Otsu's level of the whole image (8-bit scale): the fixed threshold for tiling it. */
	public static double otsuLevel(final ImageProcessor ip)
	{
		final ImageProcessor gray = ip.convertToByte(true);
		return new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, gray.getHistogram()) + 1;
	}

	/** The label image (0 = background, 1..n) of {@code ip}; none for a blank image (every pixel equal, no Otsu threshold). */
	public ImagePlus labels(final ImageProcessor ip)
	{
		final ImageProcessor gray = ip.convertToByte(true);
		final ij.process.ImageStatistics stats = gray.getStats();
		if (Double.isNaN(level) && stats.min == stats.max)
			return new ImagePlus("labels", new ij.process.ShortProcessor(ip.getWidth(), ip.getHeight()));
		if (Double.isNaN(level))
			gray.setAutoThreshold(AutoThresholder.Method.Otsu, true, ImageProcessor.NO_LUT_UPDATE);
		else
			gray.setThreshold(level, 255, ImageProcessor.NO_LUT_UPDATE);
		final ByteProcessor mask = gray.createMask();
		if (mask == null)
			return new ImagePlus("labels", new ij.process.ShortProcessor(ip.getWidth(), ip.getHeight()));
		mask.setBinaryThreshold();
		new EDM().toWatershed(mask);
		mask.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
		final ParticleAnalyzer pa = new ParticleAnalyzer(ParticleAnalyzer.SHOW_ROI_MASKS, 0, new ResultsTable(), minArea, Double.POSITIVE_INFINITY);
		pa.setHideOutputImage(true);
		final ImagePlus imp = new ImagePlus("mask", mask);
		if (!pa.analyze(imp, mask))
			throw new IllegalStateException("particle analysis failed");
		final ImagePlus out = pa.getOutputImage();
		if (out == null)
			return new ImagePlus("labels", new ij.process.ShortProcessor(ip.getWidth(), ip.getHeight()));
		out.getProcessor().resetMinAndMax();
		return out;
	}
}
