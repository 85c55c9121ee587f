package io.github.smm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.smm.concurrent.Parallel;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeInstance;

/**
 * Perfect block predictions of a {@link VoronoiVolume}: every block is filled as a dense label
 * block (what a 3D segmenter returns), read back into one instance per label through
 * {@link LabelBlocks}, with the block as its window and a random score; the truth label of each
 * prediction is kept for scoring. Blocks are predicted on up to {@code threads} threads, one dense
 * buffer per thread, so at most {@code threads} blocks of voxels are resident at once.
 */
final class VolumePredictions
{
	final List<VolumeInstance> instances;
	/** Truth label of each instance. */
	final int[] truthLabel;
	/** Largest number of dense block voxels resident at once. */
	final long peakDenseVoxels;
	final long sparseRuns;

	private VolumePredictions(final List<VolumeInstance> instances, final int[] truthLabel, final long peakDenseVoxels, final long sparseRuns)
	{
		this.instances = instances;
		this.truthLabel = truthLabel;
		this.peakDenseVoxels = peakDenseVoxels;
		this.sparseRuns = sparseRuns;
	}

	static VolumePredictions predict(final VoronoiVolume scene, final BlockPlan plan, final long seed, final int threads)
	{
		final List<Box3> blocks = plan.blocks();
		@SuppressWarnings("unchecked")
		final List<LabelBlocks.Piece>[] pieces = new List[blocks.size()];
		final AtomicInteger live = new AtomicInteger(), peak = new AtomicInteger();
		final long blockVoxels = blocks.get(0).volume();
		Parallel.forEach(blocks.size(), threads, b -> {
			peak.accumulateAndGet(live.incrementAndGet(), Math::max);
			int[] dense = new int[(int) blocks.get(b).volume()];
			scene.fill(blocks.get(b), dense);
			pieces[b] = LabelBlocks.pieces(dense, blocks.get(b));
			dense = null;
			live.decrementAndGet();
		});
		final List<VolumeInstance> out = new ArrayList<>();
		final List<Integer> labels = new ArrayList<>();
		long runs = 0;
		for (int b = 0; b < blocks.size(); b++)
			for (final LabelBlocks.Piece p : pieces[b])
			{
				final SplittableRandom r = Seeds.random(seed, 5, b, p.label);
				out.add(new VolumeInstance(out.size() + 1, p.mask, 0.5 + 0.5 * r.nextDouble(), 0, blocks.get(b), b));
				labels.add(p.label);
				runs += p.mask.runCount();
			}
		final int[] truth = new int[labels.size()];
		for (int i = 0; i < truth.length; i++)
			truth[i] = labels.get(i);
		return new VolumePredictions(out, truth, peak.get() * blockVoxels, runs);
	}
}
