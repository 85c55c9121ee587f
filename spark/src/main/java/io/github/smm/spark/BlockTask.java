package io.github.smm.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.smm.MergeOptions;
import io.github.smm.index.CandidatePairs;
import io.github.smm.index.Candidates;
import io.github.smm.model.Instance;
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
 * single-machine plan), groups their predictions into connected components of the candidate
 * graph, merges the components that lie wholly inside the block and returns the others, whose
 * members reach the halo, unmerged. A pure function of its fields, so a re-run task returns
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

	BlockTask(final JobOptions options, final long width, final long height, final double level, final Block block)
	{
		this.options = options;
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

	BlockResult run(final LongAccumulator tilesDone)
	{
		final long t0 = System.nanoTime();
		final Path file = options.path("image_file");
		try (ImageSource source = ImageSource.open(file))
		{
			final TilePlan plan = options.plan(width, height);
			try (ModelWorker model = ModelWorker.uses(options) ? new ModelWorker(options, source, plan) : null)
			{
				final List<Instance> found = segmentBlock(plan, source, model != null ? model.segmenter() : WorkerSegmenters.of(options, level), tilesDone);
				final MergeOptions merge = options.mergeOptions();
				final boolean[] open = openMembers(found, merge);
				final List<Instance> inner = new ArrayList<>(), halo = new ArrayList<>();
				for (int i = 0; i < found.size(); i++)
					(open[i] ? halo : inner).add(found.get(i));
				final List<ObjectRecord> closed = GroupMerge.merge(inner, merge);
				return new BlockResult(block, block.tiles(), found.size(), (System.nanoTime() - t0) / 1e9, closed, GroupMerge.records(halo));
			}
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException(file + ": " + e.getMessage(), e);
		}
	}

	/** The predictions of the block's tiles, in plan order; each tile counted as done. */
	private List<Instance> segmentBlock(final TilePlan plan, final ImageSource source, final TileSegmenter<FloatType> segmenter, final LongAccumulator tilesDone)
	{
		final List<Instance> found = new ArrayList<>();
		for (int r = block.r0; r < block.r1; r++)
			for (int c = block.c0; c < block.c1; c++)
			{
				found.addAll(segment(BlockPlan.tileAt(plan, c, r), source, segmenter));
				if (tilesDone != null)
					tilesDone.add(1);
			}
		return found;
	}

	/** Which predictions belong to a component with a member that is not inner. */
	private boolean[] openMembers(final List<Instance> found, final MergeOptions merge)
	{
		final int n = found.size();
		final int[] parent = new int[n];
		for (int i = 0; i < n; i++)
			parent[i] = i;
		// the runner's grouping: across classes too when overlaps are resolved
		final CandidatePairs pairs = Candidates.find(found, merge.rho(), merge.classAgnostic() || merge.resolveOverlaps(), merge.threads());
		for (int k = 0; k < pairs.size(); k++)
			parent[root(parent, pairs.first(k))] = root(parent, pairs.second(k));
		final boolean[] openRoot = new boolean[n];
		for (int i = 0; i < n; i++)
			if (!block.isInner(found.get(i).box(), merge.rho()))
				openRoot[root(parent, i)] = true;
		final boolean[] open = new boolean[n];
		for (int i = 0; i < n; i++)
			open[i] = openRoot[root(parent, i)];
		return open;
	}

	private static int root(final int[] parent, int i)
	{
		while (parent[i] != i)
		{
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** The tile's predictions as the single-machine runner numbers them (window, tile index). */
	private static List<Instance> segment(final Tile tile, final ImageSource source, final TileSegmenter<FloatType> segmenter)
	{
		final RandomAccessibleInterval<FloatType> window = source.read(tile.window());
		try
		{
			final List<Instance> found = segmenter.segment(tile, tile.isPadded() ? padded(window, tile) : window);
			if (found == null)
				throw new TileException(tile, "the segmenter returned no list");
			final List<Instance> out = new ArrayList<>(found.size());
			for (int j = 0; j < found.size(); j++)
			{
				final Instance f = found.get(j);
				if (f == null || !tile.window().contains(f.box()))
					throw new TileException(tile, "instance " + j + " of the segmenter's list is " + (f == null ? "null" : "outside the tile window " + tile.window()));
				out.add(new Instance(id(tile.index(), j), f.mask(), f.score(), f.classId(), f.window() == null ? tile.window() : f.window(), tile.index()));
			}
			return out;
		}
		finally
		{
			source.release(tile.window());
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
