package io.github.smm.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.model.Instance;
import io.github.smm.tile.InstanceList;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TiledMerge;
import io.github.smm.tile.TiledMergeReport;

/**
 * One whole image run by the single-machine streaming runner ({@link TiledMerge}) where it is
 * called — inside an executor, one task per image. The reference the block-wise job is held
 * to, and the job for images too small to be worth cutting into blocks.
 */
public final class ImageRun
{
	private ImageRun()
	{}

	/**
	 * Runs the image {@code image_file} of {@code o} as <i>Tiled Segment and Merge</i> does
	 * (either route of {@code segmenter=bioimageio}).
	 *
	 * @throws UncheckedIOException naming the file when it cannot be read
	 */
	public static ImageResult wholeImage(final JobOptions o)
	{
		final Path file = o.path("image_file");
		final io.github.smm.MergeOptions merge = o.mergeOptions();
		try (ImageSource source = ImageSource.open(file, ModelWorker.channels(o)))
		{
			final double level = WorkerSegmenters.needsWholeImageLevel(o) ? source.otsuLevel() : Double.NaN;
			final InstanceList list = new InstanceList();
			final TiledMergeReport report;
			try (ModelWorker model = ModelWorker.uses(o) ? ModelWorker.open(o, merge) : null)
			{
				if (model != null && ModelWorker.blended(o))
				{
					final List<Instance> found = new ArrayList<>();
					final io.github.smm.bioimageio.ModelSegmentationReport r = model.blended(source, io.github.smm.tile.TileProgress.NONE, found::add);
					return new ImageResult(file.toString(), source.width(), source.height(), GroupMerge.records(found), r.tiles(), r.tilePredictions(), r.seconds());
				}
				final TilePlan plan = model != null ? model.plan(source.width(), source.height()) : o.plan(source.width(), source.height());
				report = new TiledMerge(plan, merge).run(source, model != null ? model.segmenter(source, plan, null) : WorkerSegmenters.of(o, level), list);
			}
			final List<ObjectRecord> records = new ArrayList<>();
			for (final Instance i : list.instances())
				records.add(ObjectRecord.of(i));
			return new ImageResult(file.toString(), source.width(), source.height(), records, report.tiles(), report.inputInstances(), report.seconds());
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException(file + ": " + e.getMessage(), e);
		}
	}
}
