package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.tile.DistanceSplit;
import io.github.smm.tile.ThresholdComponents;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The per-tile route: each tile's model output becomes instances inside the tile — the
 * output thresholded into 4-connected components, as the blended route does over the whole
 * image, each clipped to the valid part (the halo cut off at edges shared with a neighbour),
 * objects smaller than {@code minArea} there dropped; a clipped object is scored by its mean
 * value inside the valid part. Each instance's window is that valid part, the
 * region the tile's prediction is trusted in, which window IoU compares.
 *
 * @param <T> the tile pixel type
 */
public final class ModelTileSegmenter<T extends RealType<T>> implements TileSegmenter<T>
{
	private final ModelTilePredictor<T> predictor;
	private final TilePlan plan;
	private final double threshold;
	private final long minArea;
	private final DistanceSplit split;

	public ModelTileSegmenter(final ModelTilePredictor<T> predictor, final TilePlan plan, final double threshold, final long minArea)
	{
		this(predictor, plan, threshold, minArea, null);
	}

	/** @param split splits touching objects inside each tile, or null */
	public ModelTileSegmenter(final ModelTilePredictor<T> predictor, final TilePlan plan, final double threshold, final long minArea, final DistanceSplit split)
	{
		this.split = split;
		this.predictor = predictor;
		this.plan = plan;
		this.threshold = threshold;
		this.minArea = minArea;
	}

	@Override
	public List<Instance> segment(final Tile tile, final RandomAccessibleInterval<T> pixels)
	{
		return segmentAll(List.of(tile), List.of(pixels)).get(0);
	}

	/** As many tiles per call as the predictor takes. */
	@Override
	public int batchSize()
	{
		return predictor.batchSize();
	}

	@Override
	public List<List<Instance>> segmentAll(final List<Tile> tiles, final List<RandomAccessibleInterval<T>> pixels)
	{
		final List<RandomAccessibleInterval<? extends RealType<?>>> maps = predictor.predictAll(tiles, pixels);
		final List<List<Instance>> out = new ArrayList<>(tiles.size());
		for (int i = 0; i < tiles.size(); i++)
		{
			@SuppressWarnings("unchecked")
			final RandomAccessibleInterval<FloatType> map = (RandomAccessibleInterval<FloatType>) maps.get(i);
			out.add(instances(map, tiles.get(i), predictor.tiling().validPart(tiles.get(i), plan), threshold, minArea, split));
		}
		return out;
	}

	/**
	 * The components above {@code threshold} of a tile's map (whose first pixel is the tile
	 * region's corner), each clipped to the part {@code valid}, as instances of the tile with
	 * window {@code valid}. Connectivity is taken over the whole map, halo included: pieces of
	 * one object that join only in the halo stay one instance (a fragment in several parts),
	 * where components of the valid part alone would cut it into separate fragments that no
	 * pair evidence can join again. What the halo holds is never part of a mask.
	 */
	public static List<Instance> instances(final RandomAccessibleInterval<FloatType> map, final Tile tile, final Box valid, final double threshold, final long minArea)
	{
		return instances(map, tile, valid, threshold, minArea, null);
	}

	/** As {@link #instances(RandomAccessibleInterval, Tile, Box, double, long)}, touching objects split by {@code split} (null: not split) before clipping and the area filter. */
	public static List<Instance> instances(final RandomAccessibleInterval<FloatType> map, final Tile tile, final Box valid, final double threshold, final long minArea,
			final DistanceSplit split)
	{
		final Box r = tile.region();
		final int w = (int) map.dimension(0), h = (int) map.dimension(1);
		final float[] values = FloatPlanes.values(map);
		final List<Instance> components = ThresholdComponents.of(ArrayImgs.floats(values, w, h), threshold);
		// Only components that reach the valid part are split: every part of one that does not
		// is a subset of it and would be clipped away below, so splitting it is wasted work.
		final List<Instance> reaching = split == null ? components : new ArrayList<>(components.size());
		if (split != null)
			for (final Instance i : components)
				if (Masks.clip(i.mask().translate(r.minX, r.minY), valid).area() > 0)
					reaching.add(i);
		final List<Instance> found = DistanceSplit.splitAll(reaching, split, 0);
		final List<Instance> out = new ArrayList<>(found.size());
		for (final Instance i : found)
		{
			final RleMask whole = i.mask().translate(r.minX, r.minY), m = Masks.clip(whole, valid);
			if (m.area() > 0 && m.area() >= minArea)
				out.add(new Instance(i.id(), m, m == whole ? i.score() : meanInside(values, w, m, r), 0, valid, tile.index()));
		}
		return out;
	}

	/** The score of a clipped object: the mean map value over its pixels (as {@link ThresholdComponents} scores), clamped to [0, 1]. */
	private static double meanInside(final float[] map, final int width, final RleMask m, final Box region)
	{
		final double[] sum = { 0 };
		m.forEachRun((y, s, e) -> {
			final int row = (int) (y - region.minY) * width - (int) region.minX;
			for (long x = s; x < e; x++)
				sum[0] += map[row + (int) x];
		});
		return Math.max(0, Math.min(1, sum[0] / m.area()));
	}
}
