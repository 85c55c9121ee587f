package io.github.smm.bioimageio;

import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.github.smm.MergeOptions;
import io.github.smm.model.Instance;
import io.github.smm.tile.BlendReport;
import io.github.smm.tile.BlendSink;
import io.github.smm.tile.BlendWeights;
import io.github.smm.tile.DistanceSplit;
import io.github.smm.tile.InstanceSink;
import io.github.smm.tile.ThresholdComponents;
import io.github.smm.tile.TileBlender;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileProgress;
import io.github.smm.tile.TileSource;
import io.github.smm.tile.TiledMerge;
import io.github.smm.tile.TiledMergeReport;
import net.imglib2.type.numeric.RealType;

/**
 * A model run over a large image, tile by tile and memory bounded, with either route to
 * instances:
 * <ul>
 * <li>{@code blended}: the tiles' outputs blended with the runner's weights (the model's halo
 * cut off), thresholded into components as the bands become final — exact across seams;</li>
 * <li>{@code per_tile}: instances inside every tile ({@link ModelTileSegmenter}), merged
 * across seams by SMM in the streaming {@link TiledMerge} runner.</li>
 * </ul>
 *
 * <pre>
 * try (ModelRunner model = new ModelRunner(ModelPackage.open(path), 2))
 * {
 * 	ModelSegmentation run = new ModelSegmentation(model, ModelSegmentationOptions.defaults(), MergeOptions.defaults().with("fusion", "central"));
 * 	run.run(source, cells::add);
 * }
 * </pre>
 */
public final class ModelSegmentation
{
	private final ModelRunner runner;
	private final ModelSegmentationOptions options;
	private final MergeOptions merge;
	private final TileProgress progress;
	private final BooleanSupplier cancel;

	public ModelSegmentation(final ModelRunner runner, final ModelSegmentationOptions options, final MergeOptions merge)
	{
		this(runner, options, merge, TileProgress.NONE, () -> false);
	}

	private ModelSegmentation(final ModelRunner runner, final ModelSegmentationOptions options, final MergeOptions merge, final TileProgress progress, final BooleanSupplier cancel)
	{
		this.runner = Objects.requireNonNull(runner, "model");
		this.options = Objects.requireNonNull(options, "options");
		this.merge = Objects.requireNonNull(merge, "merge options");
		this.progress = progress;
		this.cancel = cancel;
	}

	public ModelSegmentation withProgress(final TileProgress p)
	{
		return new ModelSegmentation(runner, options, merge, p, cancel);
	}

	/** Checked before every tile; once true the run stops, keeping what was final. */
	public ModelSegmentation withCancellation(final BooleanSupplier c)
	{
		return new ModelSegmentation(runner, options, merge, progress, c);
	}

	/** The tile plan for a source: tile size and overlap from the model (see {@link ModelTiling}). */
	public TilePlan plan(final TileSource<?> source)
	{
		return new ModelTiling(runner.description()).plan(source.width(), source.height(), options.tileSize(), options.overlap());
	}

	/** A line for the log when the plan raised the overlap to twice the model's halo, else {@code null}. */
	public String overlapNote()
	{
		return new ModelTiling(runner.description()).overlapNote(options.tileSize(), options.overlap());
	}

	/**
	 * The predictor for a source, normalising by whole-image statistics when asked, or per tile
	 * by a window larger than the tile ({@link ModelSegmentationOptions#withNormalizationWindow}).
	 */
	public <T extends RealType<T>> ModelTilePredictor<T> predictor(final TileSource<T> source)
	{
		return predictor(source, options.normalization() == ModelSegmentationOptions.Normalization.WHOLE_IMAGE ? wholeImageSample(runner.description(), options, source) : null);
	}

	/**
	 * The subsample of the whole source that {@code normalization=whole_image} takes its
	 * statistics from (model input 0, the options' channels and {@code statisticsPixels}), as
	 * {@link #predictor(TileSource)} reads it: for runners that read it once per image and hand
	 * it to several tasks ({@link #predictor(TileSource, Tensor)}).
	 */
	public static <T extends RealType<T>> Tensor wholeImageSample(final ModelDescription model, final ModelSegmentationOptions options, final TileSource<T> source)
	{
		return ImageSample.of(source, model.inputs().get(0), options.channels(), options.statisticsPixels());
	}

	/**
	 * As {@link #predictor(TileSource)}, with {@code normalization=whole_image}'s subsample read
	 * beforehand ({@link #wholeImageSample}; {@code null} for the other normalisations).
	 */
	public <T extends RealType<T>> ModelTilePredictor<T> predictor(final TileSource<T> source, final Tensor wholeImage)
	{
		final boolean whole = options.normalization() == ModelSegmentationOptions.Normalization.WHOLE_IMAGE;
		if (whole != (wholeImage != null))
			throw new IllegalArgumentException(whole ? "normalization=whole_image needs the whole-image subsample" : "a whole-image subsample without normalization=whole_image");
		ModelRunner r = runner;
		if (whole)
			r = runner.withWholeImageStatistics(Map.of(runner.description().inputs().get(0).id(), wholeImage));
		final ModelTilePredictor<T> p = new ModelTilePredictor<>(r, options.channels(), options.outputChannel(), options.batchSize());
		final int window = options.normalizationWindow();
		final TilePlan plan = plan(source);
		if (options.normalization() == ModelSegmentationOptions.Normalization.WHOLE_IMAGE || window <= Math.min(plan.tileWidth(), plan.tileHeight()))
			return p;
		final TensorDescription in = runner.description().inputs().get(0);
		return p.withStatisticsOf(t -> ImageSample.window(source, in, options.channels(), ImageSample.around(t.window(), window, source.width(), source.height())));
	}

	/** Segments the source; every object goes to {@code out} once it is final. */
	public <T extends RealType<T>> ModelSegmentationReport run(final TileSource<T> source, final Consumer<Instance> out)
	{
		final long start = System.nanoTime();
		final TilePlan plan = plan(source);
		final ModelTilePredictor<T> predictor = predictor(source);
		final ModelSegmentationReport report = new ModelSegmentationReport(plan, options);
		if (options.instances() == ModelSegmentationOptions.Instances.BLENDED)
		{
			final long[] objects = { 0 };
			final BlendReport b = blend(plan, predictor, source, new ThresholdComponents(plan, options.threshold(), DistanceSplit.splitting(split(), options.minArea(), i -> {
				objects[0]++;
				out.accept(i);
			})));
			report.blended(b, objects[0]);
		}
		else
		{
			final TiledMergeReport m = new TiledMerge(plan, merge).withProgress(progress).withCancellation(cancel)
					.run(source, perTile(predictor, plan), (InstanceSink) o -> out.accept(o.instance()));
			report.merged(m);
		}
		report.timing(predictor, (System.nanoTime() - start) / 1e9);
		return report;
	}

	/**
	 * The per-tile route's segmenter of {@code plan}'s tiles, as {@link #run} builds it (threshold,
	 * area filter and {@code split_depth} of the options), on {@code predictor}'s outputs; for
	 * runners that cut the plan themselves (such as the Spark job's block tasks).
	 */
	public <T extends RealType<T>> ModelTileSegmenter<T> perTile(final ModelTilePredictor<T> predictor, final TilePlan plan)
	{
		return new ModelTileSegmenter<>(predictor, plan, options.threshold(), options.minArea(), split());
	}

	/** The splitter of touching objects the options ask for, or null. */
	private DistanceSplit split()
	{
		return options.splitDepth() > 0 ? new DistanceSplit(options.splitDepth()) : null;
	}

	/** Blends the model's output channel over the whole source into the sinks (no instances), band by band of rows. */
	public <T extends RealType<T>> BlendReport blend(final TileSource<T> source, final BlendSink... sinks)
	{
		final TilePlan plan = plan(source).withSweepOrder(io.github.smm.tile.SweepOrder.ROWS);
		return blend(plan, predictor(source), source, sinks);
	}

	private <T extends RealType<T>> BlendReport blend(final TilePlan plan, final ModelTilePredictor<T> predictor, final TileSource<T> source, final BlendSink... sinks)
	{
		final BlendWeights weights = new BlendWeights(plan, options.taper(), predictor.tiling().halo());
		return new TileBlender(plan, weights).withProgress(progress).withCancellation(cancel).blend(source, predictor, sinks);
	}
}
