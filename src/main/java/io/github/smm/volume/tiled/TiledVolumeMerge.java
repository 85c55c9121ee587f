package io.github.smm.volume.tiled;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import io.github.smm.MergeOptions;
import io.github.smm.solve.SolveSummary;
import io.github.smm.tile.TileProgress;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMerge;
import io.github.smm.volume.VolumeMergeResult;
import io.github.smm.volume.VoxelSize;

/**
 * Segments a volume block by block following a {@link BlockPlan} (overlap in z, y and x) and
 * merges as it goes, slab by slab: after each slab, the groups of live predictions that no later
 * block can reach are merged with {@link VolumeMerge#merge} and emitted; the rest stays live.
 * Memory follows the sweep front — one block of voxels plus the live predictions, held sparse —
 * not the volume; only blocks of the current slab (and predictions near it) are ever live.
 * <p>
 * Slab-exactness: the outputs equal those of one {@code VolumeMerge.merge} of all block
 * predictions (same masks, scores and clusters). A closed group is a union of whole components
 * of the solver's decomposition (the attracting edges, {@code w > λ} and no cannot-link) of all
 * the volume's predictions ({@link VolumeLiveFront}, {@link SlabSweep}); the merge canonically
 * orders its inputs, splits its problem into those same components and solves each on its own in
 * the canonical order, which a subset keeps; fusion is per cluster. Overlap resolution only meets
 * outputs that overlap, whose members then overlap too: with it on, overlapping predictions of
 * any class share a group. Only the exact solver's time limit can make two
 * runs differ, as for one merge. This is the argument of the 2D runner
 * ({@link io.github.smm.tile.TiledMerge}) with slabs for bands.
 * </p>
 *
 * <pre>
 * BlockPlan plan = BlockPlan.of(w, h, d, new int[] { 128, 128, 128 }, new int[] { 16, 16, 16 });
 * VolumeList objects = new VolumeList();
 * new TiledVolumeMerge(plan, MergeOptions.preset(Preset.MICROSCOPY), voxel).run(source, segmenter, objects);
 * </pre>
 */
public final class TiledVolumeMerge
{
	private final SlabSweep sweep;
	private final MergeOptions options;
	private final VoxelSize voxel;
	private final TileProgress progress;
	private final BooleanSupplier cancel;

	public TiledVolumeMerge(final BlockPlan plan, final MergeOptions options, final VoxelSize voxel)
	{
		this(plan, options, voxel, TileProgress.NONE, () -> false);
	}

	private TiledVolumeMerge(final BlockPlan plan, final MergeOptions options, final VoxelSize voxel, final TileProgress progress, final BooleanSupplier cancel)
	{
		this.options = Objects.requireNonNull(options, "options");
		this.voxel = Objects.requireNonNull(voxel, "voxel size");
		this.sweep = new SlabSweep(Objects.requireNonNull(plan, "plan"), options.rho(), voxel);
		this.progress = Objects.requireNonNull(progress, "progress");
		this.cancel = Objects.requireNonNull(cancel, "cancellation");
	}

	/** Reports progress after every block. */
	public TiledVolumeMerge withProgress(final TileProgress p)
	{
		return new TiledVolumeMerge(sweep.plan(), options, voxel, p, cancel);
	}

	/** Checked before every block: once true the run stops; objects already emitted are final. */
	public TiledVolumeMerge withCancellation(final BooleanSupplier c)
	{
		return new TiledVolumeMerge(sweep.plan(), options, voxel, progress, c);
	}

	/** Runs the sweep; every object goes to every sink, which are then finished. */
	public TiledVolumeReport run(final VolumeSource source, final BlockSegmenter segmenter, final VolumeSink... sinks)
	{
		final long start = System.nanoTime();
		requireCovers(source);
		final List<Box3> blocks = sweep.blocks();
		final VolumeLiveFront front = new VolumeLiveFront(sweep, options, voxel);
		final TiledVolumeReport report = new TiledVolumeReport(blocks.size());
		for (int k = 0; k < blocks.size() && !(report.cancelled = cancel.getAsBoolean()); k++)
		{
			front.add(k, blocks.get(k), segment(blocks.get(k), source, segmenter, report));
			report.blocksDone = k + 1;
			if (sweep.endsSlab(k))
				emit(front, sweep.slabOf(k), report, sinks);
			progress.tilesDone(k + 1, blocks.size());
		}
		report.pendingInstances = front.size();
		report.inputInstances = front.inputs();
		report.peakLiveInstances = front.peakLive();
		report.peakLiveVoxels = front.peakLiveVoxels();
		for (final VolumeSink s : sinks)
			s.finish(!report.cancelled);
		report.seconds = (System.nanoTime() - start) / 1e9;
		return report;
	}

	private void requireCovers(final VolumeSource source)
	{
		final Box3 e = sweep.plan().extent();
		if (source.width() != e.width() || source.height() != e.height() || source.depth() != e.depth())
			throw new IllegalArgumentException("the block plan covers " + e.width() + " x " + e.height() + " x " + e.depth() + " voxels, the volume has " + source.width() + " x "
					+ source.height() + " x " + source.depth());
	}

	private static int[] segment(final Box3 block, final VolumeSource source, final BlockSegmenter segmenter, final TiledVolumeReport report)
	{
		final long t0 = System.nanoTime();
		final float[] voxels = segmenter.readsVoxels() ? source.read(block) : null;
		final long t1 = System.nanoTime();
		final int[] labels = segmenter.labels(block, voxels);
		if (labels == null || labels.length != block.volume())
			throw new IllegalStateException("block " + block + ": the segmenter returned " + (labels == null ? "no labels" : labels.length + " labels for " + block.volume() + " voxels"));
		report.peakBlockVoxels = Math.max(report.peakBlockVoxels, (voxels == null ? 0 : voxels.length) + labels.length);
		report.readSeconds += (t1 - t0) / 1e9;
		report.segmentSeconds += (System.nanoTime() - t1) / 1e9;
		return labels;
	}

	private void emit(final VolumeLiveFront front, final int slab, final TiledVolumeReport report, final VolumeSink[] sinks)
	{
		final long t0 = System.nanoTime();
		final List<VolumeInstance> closed = front.closeAfterSlab(slab);
		if (!closed.isEmpty())
		{
			final VolumeMergeResult r = VolumeMerge.merge(closed, options, voxel);
			report.mergeCalls++;
			report.solved = report.solved.plus(SolveSummary.of(r.components()));
			for (final Output o : ordered(r))
			{
				final VolumeInstance object = o.object.withId(++report.outputs);
				for (final VolumeSink s : sinks)
					s.accept(object, o.members);
			}
		}
		final long z = Math.min(front.firstLiveZ(), sweep.finalLimit(slab));
		for (final VolumeSink s : sinks)
			s.slicesFinal(z);
		report.mergeSeconds += (System.nanoTime() - t0) / 1e9;
	}

	/** The merged objects with their member ids, ordered by their canonically first member. */
	private static List<Output> ordered(final VolumeMergeResult r)
	{
		final int k = r.merged().size();
		final List<List<VolumeInstance>> members = new ArrayList<>(k);
		for (int c = 0; c < k; c++)
			members.add(new ArrayList<>(2));
		for (int i = 0; i < r.inputs().size(); i++)
			members.get(r.clusterOfInput()[i]).add(r.inputs().get(i));
		final List<Output> out = new ArrayList<>(k);
		for (int c = 0; c < k; c++)
		{
			final List<VolumeInstance> m = members.get(c);
			m.sort(VolumeMerge.CANONICAL);
			final long[] ids = m.stream().mapToLong(VolumeInstance::id).sorted().toArray();
			out.add(new Output(r.merged().get(c), m.get(0), ids));
		}
		out.sort((a, b) -> VolumeMerge.CANONICAL.compare(a.first, b.first));
		return out;
	}

	/**
	 * All block predictions exactly as {@link #run} feeds them to the merge (same ids, windows and
	 * block indices), without merging: the input of a one-merge run of the same plan.
	 */
	public static List<VolumeInstance> blockInstances(final BlockPlan plan, final VolumeSource source, final BlockSegmenter segmenter)
	{
		final VolumeLiveFront all = new VolumeLiveFront(new SlabSweep(plan, 0, VoxelSize.ISOTROPIC), MergeOptions.preset(io.github.smm.Preset.MICROSCOPY), VoxelSize.ISOTROPIC);
		final TiledVolumeReport unused = new TiledVolumeReport(0);
		for (int k = 0; k < plan.blocks().size(); k++)
			all.add(k, plan.blocks().get(k), segment(plan.blocks().get(k), source, segmenter, unused));
		return all.drain();
	}

	private static final class Output
	{
		final VolumeInstance object, first;
		final long[] members;

		Output(final VolumeInstance object, final VolumeInstance first, final long[] members)
		{
			this.object = object;
			this.first = first;
			this.members = members;
		}
	}
}
