package io.github.smm.tile;

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

	/** Checked before every tile; once true the run stops, keeping the parts already final. */
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
		for (int k = 0; k < plan.tileCount() && !(report.cancelled = cancel.getAsBoolean()); k++)
		{
			final Tile tile = plan.tile(k);
			addTile(tile, reader, predictor, strip);
			report.tilesDone = k + 1;
			if (plan.step(k).endsBand())
				flush(strip, tile.band(), sinks);
			progress.tilesDone(k + 1, plan.tileCount());
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

	/** Reads, predicts and adds one tile, then releases it (the map may be a view of it). */
	private <T extends RealType<T>> void addTile(final Tile tile, final TileReader<T> reader, final TilePredictor<T> predictor, final BlendStrip strip)
	{
		try
		{
			final RandomAccessibleInterval<? extends RealType<?>> map = predictor.predict(tile, reader.read(tile));
			if (map == null || map.numDimensions() < 2 || map.dimension(0) != tile.region().width() || map.dimension(1) != tile.region().height()
					|| map.size() != tile.region().area())
				throw new TileException(tile, "the predicted map must be a " + tile.region().width() + " x " + tile.region().height() + " image like the tile region");
			strip.add(tile, map, weights);
		}
		finally
		{
			reader.release(tile);
		}
	}

	private void flush(final BlendStrip strip, final int band, final BlendSink[] sinks)
	{
		for (final BlendSink s : sinks)
			s.accept(plan.finalRegion(band), strip.view(plan.finalRegion(band)));
		if (band + 1 < plan.bandCount())
			strip.advanceTo(plan.sweepAxis().origin(band + 1));
	}
}
