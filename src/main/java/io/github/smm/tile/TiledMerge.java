package io.github.smm.tile;

import java.util.ArrayList;
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

	/** Reports progress after every tile. */
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
	 * Checked before every tile: once true, the run stops cleanly; outputs already emitted are
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
		for (int k = 0; k < plan.tileCount() && !(report.cancelled = cancel.getAsBoolean()); k++)
		{
			final Tile tile = plan.tile(k);
			listener.tileSegmented(tile, front.add(tile, segment(tile, reader, segmenter, report)));
			report.tilesDone = k + 1;
			if (plan.step(k).endsBand())
				emit(front, tile.band(), report, sinks);
			progress.tilesDone(k + 1, plan.tileCount());
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

	private static <T extends RealType<T>> List<Instance> segment(final Tile tile, final TileReader<T> reader, final TileSegmenter<T> segmenter, final TiledMergeReport report)
	{
		final long t0 = System.nanoTime();
		try
		{
			return segmenter.segment(tile, reader.read(tile));
		}
		finally
		{
			reader.release(tile);
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
		for (int k = 0; k < plan.tileCount(); k++)
			all.add(plan.tile(k), segment(plan.tile(k), reader, segmenter, new TiledMergeReport(0)));
		return all.drain();
	}
}
