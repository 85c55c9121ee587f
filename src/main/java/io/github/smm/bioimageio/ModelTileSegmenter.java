package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.tile.ThresholdComponents;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The per-tile route: each tile's model output becomes instances inside the tile — the
 * output's valid part (the halo cut off at edges shared with a neighbour) thresholded into
 * 4-connected components, exactly as the blended route does over the whole image, objects
 * smaller than {@code minArea} dropped. Each instance's window is that valid part, the
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

	public ModelTileSegmenter(final ModelTilePredictor<T> predictor, final TilePlan plan, final double threshold, final long minArea)
	{
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
			out.add(instances(map, tiles.get(i), predictor.tiling().validPart(tiles.get(i), plan), threshold, minArea));
		}
		return out;
	}

	/**
	 * The components above {@code threshold} of the part {@code valid} of a tile's map (whose
	 * first pixel is the tile region's corner), as instances of the tile with window {@code valid}.
	 */
	public static List<Instance> instances(final RandomAccessibleInterval<FloatType> map, final Tile tile, final Box valid, final double threshold, final long minArea)
	{
		final Box r = tile.region();
		final long x0 = map.min(0) + valid.minX - r.minX, y0 = map.min(1) + valid.minY - r.minY;
		final int w = (int) valid.width(), h = (int) valid.height();
		final float[] copy = new float[w * h];
		final RandomAccess<FloatType> a = map.randomAccess();
		for (int y = 0; y < h; y++)
		{
			a.setPosition(new long[] { x0, y0 + y });
			for (int x = 0; x < w; x++, a.fwd(0))
				copy[y * w + x] = a.get().get();
		}
		final RandomAccessibleInterval<FloatType> part = ArrayImgs.floats(copy, w, h);
		final List<Instance> found = ThresholdComponents.of(part, threshold);
		final List<Instance> out = new ArrayList<>(found.size());
		for (final Instance i : found)
			if (i.area() >= minArea)
				out.add(new Instance(i.id(), i.mask().translate(valid.minX, valid.minY), i.score(), 0, valid, tile.index()));
		return out;
	}
}
