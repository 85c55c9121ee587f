package io.github.smm.tile;

import java.util.List;

import io.github.smm.io.LabelImages;
import io.github.smm.model.Instance;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * A perfect segmenter for tests and benchmarks: each tile gets the ground-truth objects of its
 * window, clipped to it (one instance per label present, id = label, score 1). Merging them
 * back must give the ground truth.
 */
public final class OracleSegmenter<T extends RealType<T>> implements TileSegmenter<T>
{
	private final RandomAccessibleInterval<? extends IntegerType<?>> truth;

	/**
	 * @param truth the ground-truth label image of the whole image; its pixel
	 *            {@code (x, y)} is global pixel {@code (x − min(0), y − min(1))}
	 */
	public OracleSegmenter(final RandomAccessibleInterval<? extends IntegerType<?>> truth)
	{
		this.truth = Views.zeroMin(truth);
	}

	@Override
	public List<Instance> segment(final Tile tile, final RandomAccessibleInterval<T> pixels)
	{
		return LabelImages.fromLabels(Views.interval(truth, BoxIntervals.of(tile.window(), truth)), 0, 0, tile.window(), tile.index());
	}
}
