package io.github.smm.ij.tiling;

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

	private final double level;

	/** Otsu per tile. @param minArea smallest particle kept, in pixels; @param invert for dark objects */
	public ThresholdWatershedSegmenter(final double minArea, final boolean invert)
	{
		this(minArea, invert, Double.NaN);
	}

	/**
	 * One threshold for every tile (e.g. Otsu's of the whole image), so a tile sees the same
	 * foreground as the whole image would: objects are pixels above {@code level} (with
	 * {@code invert}, below it); {@code NaN} means Otsu per tile. A blank tile (every pixel
	 * equal) has no Otsu threshold and holds no object.
	 */
	public ThresholdWatershedSegmenter(final double minArea, final boolean invert, final double level)
	{
		this.pipeline = new ThresholdWatershed(minArea);
		this.invert = invert;
		this.level = level;
	}

	@Override
	public RandomAccessibleInterval<? extends IntegerType<?>> labels(final Tile tile, final RandomAccessibleInterval<T> pixels)
	{
		final ij.process.FloatProcessor fp = TileImages.toProcessor(pixels);
		final float[] values = (float[]) fp.getPixels();
		if (Double.isNaN(level))
			return GrayLevels.blank(values) ? none(fp) : ImagePlusLabels.labels(pipeline.labels(gray(fp, invert)));
		final ij.process.ByteProcessor binary = new ij.process.ByteProcessor(fp.getWidth(), fp.getHeight());
		boolean any = false;
		for (int k = 0; k < values.length; k++)
			if (invert ? values[k] < level : values[k] > level)
			{
				binary.set(k, 255);
				any = true;
			}
		return any ? ImagePlusLabels.labels(pipeline.labels(binary)) : none(fp);
	}

	/** No object: a tile with no foreground, or a blank tile (every pixel equal), which has no Otsu threshold. */
	private static RandomAccessibleInterval<? extends IntegerType<?>> none(final ij.process.FloatProcessor fp)
	{
		return ImagePlusLabels.labels(new ImagePlus("labels", new ij.process.ShortProcessor(fp.getWidth(), fp.getHeight())));
	}

	/**
	 * 8-bit gray of {@code fp}: its values for 8-bit data (whole numbers in 0..255), else scaled
	 * from its own range; inverted on request.
	 */
	static ij.process.ImageProcessor gray(final ij.process.FloatProcessor fp, final boolean invert)
	{
		fp.resetMinAndMax();
		final ij.process.ImageProcessor b = fp.convertToByte(!GrayLevels.eightBit((float[]) fp.getPixels()));
		if (invert)
			b.invert();
		return b;
	}
}
