package io.github.smm.spark;

import java.util.function.Consumer;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelSegmentation;
import io.github.smm.bioimageio.ModelSegmentationOptions;
import io.github.smm.bioimageio.ModelSegmentationReport;
import io.github.smm.bioimageio.ModelTilePredictor;
import io.github.smm.bioimageio.ModelTiling;
import io.github.smm.command.ModelChannels;
import io.github.smm.model.Instance;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileProgress;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.type.numeric.real.FloatType;

/**
 * {@code segmenter=bioimageio} in an executor: the model options parsed once per task, the
 * model's runner leased from the executor's {@link ModelPool} (package, weights and ONNX Runtime
 * session read and opened once per executor and task slot, not per task; handed back when the
 * task ends), the tile plan the model asks for (overlap raised to twice its halo, as the command
 * plans it). {@code channels} picks channels of an ImageJ hyperstack TIFF
 * ({@link TiffChannelsSource}), parsed and checked as the command does; {@code batch_size},
 * {@code normalization_window} and {@code split_depth} mean what they mean in the command (the
 * same {@link ModelSegmentationOptions}, the same per-tile segmenter,
 * {@link ModelSegmentation#perTile}).
 * <p>
 * <b>The two routes.</b> {@code instances=per_tile} (the default): instances inside every tile,
 * run block by block, merged by SMM across tiles and blocks. {@code instances=blended}: the
 * objects are the connected components of the thresholded blend of the tiles' outputs over the
 * whole image. The blend itself is local, but a component is not: a thresholded region can run
 * through any number of blocks (in dense tissue the foreground percolates), and its area filter,
 * split and score are those of the whole component, so a block cannot decide its components and
 * joining the pieces across seams would be a union of touching pixel regions, not the seam merge
 * of SMM. The job therefore runs a blended image as one task (the command's streaming run, band
 * by band, {@link #blended}); {@code blocks} does not apply to it, and the driver logs that.
 * </p>
 */
final class ModelWorker implements AutoCloseable
{
	private final ModelSegmentationOptions options;
	private final MergeOptions merge;
	private final ModelPool.Lease lease;
	private ModelTilePredictor<FloatType> predictor;

	private ModelWorker(final ModelSegmentationOptions options, final MergeOptions merge, final ModelPool.Lease lease)
	{
		this.options = options;
		this.merge = merge;
		this.lease = lease;
	}

	/**
	 * The model of one task: {@code o}'s model options parsed once, the runner leased from this
	 * executor's pool.
	 *
	 * @param merge the task's merge options (its {@code threads} are ONNX Runtime's, as in the command)
	 */
	static ModelWorker open(final JobOptions o, final MergeOptions merge)
	{
		return new ModelWorker(options(o), merge, ModelPool.lease(o.path("model"), merge.threads()));
	}

	static boolean uses(final JobOptions o)
	{
		return o.get("segmenter", "threshold_watershed").equals("bioimageio");
	}

	/**
	 * Checks the model options on the driver.
	 *
	 * @throws InvalidOptionException naming the option that cannot run in the job
	 */
	static void check(final JobOptions o)
	{
		if (!o.has("model"))
			throw new InvalidOptionException("model", "segmenter=bioimageio needs model (a package folder, its bioimageio.yaml or the zip)");
		options(o);
	}

	/** Whether the image runs the blended route, as one task ({@code segmenter=bioimageio,instances=blended}). */
	static boolean blended(final JobOptions o)
	{
		return uses(o) && options(o).instances() == ModelSegmentationOptions.Instances.BLENDED;
	}

	/**
	 * The channels fed to the model (from 0) as the command parses the key, or null: no key, or
	 * not {@code segmenter=bioimageio}.
	 *
	 * @throws InvalidOptionException naming {@code channels} and the bad entry
	 */
	static int[] channels(final JobOptions o)
	{
		try
		{
			return uses(o) ? ModelChannels.parse(o.get("channels", "")) : null;
		}
		catch (final IllegalArgumentException e)
		{
			throw new InvalidOptionException("channels", e.getMessage().replaceFirst("^channels: ", ""));
		}
	}

	/** The model options as the command builds them from the same keys. */
	static ModelSegmentationOptions options(final JobOptions o)
	{
		return ModelSegmentationOptions.defaults().withTileSize(o.tileSize()).withOverlap(o.overlap())
				.withInstances(ModelSegmentationOptions.Instances.parse(o.get("instances", "per_tile")))
				.withNormalization(ModelSegmentationOptions.Normalization.parse(o.get("normalization", "per_tile"))).withThreshold(o.number("probability_threshold", 0.5))
				.withMinArea((long) Math.ceil(o.number("min_area", 10))).withChannels(channels(o)).withNormalizationWindow(atLeast(o, "normalization_window", 0, 0))
				.withBatchSize(atLeast(o, "batch_size", 4, 1)).withSplitDepth(atLeast(o, "split_depth", 0.0, 0.0));
	}

	/** A whole-number key checked against the command parameter's minimum, in the command's words ({@code io.github.smm.command.InputChecks}). */
	private static int atLeast(final JobOptions o, final String key, final int fallback, final int min)
	{
		final int v = o.integer(key, fallback);
		if (v < min)
			throw new InvalidOptionException(key, v + " is below its minimum " + min);
		return v;
	}

	/** A number key checked as the command checks its parameter: finite, at least {@code min}. */
	private static double atLeast(final JobOptions o, final String key, final double fallback, final double min)
	{
		final Double v = o.number(key, fallback);
		if (v.isNaN() || v.isInfinite())
			throw new InvalidOptionException(key, "'" + o.get(key, "") + "' is not a finite number");
		if (v < min)
			throw new InvalidOptionException(key, v + " is below its minimum " + Double.valueOf(min));
		return v;
	}

	/** The plan of the command for this model and image size, from the package's description (the driver's plan). */
	static TilePlan plan(final JobOptions o, final long width, final long height)
	{
		return new ModelTiling(ModelPackage.open(o.path("model")).description()).plan(width, height, o.tileSize(), o.overlap());
	}

	/** The same plan from the leased runner's description (no second read of the package). */
	TilePlan plan(final long width, final long height)
	{
		return new ModelTiling(lease.runner().description()).plan(width, height, options.tileSize(), options.overlap());
	}

	/**
	 * The per-tile segmenter of this task on {@code source}, cut by {@code plan}, as the command
	 * builds it (threshold, {@code min_area}, {@code split_depth}; the predictor's
	 * {@code normalization}, {@code normalization_window} and {@code batch_size}); with
	 * {@code normalization=whole_image}, its statistics from {@code sample}, the image's subsample
	 * read once by the driver's probe ({@code null}: read here, as the command does).
	 */
	TileSegmenter<FloatType> segmenter(final ImageSource source, final TilePlan plan, final WholeImageSample sample)
	{
		final ModelSegmentation run = new ModelSegmentation(lease.runner(), options, merge);
		predictor = sample == null ? run.predictor(source) : run.predictor(source, sample.tensor());
		return run.perTile(predictor, plan);
	}

	/** Calls of the model so far by the predictor of {@link #segmenter} (several tiles per call with {@code batch_size}), 0 before. */
	int modelCalls()
	{
		return predictor == null ? 0 : predictor.modelCalls();
	}

	/**
	 * The blended route on the whole image, as the command runs it (streamed band by band); every
	 * object goes to {@code out}.
	 */
	ModelSegmentationReport blended(final ImageSource source, final TileProgress progress, final Consumer<Instance> out)
	{
		return new ModelSegmentation(lease.runner(), options, merge).withProgress(progress).run(source, out);
	}

	/** Hands the runner back to the pool. */
	@Override
	public void close()
	{
		lease.close();
	}
}
