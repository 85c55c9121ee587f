package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Segments a large image tile by tile following a {@link TilePlan} and merges as it goes:
 * after each band, the groups of live instances that no later tile can reach are merged with
 * {@link SpatialMaskMerging#merge} and emitted to the sinks; the rest stays live. Memory
 * follows the sweep front (one tile of pixels plus the live instances), not the image.
 * <p>
 * The outputs equal those of one {@code merge} of all tile instances (same masks, scores and
 * clusters): a closed group is a whole connected component of the candidate graph (see
 * {@link LiveFront}), the solver splits every problem into connected components of its edges
 * with {@code w > λ} (subgraphs of candidate components) and solves each on its own, in the
 * canonical order that a subset keeps, and fusion is per cluster. Overlap resolution only meets
 * outputs that overlap, whose members then overlap too; with it on, groups are formed across
 * classes so that such members always share a group. Only the exact solver's time limit can
 * make two runs differ, as it does for a single merge.
 * </p>
 *
 * <pre>
 * TiledMerge runner = new TiledMerge(plan, MergeOptions.preset(Preset.MICROSCOPY)).withCancellation(stop::get);
 * TiledMergeReport report = runner.run(source, segmenter, list, labelImage);
 * </pre>
 */
public final class TiledMerge
{
	private final TilePlan plan;
	private final MergeOptions options;
	private final TileProgress progress;
	private final BooleanSupplier cancel;
	private final TileListener listener;

	public TiledMerge(final TilePlan plan, final MergeOptions options)
	{
		this(plan, options, TileProgress.NONE, () -> false, TileListener.NONE);
	}

	private TiledMerge(final TilePlan plan, final MergeOptions options, final TileProgress progress, final BooleanSupplier cancel, final TileListener listener)
	{
		this.plan = Objects.requireNonNull(plan, "plan");
		this.options = Objects.requireNonNull(options, "options");
		this.progress = Objects.requireNonNull(progress, "progress");
		this.cancel = Objects.requireNonNull(cancel, "cancellation");
		this.listener = Objects.requireNonNull(listener, "listener");
	}

	/** Reports progress after every tile (or batch of tiles). */
	public TiledMerge withProgress(final TileProgress p)
	{
		return new TiledMerge(plan, options, p, cancel, listener);
	}

	/** Shows every tile's instances, as numbered for the merge, before they are merged. */
	public TiledMerge withTileListener(final TileListener l)
	{
		return new TiledMerge(plan, options, progress, cancel, l);
	}

	/**
	 * Checked before every tile (or batch of tiles): once true, the run stops cleanly; outputs already emitted are
	 * final, live instances are reported as pending. E.g. {@code atomicBoolean::get}.
	 */
	public TiledMerge withCancellation(final BooleanSupplier c)
	{
		return new TiledMerge(plan, options, progress, c, listener);
	}

	/** Runs the sweep; every output goes to every sink, which are then finished. */
	public <T extends RealType<T>> TiledMergeReport run(final TileSource<T> source, final TileSegmenter<T> segmenter, final InstanceSink... sinks)
	{
		final long start = System.nanoTime();
		final TileReader<T> reader = new TileReader<>(plan, source);
		// overlap resolution also settles overlaps between classes: then group across classes
		final LiveFront front = new LiveFront(plan, options.rho(), options.classAgnostic() || options.resolveOverlaps(), options.threads());
		final TiledMergeReport report = new TiledMergeReport(plan.tileCount());
		for (int k = 0; k < plan.tileCount() && !(report.cancelled = cancel.getAsBoolean());)
		{
			final int end = TileBatches.end(plan, k, segmenter.batchSize());
			final List<List<Instance>> found = segment(plan, k, end, reader, segmenter, report);
			for (int i = k; i < end; i++)
				listener.tileSegmented(plan.tile(i), front.add(plan.tile(i), found.get(i - k)));
			report.tilesDone = end;
			if (plan.step(end - 1).endsBand())
				emit(front, plan.tile(end - 1).band(), report, sinks);
			progress.tilesDone(end, plan.tileCount());
			k = end;
		}
		report.pendingInstances = front.size();
		report.inputInstances = front.inputs();
		report.peakLiveInstances = front.peakLive();
		report.peakLivePixels = front.peakLivePixels();
		report.peakHeldTilePixels = reader.peakHeldPixels();
		for (final InstanceSink s : sinks)
			s.finish(!report.cancelled);
		report.seconds = (System.nanoTime() - start) / 1e9;
		return report;
	}

	/** Reads and segments tiles {@code [first, end)} (one batch), then releases them. */
	private static <T extends RealType<T>> List<List<Instance>> segment(final TilePlan plan, final int first, final int end, final TileReader<T> reader, final TileSegmenter<T> segmenter,
			final TiledMergeReport report)
	{
		final long t0 = System.nanoTime();
		final List<Tile> tiles = new ArrayList<>(end - first);
		final List<RandomAccessibleInterval<T>> pixels = new ArrayList<>(end - first);
		try
		{
			for (int k = first; k < end; k++)
			{
				tiles.add(plan.tile(k));
				pixels.add(reader.read(plan.tile(k)));
			}
			final List<List<Instance>> found = tiles.size() == 1 ? Collections.singletonList(segmenter.segment(tiles.get(0), pixels.get(0))) : segmenter.segmentAll(tiles, pixels);
			if (found == null || found.size() != tiles.size())
				throw new TileException(tiles.get(0), "the segmenter returned " + (found == null ? "no" : found.size()) + " results for a batch of " + tiles.size() + " tiles");
			return found;
		}
		finally
		{
			for (int i = 0; i < pixels.size(); i++)
				reader.release(tiles.get(i));
			report.segmentSeconds += (System.nanoTime() - t0) / 1e9;
		}
	}

	private void emit(final LiveFront front, final int band, final TiledMergeReport report, final InstanceSink[] sinks)
	{
		final long t0 = System.nanoTime();
		final List<Instance> closed = front.closeAfterBand(band);
		if (!closed.isEmpty())
		{
			final List<MergedInstance> outputs = merge(closed, band, report);
			for (final MergedInstance out : outputs)
				for (final InstanceSink s : sinks)
					s.accept(out);
			report.outputs += outputs.size();
		}
		report.mergeSeconds += (System.nanoTime() - t0) / 1e9;
	}

	/** Merges closed groups; outputs are named and ordered by their canonically first member. */
	private List<MergedInstance> merge(final List<Instance> closed, final int band, final TiledMergeReport report)
	{
		final MergeResult r = SpatialMaskMerging.merge(closed, options);
		report.mergeCalls++;
		report.objective += r.objective();
		report.solved = report.solved.plus(r.solveSummary());
		final Map<Long, Instance> byId = new HashMap<>(2 * closed.size());
		for (final Instance i : closed)
			byId.put(i.id(), i);
		final List<Instance> firsts = new ArrayList<>(r.clusterCount());
		final List<MergedInstance> outputs = new ArrayList<>(r.clusterCount());
		for (int c = 0; c < r.clusterCount(); c++)
		{
			final long[] members = r.members(c);
			Instance first = byId.get(members[0]);
			for (final long m : members)
				if (Instances.CANONICAL.compare(byId.get(m), first) < 0)
					first = byId.get(m);
			firsts.add(first);
			outputs.add(new MergedInstance(r.merged().get(c).withId(first.id()), members, band));
		}
		final Integer[] order = new Integer[outputs.size()];
		for (int c = 0; c < order.length; c++)
			order[c] = c;
		java.util.Arrays.sort(order, Comparator.comparing(firsts::get, Instances.CANONICAL));
		final List<MergedInstance> sorted = new ArrayList<>(order.length);
		for (final int c : order)
			sorted.add(outputs.get(c));
		return sorted;
	}

	/**
	 * All tile instances exactly as {@link #run} feeds them to the merge (same ids, windows and
	 * tile indices), without merging: the input of a non-streaming merge of the same plan.
	 */
	public static <T extends RealType<T>> List<Instance> tileInstances(final TilePlan plan, final TileSource<T> source, final TileSegmenter<T> segmenter)
	{
		final TileReader<T> reader = new TileReader<>(plan, source);
		final LiveFront all = new LiveFront(plan, 0, true, 1);
		for (int k = 0; k < plan.tileCount();)
		{
			final int end = TileBatches.end(plan, k, segmenter.batchSize());
			final List<List<Instance>> found = segment(plan, k, end, reader, segmenter, new TiledMergeReport(0));
			for (int i = k; i < end; i++)
				all.add(plan.tile(i), found.get(i - k));
			k = end;
		}
		return all.drain();
	}
}
