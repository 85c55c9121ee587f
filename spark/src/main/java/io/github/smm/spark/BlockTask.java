package io.github.smm.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.smm.MergeOptions;
import io.github.smm.baseline.UnionFind;
import io.github.smm.bioimageio.ModelSegmentationReport;
import io.github.smm.index.CandidatePairs;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TileException;
import io.github.smm.tile.TilePlan;
import io.github.smm.tile.TileSegmenter;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * One block of one image, run in an executor: segments the block's tiles (those of the
 * single-machine plan), groups their predictions into connected components of the key graph
 * ({@link KeyGraph}), merges the components that lie wholly inside the block and returns the
 * others, whose members reach the halo, unmerged. A pure function of its fields, so a re-run task returns
 * the same result.
 */
public final class BlockTask implements Serializable
{
	private static final long serialVersionUID = 1L;

	private static final Logger LOG = LoggerFactory.getLogger(BlockTask.class);

	final JobOptions options;
	final long width, height;
	final double level;
	final Block block;
	/** {@code normalization=whole_image}'s subsample of the image, read once by the driver's probe; {@code null} otherwise (or when the task is to read it itself). */
	final Broadcast<WholeImageSample> sample;

	BlockTask(final JobOptions options, final long width, final long height, final double level, final Block block)
	{
		this(options, width, height, level, null, block);
	}

	BlockTask(final JobOptions options, final long width, final long height, final double level, final Broadcast<WholeImageSample> sample, final Block block)
	{
		this.options = options;
		this.sample = sample;
		this.width = width;
		this.height = height;
		this.level = level;
		this.block = block;
	}

	/**
	 * Tile prediction {@code j} of tile {@code k} gets the id {@code k·2³² + j + 1}: ordered as
	 * the single-machine runner's ids (1, 2, … in plan order), so every tie broken by id falls
	 * the same way.
	 */
	static long id(final int tile, final int j)
	{
		return ((long) tile << 32) + j + 1;
	}

	/**
	 * {@link #run} as a Spark task (where the retry tests inject their failures): a bad image
	 * gives a failed block naming the file, or, with {@code fail_fast}, fails the task.
	 */
	static BlockResult runInTask(final BlockTask t, final LongAccumulator tilesDone)
	{
		BlockResult r;
		try
		{
			r = t.run(tilesDone);
			LOG.info("{}: {}: {} tiles, {} tile predictions ({} open) in {} s", t.options.get("image_file", "?"), t.block, r.tiles, r.inputs, r.open.size(),
					String.format(Locale.ROOT, "%.2f", r.seconds));
		}
		catch (final RuntimeException e)
		{
			final String message = ImageFailure.handle(t.options, t.block.toString(), e);
			LOG.error(message);
			r = BlockResult.failed(t.block, message);
		}
		TaskFaults.failFirstAttempt(t.block + " done");
		return r;
	}

	/**
	 * Segments and splits the block. The options are parsed once per task and, for
	 * {@code segmenter=bioimageio}, the model's runner is leased once per task from the
	 * executor's {@link ModelPool} (its plan read from the runner's description, no second read
	 * of the package); {@code instances=blended} runs the whole image (the block then holds every
	 * tile, see {@link #blended}).
	 */
	BlockResult run(final LongAccumulator tilesDone)
	{
		final long t0 = System.nanoTime();
		final Path file = options.path("image_file");
		final MergeOptions merge = options.mergeOptions();
		try (ImageSource source = ImageSource.open(file, ModelWorker.channels(options)); ModelWorker model = ModelWorker.uses(options) ? ModelWorker.open(options, merge) : null)
		{
			if (model != null && ModelWorker.blended(options))
				return blended(model, source, tilesDone, t0);
			final TilePlan plan = model != null ? model.plan(width, height) : options.plan(width, height);
			final List<Instance> found = segmentBlock(plan, source, model != null ? model.segmenter(source, plan, sample == null ? null : sample.value()) : WorkerSegmenters.of(options, level), tilesDone);
			if (model != null)
				LOG.info("{}: {}: {} model calls for {} tiles (batch_size {})", options.get("image_file", "?"), block, model.modelCalls(), block.tiles(),
						options.get("batch_size", "4"));
			return split(found, merge, (System.nanoTime() - t0) / 1e9);
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException(file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * {@code instances=blended}: the command's blended run over the whole image in this one task
	 * (the driver plans one block of every tile for such an image), its objects final: no open
	 * prediction, nothing for the seam stage.
	 */
	private BlockResult blended(final ModelWorker model, final ImageSource source, final LongAccumulator tilesDone, final long t0)
	{
		final List<Instance> found = new ArrayList<>();
		final int[] counted = { 0 };
		final ModelSegmentationReport r = model.blended(source, (done, total) -> {
			if (tilesDone != null)
				tilesDone.add(done - counted[0]);
			counted[0] = done;
		}, found::add);
		if (r.tiles() != block.tiles())
			throw new IllegalStateException(block + " holds " + block.tiles() + " tiles, the blended run planned " + r.tiles());
		return new BlockResult(block, block.tiles(), r.tilePredictions(), (System.nanoTime() - t0) / 1e9, GroupMerge.canonical(GroupMerge.records(found)), List.of(),
				new int[0]);
	}

	/**
	 * The block's tiles in batches for a segmenter taking {@code size} tiles per call: in plan
	 * order, each batch consecutive tiles of one band (as the single-machine runner batches them,
	 * cut where the block ends), at most {@code size} (at least 1) tiles.
	 */
	static List<List<Tile>> batches(final TilePlan plan, final Block block, final int size)
	{
		final List<Tile> tiles = new ArrayList<>(block.tiles());
		for (int r = block.r0; r < block.r1; r++)
			for (int c = block.c0; c < block.c1; c++)
				tiles.add(BlockPlan.tileAt(plan, c, r));
		tiles.sort(java.util.Comparator.comparingInt(Tile::index));
		final List<List<Tile>> out = new ArrayList<>();
		List<Tile> batch = new ArrayList<>();
		for (final Tile t : tiles)
		{
			if (!batch.isEmpty() && (batch.size() >= Math.max(1, size) || batch.get(0).band() != t.band()))
			{
				out.add(batch);
				batch = new ArrayList<>();
			}
			batch.add(t);
		}
		if (!batch.isEmpty())
			out.add(batch);
		return out;
	}

	/** The predictions of the block's tiles, in plan order, batched as the segmenter takes them; each tile counted as done. */
	private List<Instance> segmentBlock(final TilePlan plan, final ImageSource source, final TileSegmenter<FloatType> segmenter, final LongAccumulator tilesDone)
	{
		final List<Instance> found = new ArrayList<>();
		for (final List<Tile> batch : batches(plan, block, segmenter.batchSize()))
		{
			found.addAll(segment(batch, source, segmenter));
			if (tilesDone != null)
				tilesDone.add(batch.size());
		}
		return found;
	}

	/**
	 * Merges the components of the block's key graph ({@link KeyGraph}) that lie wholly inside the
	 * block and returns the others, whose members reach the halo, unmerged with their component.
	 * The key graph is only built among the members of candidate components that reach the halo
	 * (the candidate graph is coarser, so the others are whole key components too, and inner).
	 */
	private BlockResult split(final List<Instance> found, final MergeOptions merge, final double segmentSeconds)
	{
		final long t0 = System.nanoTime();
		final List<Instance> sorted = Instances.canonical(found);
		final boolean[] reach = reachHalo(sorted, componentsOf(sorted, KeyGraph.candidates(sorted, merge)), merge);
		final List<Instance> closed = new ArrayList<>(), reaching = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++)
			(reach[i] ? reaching : closed).add(sorted.get(i));
		final int[] group = KeyGraph.components(reaching, merge);
		final boolean[] open = reachHalo(reaching, group, merge);
		final List<Instance> halo = new ArrayList<>();
		final List<Integer> groups = new ArrayList<>();
		for (int i = 0; i < reaching.size(); i++)
			if (open[i])
			{
				halo.add(reaching.get(i));
				groups.add(group[i]);
			}
			else
				closed.add(reaching.get(i));
		final List<ObjectRecord> merged = GroupMerge.merge(closed, merge);
		return new BlockResult(block, block.tiles(), found.size(), segmentSeconds + (System.nanoTime() - t0) / 1e9, merged, GroupMerge.records(halo),
				groups.stream().mapToInt(Integer::intValue).toArray());
	}

	private static int[] componentsOf(final List<Instance> list, final CandidatePairs pairs)
	{
		final UnionFind sets = new UnionFind(list.size());
		for (int k = 0; k < pairs.size(); k++)
			sets.union(pairs.first(k), pairs.second(k));
		return sets.labels();
	}

	/** Which members of {@code list} lie in a component (labels 0..k-1) with a member that is not inner. */
	private boolean[] reachHalo(final List<Instance> list, final int[] component, final MergeOptions merge)
	{
		final boolean[] openComponent = new boolean[list.size()];
		for (int i = 0; i < list.size(); i++)
			if (!block.isInner(list.get(i).box(), merge.rho()))
				openComponent[component[i]] = true;
		final boolean[] open = new boolean[list.size()];
		for (int i = 0; i < list.size(); i++)
			open[i] = openComponent[component[i]];
		return open;
	}

	/** The predictions of a batch of tiles as the single-machine runner numbers them (window, tile index), in the batch's order. */
	private static List<Instance> segment(final List<Tile> tiles, final ImageSource source, final TileSegmenter<FloatType> segmenter)
	{
		final List<RandomAccessibleInterval<FloatType>> pixels = new ArrayList<>(tiles.size());
		try
		{
			for (final Tile tile : tiles)
			{
				final RandomAccessibleInterval<FloatType> window = source.read(tile.window());
				pixels.add(tile.isPadded() ? padded(window, tile) : window);
			}
			final List<List<Instance>> all = tiles.size() == 1 ? java.util.Collections.singletonList(segmenter.segment(tiles.get(0), pixels.get(0)))
					: segmenter.segmentAll(tiles, pixels);
			if (all == null || all.size() != tiles.size())
				throw new TileException(tiles.get(0), "the segmenter returned " + (all == null ? "no" : all.size()) + " results for a batch of " + tiles.size() + " tiles");
			final List<Instance> out = new ArrayList<>();
			for (int k = 0; k < tiles.size(); k++)
			{
				final Tile tile = tiles.get(k);
				final List<Instance> found = all.get(k);
				if (found == null)
					throw new TileException(tile, "the segmenter returned no list");
				for (int j = 0; j < found.size(); j++)
				{
					final Instance f = found.get(j);
					if (f == null || !tile.window().contains(f.box()))
						throw new TileException(tile, "instance " + j + " of the segmenter's list is " + (f == null ? "null" : "outside the tile window " + tile.window()));
					out.add(new Instance(id(tile.index(), j), f.mask(), f.score(), f.classId(), f.window() == null ? tile.window() : f.window(), tile.index()));
				}
			}
			return out;
		}
		finally
		{
			for (int k = 0; k < pixels.size(); k++)
				source.release(tiles.get(k).window());
		}
	}

	/** The tile region with zeros beyond the image, as the single-machine runner pads it. */
	private static RandomAccessibleInterval<FloatType> padded(final RandomAccessibleInterval<FloatType> window, final Tile tile)
	{
		final long[] min = window.minAsLongArray(), max = window.maxAsLongArray();
		min[0] = tile.region().minX;
		min[1] = tile.region().minY;
		max[0] = tile.region().maxX - 1;
		max[1] = tile.region().maxY - 1;
		return Views.interval(Views.extendZero(window), new FinalInterval(min, max));
	}
}
