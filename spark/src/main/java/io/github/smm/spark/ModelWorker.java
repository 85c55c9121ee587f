package io.github.smm.spark;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelSegmentation;
import io.github.smm.bioimageio.ModelSegmentationOptions;
import io.github.smm.bioimageio.ModelTileSegmenter;
import io.github.smm.bioimageio.ModelTiling;
import io.github.smm.command.ModelChannels;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.type.numeric.real.FloatType;

/**
 * {@code segmenter=bioimageio} in an executor: the model options parsed once per task, the
 * model's runner leased from the executor's {@link ModelPool} (package, weights and ONNX Runtime
 * session read and opened once per executor and task slot, not per task; handed back when the
 * task ends), the tile plan the model asks for (overlap raised to twice its halo, as the command
 * plans it), and per-tile instances ({@code instances=per_tile}) merged by SMM. {@code channels}
 * picks channels of an ImageJ hyperstack TIFF ({@link TiffChannelsSource}), parsed and checked
 * as the command does.
 * <p>
 * <b>Why {@code instances=blended} is refused.</b> Blended instances are the connected
 * components of the thresholded blend of the tiles' outputs over the whole image. The blend
 * itself is local (a pixel's value needs only the tiles covering it, all within the block and
 * its one-overlap halo), but a component is not: a thresholded region can run through any number
 * of blocks (in dense tissue the foreground percolates), and its area filter, split and score
 * are those of the whole component. A block with a halo of one tile overlap therefore cannot
 * decide its components, and joining the pieces across seams is a union of touching pixel
 * regions, a different second stage from the seam merge of SMM, which this job does not have.
 * So the job refuses it, naming the option: run {@code instances=per_tile} (merged by SMM across
 * tiles and blocks, what the job runs), or the command with {@code instances=blended} on one
 * machine, where it streams band by band.
 * </p>
 */
final class ModelWorker implements AutoCloseable
{
	private final ModelSegmentationOptions options;
	private final MergeOptions merge;
	private final ModelPool.Lease lease;

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
		if (options(o).instances() != ModelSegmentationOptions.Instances.PER_TILE)
			throw new InvalidOptionException("instances", "the Spark job runs instances=per_tile: blended instances are components of the whole image's blended output,"
					+ " which a block cannot decide (run blended with the command on one machine)");
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
				.withMinArea((long) Math.ceil(o.number("min_area", 10))).withChannels(channels(o));
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

	/** The per-tile segmenter of this task on {@code source}, cut by {@code plan}. */
	TileSegmenter<FloatType> segmenter(final ImageSource source, final TilePlan plan)
	{
		return new ModelTileSegmenter<>(new ModelSegmentation(lease.runner(), options, merge).predictor(source), plan, options.threshold(), options.minArea());
	}

	/** Hands the runner back to the pool. */
	@Override
	public void close()
	{
		lease.close();
	}
}
