package io.github.smm.volume.tiled;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.smm.MergeOptions;
import io.github.smm.Method;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.baseline.UnionFind;
import io.github.smm.graph.WeightParameters;
import io.github.smm.index.CandidatePairs;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeCandidates;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VolumeMasks;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VoxelSize;

/**
 * The live 3D instances of a slab sweep: read but not merged yet; after each slab it hands out
 * the closed groups.
 * <p>
 * A group is a connected component, among the live instances, of the candidate pairs
 * ({@link VolumeCandidates}) whose weight may exceed λ (an upper bound of {@code w}, with the box
 * gap for the mask distance): a superset of the attracting edges by which the merge's solver
 * splits its problem ({@link SpatialMaskMerging#attracting}: {@code w > λ} and no cannot-link)
 * and of the edges of the {@code components} method; with overlap resolution, candidates of any
 * class whose masks overlap are joined too, and for the baselines that decide on the overlap
 * alone ({@code nms}, {@code greedy_nmm}, {@code union_iou}: a pair counts when its overlap reaches
 * {@code tau_i} &gt; 0, which needs a shared voxel), every candidate pair whose masks overlap,
 * whatever its weight. A group is
 * closed when every member is final ({@link SlabSweep#isFinalAfterSlab}): no later instance can
 * then be a candidate of a member, so it can have no edge (weights are per pair and never change)
 * to one, and no live instance outside the group has an attracting edge to a member (it would be
 * in the group). So the group is a union of whole components of the solver's decomposition of
 * all the volume's instances, which the merge solves each on its own. Unlike components of the
 * candidate graph — one giant component in dense tissue, where every cell touches its
 * neighbours — these are small (the views of one object), so groups close soon after their slab.
 * </p>
 */
final class VolumeLiveFront
{
	private final SlabSweep sweep;
	private final MergeOptions options;
	private final VoxelSize voxel;
	private List<VolumeInstance> live = new ArrayList<>();
	private long nextId = 1, inputs, liveVoxels, peakLiveVoxels;
	private int peakLive;

	VolumeLiveFront(final SlabSweep sweep, final MergeOptions options, final VoxelSize voxel)
	{
		this.sweep = sweep;
		this.options = options;
		this.voxel = voxel;
	}

	/**
	 * Adds the objects of block {@code k}'s label block, each clipped to the block's valid part
	 * ({@link io.github.smm.volume.BlockPlan#validPart}: labels come from the whole block, halo
	 * included, so pieces of one object that join only in the halo stay one instance), with fresh
	 * ids (1, 2, … in plan order), score 1, class 0, the valid part as window; an object with no
	 * voxel in the valid part is dropped.
	 */
	List<VolumeInstance> add(final int k, final Box3 block, final int[] labels)
	{
		final Box3 valid = sweep.plan().validPart(block);
		final int first = live.size();
		for (final LabelBlocks.Piece p : LabelBlocks.pieces(labels, block))
		{
			final VolumeMask m = valid.equals(block) ? p.mask : VolumeMasks.clip(p.mask, valid);
			if (m.volume() == 0)
				continue;
			live.add(new VolumeInstance(nextId++, m, 1, 0, valid, k));
			liveVoxels += m.volume();
			inputs++;
		}
		peakLive = Math.max(peakLive, live.size());
		peakLiveVoxels = Math.max(peakLiveVoxels, liveVoxels);
		return List.copyOf(live.subList(first, live.size()));
	}

	/** Removes and returns the members of every group closed after slab {@code s}. */
	List<VolumeInstance> closeAfterSlab(final int s)
	{
		if (live.isEmpty())
			return Collections.emptyList();
		final int n = live.size();
		final UnionFind sets = groups();
		final boolean[] open = new boolean[n];
		for (int i = 0; i < n; i++)
			if (!sweep.isFinalAfterSlab(live.get(i).box(), s))
				open[sets.find(i)] = true;
		final List<VolumeInstance> closed = new ArrayList<>(), stay = new ArrayList<>();
		for (int i = 0; i < n; i++)
			(open[sets.find(i)] ? stay : closed).add(live.get(i));
		live = stay;
		for (final VolumeInstance c : closed)
			liveVoxels -= c.volume();
		return closed;
	}

	/**
	 * The groups of the live instances: candidate pairs whose weight can exceed λ, by a bound that
	 * needs no mask distance ({@link #mayAttract}); with overlap resolution or an overlap baseline,
	 * also candidates whose masks overlap.
	 */
	private UnionFind groups()
	{
		final boolean resolve = options.resolveOverlaps(), byOverlap = resolve || decidesByOverlap(options.method());
		final CandidatePairs pairs = VolumeCandidates.find(live, options.rho(), options.classAgnostic() || resolve, voxel, options.threads());
		final WeightParameters params = options.weightParameters();
		final UnionFind sets = new UnionFind(live.size());
		for (int k = 0; k < pairs.size(); k++)
		{
			final VolumeInstance a = live.get(pairs.first(k)), b = live.get(pairs.second(k));
			final boolean overlap = a.box().intersects(b.box()) && VolumeMasks.intersectionVolume(a.mask(), b.mask()) > 0;
			if (byOverlap && overlap || mayAttract(a, b, overlap, params))
				sets.union(pairs.first(k), pairs.second(k));
		}
		return sets;
	}

	/** Whether {@code m} clusters by the overlap of candidate pairs alone (the weight and λ play no part). */
	private static boolean decidesByOverlap(final Method m)
	{
		return m == Method.NMS || m == Method.GREEDY_NMM || m == Method.UNION_IOU;
	}

	/**
	 * Whether the pair's weight can exceed λ: the weight falls with the mask distance, which is at
	 * least the box gap (0 when the masks overlap), and rises with the overlap measure, which is at
	 * most 1, and 0 for masks that share no voxel (IoU, IoS and window IoU alike). So this bound is
	 * never below the weight, and every edge with {@code w > λ} joins its ends' groups.
	 */
	private boolean mayAttract(final VolumeInstance a, final VolumeInstance b, final boolean overlap, final WeightParameters params)
	{
		final double distance = overlap ? 0 : a.box().gap(b.box(), voxel);
		return params.weight(distance, overlap ? 1 : 0, Math.min(a.score(), b.score())) > options.lambda();
	}

	/** The smallest z of a live instance ({@code Long.MAX_VALUE} when none): slices before it hold no live voxel. */
	long firstLiveZ()
	{
		long z = Long.MAX_VALUE;
		for (final VolumeInstance i : live)
			z = Math.min(z, i.box().minZ);
		return z;
	}

	/** Removes and returns every live instance, without grouping. */
	List<VolumeInstance> drain()
	{
		final List<VolumeInstance> all = live;
		live = new ArrayList<>();
		liveVoxels = 0;
		return all;
	}

	int size()
	{
		return live.size();
	}

	long inputs()
	{
		return inputs;
	}

	int peakLive()
	{
		return peakLive;
	}

	long peakLiveVoxels()
	{
		return peakLiveVoxels;
	}
}
