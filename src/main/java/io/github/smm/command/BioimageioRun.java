package io.github.smm.command;

import java.io.File;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.github.smm.MergeOptions;
import io.github.smm.bioimageio.ModelPackage;
import io.github.smm.bioimageio.ModelRunner;
import io.github.smm.bioimageio.ModelSegmentation;
import io.github.smm.bioimageio.ModelSegmentationOptions;
import io.github.smm.bioimageio.ModelSegmentationReport;
import io.github.smm.model.Instance;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TileProgress;
import io.github.smm.tile.TileSource;
import net.imglib2.type.numeric.real.FloatType;

/**
 * {@code segmenter=bioimageio} of the tiled commands: the model package opened once (one ONNX
 * Runtime session for every plane and tile) and the options of its keys.
 */
final class BioimageioRun implements AutoCloseable
{
	private final ModelRunner runner;
	private final ModelSegmentationOptions options;
	private final int[] channels;

	/**
	 * @param overlap below 1 a ratio of the tile size, from 1 on pixels
	 * @param channels the {@code channels} key (see {@link ModelChannels})
	 * @param threads threads of ONNX Runtime
	 * @throws IllegalArgumentException naming the key at fault
	 */
	BioimageioRun(final File model, final int tileSize, final double overlap, final String instances, final String normalization, final double threshold, final double minArea,
			final String channels, final int threads)
	{
		if (model == null || model.getPath().trim().isEmpty())
			throw new IllegalArgumentException("segmenter=bioimageio needs model (a package folder, its bioimageio.yaml or the zip)");
		options = ModelSegmentationOptions.defaults().withTileSize(tileSize).withOverlap(overlap < 1 ? Overlap.ratio(overlap) : Overlap.pixels((int) Math.round(overlap)))
				.withInstances(ModelSegmentationOptions.Instances.parse(instances)).withNormalization(ModelSegmentationOptions.Normalization.parse(normalization))
				.withThreshold(threshold).withMinArea((long) Math.ceil(minArea)).withChannels(this.channels = ModelChannels.parse(channels));
		runner = new ModelRunner(ModelPackage.open(model.toPath()), threads);
	}

	ModelRunner runner()
	{
		return runner;
	}

	ModelSegmentationOptions options()
	{
		return options;
	}

	/** The image's channels fed to the model (from 0), or null for the plane. */
	int[] channels()
	{
		return channels == null ? null : channels.clone();
	}

	/** A line for the log when the model's halo raised the overlap, else null. */
	String overlapNote()
	{
		return new ModelSegmentation(runner, options, MergeOptions.defaults()).overlapNote();
	}

	/** Segments one plane; the objects are added to {@code found}. */
	ModelSegmentationReport run(final TileSource<FloatType> source, final MergeOptions merge, final TileProgress progress, final BooleanSupplier cancel, final List<Instance> found)
	{
		return new ModelSegmentation(runner, options, merge).withProgress(progress).withCancellation(cancel).run(source, found::add);
	}

	private boolean closed;

	@Override
	public void close()
	{
		if (!closed)
			runner.close();
		closed = true;
	}
}
