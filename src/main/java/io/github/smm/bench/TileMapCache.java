package io.github.smm.bench;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.bioimageio.ModelTilePredictor;
import io.github.smm.bioimageio.ModelTileSegmenter;
import io.github.smm.model.Instance;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TilePredictor;
import io.github.smm.tile.TileSegmenter;
import io.github.smm.tile.TileSource;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The model's output of every tile of a plan, computed once and replayed: so that the blended
 * route and the per-tile route with each merge method see the very same tile predictions, and
 * inference runs once per plan instead of once per table row.
 */
final class TileMapCache
{
	private final TilePlan plan;
	private final List<float[]> maps = new ArrayList<>();
	private final ModelTilePredictor<FloatType> predictor;

	TileMapCache(final TilePlan plan, final TileSource<FloatType> source, final ModelTilePredictor<FloatType> predictor)
	{
		this.plan = plan;
		this.predictor = predictor;
		for (int k = 0; k < plan.tileCount(); k++)
		{
			final Tile t = plan.tile(k);
			final RandomAccessibleInterval<FloatType> px = source.read(t.window());
			@SuppressWarnings("unchecked")
			final RandomAccessibleInterval<FloatType> map = (RandomAccessibleInterval<FloatType>) predictor.predict(t, px);
			final float[] copy = new float[(int) map.size()];
			int i = 0;
			for (final FloatType v : net.imglib2.view.Views.flatIterable(map))
				copy[i++] = v.get();
			maps.add(copy);
			source.release(t.window());
		}
	}

	ModelTilePredictor<FloatType> predictor()
	{
		return predictor;
	}

	/** The cached map of a tile. */
	RandomAccessibleInterval<FloatType> map(final Tile t)
	{
		return ArrayImgs.floats(maps.get(t.index()), t.region().width(), t.region().height());
	}

	/** Replays the maps for blending. */
	TilePredictor<FloatType> replay()
	{
		return (tile, pixels) -> map(tile);
	}

	/** Replays the maps as the per-tile route's instances. */
	TileSegmenter<FloatType> segmenter(final double threshold, final long minArea)
	{
		return (tile, pixels) -> {
			final List<Instance> found = ModelTileSegmenter.instances(map(tile), tile, predictor.tiling().validPart(tile, plan), threshold, minArea);
			return found;
		};
	}
}
