package io.github.smm.volume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;

import io.github.smm.MergeOptions;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.baseline.Baselines;
import io.github.smm.concurrent.Parallel;
import io.github.smm.fuse.Fusion;
import io.github.smm.fuse.OverlapResolution;
import io.github.smm.graph.CandidateGraph;
import io.github.smm.index.CandidatePairs;
import io.github.smm.model.Instances;
import io.github.smm.solve.ClusteringResult;
import io.github.smm.solve.ComponentReport;
import io.github.smm.solve.CorrelationClustering;

/**
 * Merges 3D block predictions into one set of objects, with the 2D merge's parameters and
 * solvers: 3D candidates, 3D pair features (distance with the voxel steps, window IoU in the
 * region two blocks share) in a {@link CandidateGraph}, then the same correlation clustering
 * (exact or greedy, per component) or the baselines (components, NMS, greedy NMM, union IoU),
 * voxel-union or central fusion and overlap resolution. Pairs that no
 * block saw together cost nothing by default ({@link UnseenPairs}).
 *
 * <pre>
 * VolumeMergeResult r = VolumeMerge.merge(instances, MergeOptions.preset(Preset.MICROSCOPY), new VoxelSize(2, 0.5, 0.5));
 * </pre>
 *
 * Inputs are put in a canonical order first (corner z, y, x, then volume, score, class, id), so
 * the result never depends on the order they are given in, nor on the number of threads. A
 * one-slice volume merges exactly as its 2D image does with {@link UnseenPairs#AS_2D}.
 */
public final class VolumeMerge
{
	/** The canonical order: lowest corner (z, y, x), then volume, score, class, id. */
	public static final Comparator<VolumeInstance> CANONICAL = Comparator.comparingLong((VolumeInstance i) -> i.box().minZ)
			.thenComparingLong(i -> i.box().minY)
			.thenComparingLong(i -> i.box().minX)
			.thenComparingLong(VolumeInstance::volume)
			.thenComparingDouble(VolumeInstance::score)
			.thenComparingInt(VolumeInstance::classId)
			.thenComparingLong(VolumeInstance::id);

	private VolumeMerge()
	{}

	/** @throws io.github.smm.model.InvalidInstanceException naming a repeated id */
	public static VolumeMergeResult merge(final List<VolumeInstance> instances, final MergeOptions options, final VoxelSize voxel)
	{
		return merge(instances, options, voxel, UnseenPairs.NEUTRAL);
	}

	/**
	 * As {@link #merge(List, MergeOptions, VoxelSize)}, with the scoring of pairs that no block saw
	 * together ({@link UnseenPairs#AS_2D}: exactly as the 2D merge).
	 */
	public static VolumeMergeResult merge(final List<VolumeInstance> instances, final MergeOptions options, final VoxelSize voxel, final UnseenPairs unseen)
	{
		Objects.requireNonNull(options, "options");
		Objects.requireNonNull(voxel, "voxel size");
		for (int i = 0; i < instances.size(); i++)
			Objects.requireNonNull(instances.get(i), "instance at position " + i);
		Instances.requireUniqueIds(instances, VolumeInstance::id);
		final Map<String, Double> seconds = new LinkedHashMap<>();
		final List<VolumeInstance> sorted = new ArrayList<>(instances);
		sorted.sort(CANONICAL);
		long t = System.nanoTime();
		final CandidatePairs pairs = VolumeCandidates.find(sorted, options.rho(), options.classAgnostic(), voxel, options.threads());
		t = SpatialMaskMerging.lap(seconds, "candidates", t);
		final CandidateGraph graph = VolumeGraph.build(sorted, pairs, options.weightParameters(), voxel, options.threads());
		t = SpatialMaskMerging.lap(seconds, "weights", t);
		final List<ComponentReport> reports = new ArrayList<>();
		final int[] cluster = cluster(graph, sorted, options, unseen, reports);
		t = SpatialMaskMerging.lap(seconds, "solve", t);
		List<VolumeInstance> merged = fuse(sorted, cluster, options);
		t = SpatialMaskMerging.lap(seconds, "fuse", t);
		if (options.resolveOverlaps())
		{
			final OverlapResolution.Resolved<VolumeInstance> r = OverlapResolution.resolve(merged, VolumeKind.INSTANCE, options.threads());
			merged = new ArrayList<>(r.outputs.size());
			for (int c = 0; c < r.outputs.size(); c++)
				merged.add(r.outputs.get(c).withId(c + 1));
			for (int i = 0; i < cluster.length; i++)
				cluster[i] = r.newIndexOf[cluster[i]];
		}
		SpatialMaskMerging.lap(seconds, "resolve", t);
		return new VolumeMergeResult(instances, merged, SpatialMaskMerging.inInputOrder(instances, sorted, cluster, VolumeInstance::id), reports, seconds);
	}

	private static int[] cluster(final CandidateGraph graph, final List<VolumeInstance> sorted, final MergeOptions options, final UnseenPairs unseen, final List<ComponentReport> reports)
	{
		// the graph holds each pair's overlap by the options' measure (VolumeGraph.overlap), NaN where no block saw both
		final IntToDoubleFunction overlap = k -> graph.sharedView(k) ? graph.overlap(k) : Double.NaN;
		switch (options.method())
		{
		case COMPONENTS:
			return Baselines.components(graph, options.lambda());
		case NMS:
			return Baselines.nms(sorted, VolumeInstance::score, graph, overlap, options.tauI());
		case GREEDY_NMM:
			return Baselines.greedyNmm(sorted, VolumeInstance::score, graph, overlap, options.tauI());
		case UNION_IOU:
			return Baselines.unionIou(graph, overlap, options.tauI());
		default:
			break;
		}
		final ClusteringResult solved = CorrelationClustering.solve(VolumeProblem.of(graph, sorted, options, unseen), SpatialMaskMerging.solverSettings(options));
		reports.addAll(solved.components());
		return solved.clusterOf();
	}

	/** Fuses every cluster; output {@code c} gets id {@code c + 1}. */
	private static List<VolumeInstance> fuse(final List<VolumeInstance> sorted, final int[] cluster, final MergeOptions options)
	{
		final List<List<VolumeInstance>> members = Fusion.members(sorted, cluster);
		final int k = members.size();
		final VolumeInstance[] out = new VolumeInstance[k];
		Parallel.forEach(k, options.threads(), c -> out[c] = VolumeFusion.fuseCluster(c + 1, members.get(c), options));
		return Arrays.asList(out);
	}
}
