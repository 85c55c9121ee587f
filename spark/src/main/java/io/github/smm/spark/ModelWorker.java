package io.github.smm.spark;

import io.github.smm.InvalidOptionException;
import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelRunner;
import io.github.smm.bioimageio.ModelSegmentation;
import io.github.smm.bioimageio.ModelSegmentationOptions;
import io.github.smm.bioimageio.ModelTileSegmenter;
import io.github.smm.bioimageio.ModelTiling;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.type.numeric.real.FloatType;

/**
 * {@code segmenter=bioimageio} in an executor: the model package opened by the task (its own
 * ONNX Runtime session, closed with the task), the tile plan the model asks for (overlap raised
 * to twice its halo, as the command plans it), and per-tile instances ({@code instances=per_tile})
 * merged by SMM. {@code instances=blended} blends the whole image and {@code channels} picks
 * channels of an open image: both are refused for the job, naming the option.
 */
final class ModelWorker implements AutoCloseable
{
	private final ModelRunner runner;
	private final TileSegmenter<FloatType> segmenter;

	/** Opens the model for one task on {@code source}, cut by {@code plan}. */
	ModelWorker(final JobOptions o, final ImageSource source, final TilePlan plan)
	{
		runner = new ModelRunner(ModelPackage.open(o.path("model")), o.mergeOptions().threads());
		final ModelSegmentationOptions m = options(o);
		segmenter = new ModelTileSegmenter<>(new ModelSegmentation(runner, m, o.mergeOptions()).predictor(source), plan, m.threshold(), m.minArea());
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
			throw new InvalidOptionException("instances", "the Spark job runs instances=per_tile (blended blends the whole image in one pass)");
		if (o.has("channels"))
			throw new InvalidOptionException("channels", "picks channels of an open image; the job reads one plane of image_file");
	}

	/** The model options as the command builds them from the same keys. */
	static ModelSegmentationOptions options(final JobOptions o)
	{
		return ModelSegmentationOptions.defaults().withTileSize(o.tileSize()).withOverlap(o.overlap())
				.withInstances(ModelSegmentationOptions.Instances.parse(o.get("instances", "per_tile")))
				.withNormalization(ModelSegmentationOptions.Normalization.parse(o.get("normalization", "per_tile"))).withThreshold(o.number("probability_threshold", 0.5))
				.withMinArea((long) Math.ceil(o.number("min_area", 10)));
	}

	/** The plan of the command for this model and image size. */
	static TilePlan plan(final JobOptions o, final long width, final long height)
	{
		return new ModelTiling(ModelPackage.open(o.path("model")).description()).plan(width, height, o.tileSize(), o.overlap());
	}

	TileSegmenter<FloatType> segmenter()
	{
		return segmenter;
	}

	@Override
	public void close()
	{
		runner.close();
	}
}
