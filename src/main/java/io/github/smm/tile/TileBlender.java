package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Seamless blending of per-tile maps (probabilities, distances, …) over a {@link TilePlan}:
 * every pixel gets the {@link BlendWeights weighted} mean of the tiles covering it, weights
 * falling off towards each tile's edge across the overlap and summing to 1. Tiles are read once,
 * in plan order, added into a strip of running sums and released; after each band the final
 * part goes to the sinks. Memory: one tile plus a strip one tile thick across the image.
 *
 * <pre>
 * new TileBlender(plan, Taper.COSINE).blend(source, model, BlendSinks.into(probabilities), new ThresholdComponents(plan, 0.5, cells::add));
 * </pre>
 */
public final class TileBlender
{
	private final TilePlan plan;
	private final BlendWeights weights;
	private final TileProgress progress;
	private final BooleanSupplier cancel;

	public TileBlender(final TilePlan plan, final Taper taper)
	{
		this(plan, new BlendWeights(plan, taper), TileProgress.NONE, () -> false);
	}

	/** Blending with given weights, e.g. {@link BlendWeights#BlendWeights(TilePlan, Taper, int) cutting off a model's halo}. */
	public TileBlender(final TilePlan plan, final BlendWeights weights)
	{
		this(plan, weights, TileProgress.NONE, () -> false);
	}

	private TileBlender(final TilePlan plan, final BlendWeights weights, final TileProgress progress, final BooleanSupplier cancel)
	{
		this.plan = Objects.requireNonNull(plan, "plan");
		this.weights = weights;
		this.progress = Objects.requireNonNull(progress, "progress");
		this.cancel = Objects.requireNonNull(cancel, "cancellation");
	}

	public TileBlender withProgress(final TileProgress p)
	{
		return new TileBlender(plan, weights, p, cancel);
	}

	/** Checked before every tile (or batch of tiles); once true the run stops, keeping the parts already final. */
	public TileBlender withCancellation(final BooleanSupplier c)
	{
		return new TileBlender(plan, weights, progress, c);
	}

	public BlendWeights weights()
	{
		return weights;
	}

	/** Blends the predictor's map of every tile and hands final parts to the sinks. */
	public <T extends RealType<T>> BlendReport blend(final TileSource<T> source, final TilePredictor<T> predictor, final BlendSink... sinks)
	{
		final long start = System.nanoTime();
		final TileReader<T> reader = new TileReader<>(plan, source);
		final BlendStrip strip = new BlendStrip(plan);
		final BlendReport report = new BlendReport(plan.tileCount());
		report.stripPixels = strip.pixels();
		for (int k = 0; k < plan.tileCount() && !(report.cancelled = cancel.getAsBoolean());)
		{
			final int end = TileBatches.end(plan, k, predictor.batchSize());
			addTiles(k, end, reader, predictor, strip);
			report.tilesDone = end;
			if (plan.step(end - 1).endsBand())
				flush(strip, plan.tile(end - 1).band(), sinks);
			progress.tilesDone(end, plan.tileCount());
			k = end;
		}
		report.peakHeldTilePixels = reader.peakHeldPixels();
		for (final BlendSink s : sinks)
			s.finish(!report.cancelled);
		report.seconds = (System.nanoTime() - start) / 1e9;
		return report;
	}

	/** Blends a source that already holds the map (probabilities, say). */
	public <T extends RealType<T>> BlendReport blendMaps(final TileSource<T> maps, final BlendSink... sinks)
	{
		return blend(maps, TilePredictor.identity(), sinks);
	}

	/** Reads, predicts and adds tiles {@code [first, end)} (one batch), then releases them (a map may be a view of its tile). */
	private <T extends RealType<T>> void addTiles(final int first, final int end, final TileReader<T> reader, final TilePredictor<T> predictor, final BlendStrip strip)
	{
		final List<Tile> tiles = new ArrayList<>(end - first);
		final List<RandomAccessibleInterval<T>> pixels = new ArrayList<>(end - first);
		try
		{
			for (int k = first; k < end; k++)
			{
				tiles.add(plan.tile(k));
				pixels.add(reader.read(plan.tile(k)));
			}
			final List<RandomAccessibleInterval<? extends RealType<?>>> maps = tiles.size() == 1 ? Collections.singletonList(predictor.predict(tiles.get(0), pixels.get(0)))
					: predictor.predictAll(tiles, pixels);
			if (maps == null || maps.size() != tiles.size())
				throw new TileException(tiles.get(0), "the predictor returned " + (maps == null ? "no" : maps.size()) + " maps for a batch of " + tiles.size() + " tiles");
			for (int i = 0; i < tiles.size(); i++)
				add(tiles.get(i), maps.get(i), strip);
		}
		finally
		{
			for (int i = 0; i < pixels.size(); i++)
				reader.release(tiles.get(i));
		}
	}

	private void add(final Tile tile, final RandomAccessibleInterval<? extends RealType<?>> map, final BlendStrip strip)
	{
		if (map == null || map.numDimensions() < 2 || map.dimension(0) != tile.region().width() || map.dimension(1) != tile.region().height()
				|| map.size() != tile.region().area())
			throw new TileException(tile, "the predicted map must be a " + tile.region().width() + " x " + tile.region().height() + " image like the tile region");
		strip.add(tile, map, weights);
	}

	private void flush(final BlendStrip strip, final int band, final BlendSink[] sinks)
	{
		for (final BlendSink s : sinks)
			s.accept(plan.finalRegion(band), strip.view(plan.finalRegion(band)));
		if (band + 1 < plan.bandCount())
			strip.advanceTo(plan.sweepAxis().origin(band + 1));
	}
}
