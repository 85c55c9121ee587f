package io.github.smm.ij.tile;

import ij.ImagePlus;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.ThresholdWatershed;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * The built-in classical segmenter per tile: {@link ThresholdWatershed} (Otsu, bright objects
 * on dark, binary watershed, particles). With {@code invert} dark objects on a bright
 * background (nuclei in H&amp;E) are found instead. Otsu runs per tile, so tiles with very
 * different contents get different thresholds.
 */
public final class ThresholdWatershedSegmenter<T extends RealType<T>> implements TileSegmenter.ToLabels<T>
{
	private final ThresholdWatershed pipeline;

	private final boolean invert;

	/** @param minArea smallest particle kept, in pixels; @param invert for dark objects */
	public ThresholdWatershedSegmenter(final double minArea, final boolean invert)
	{
		this.pipeline = new ThresholdWatershed(minArea);
		this.invert = invert;
	}

	@Override
	public RandomAccessibleInterval<? extends IntegerType<?>> labels(final Tile tile, final RandomAccessibleInterval<T> pixels)
	{
		final ImagePlus labels = pipeline.labels(gray(TileImages.toProcessor(pixels), invert));
		return ImagePlusLabels.labels(labels);
	}

	/** 8-bit gray of {@code fp} scaled from 0..255 (8-bit data) or its own range, inverted on request. */
	static ij.process.ImageProcessor gray(final ij.process.FloatProcessor fp, final boolean invert)
	{
		fp.resetMinAndMax();
		final boolean eightBit = fp.getMin() >= 0 && fp.getMax() <= 255;
		final ij.process.ImageProcessor b = fp.convertToByte(!eightBit);
		if (invert)
			b.invert();
		return b;
	}
}
