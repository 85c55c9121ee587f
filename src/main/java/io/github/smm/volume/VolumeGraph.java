package io.github.smm.volume;

import java.util.List;

import io.github.smm.concurrent.Parallel;
import io.github.smm.graph.CandidateGraph;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.graph.WeightParameters;
import io.github.smm.index.CandidatePairs;

/**
 * The edge features of 3D candidate pairs — exact voxel distance D (infinite beyond τd, with the
 * voxel steps), intersection volume, overlap O and weight w — as a {@link CandidateGraph}, so
 * every solver and the component logic of the 2D merge apply unchanged.
 */
public final class VolumeGraph
{
	private static final int CHUNK = 2048;

	private VolumeGraph()
	{}

	/** The graph of {@code pairs} of {@code instances}, on up to {@code threads} threads (the result does not depend on it). */
	public static CandidateGraph build(final List<VolumeInstance> instances, final CandidatePairs pairs, final WeightParameters params, final VoxelSize voxel, final int threads)
	{
		final int m = pairs.size();
		final double[] distance = new double[m], overlap = new double[m], weight = new double[m];
		final long[] inter = new long[m];
		final boolean[] shared = new boolean[m];
		Parallel.forEach((m + CHUNK - 1) / CHUNK, threads, c -> {
			for (int k = c * CHUNK; k < Math.min(m, (c + 1) * CHUNK); k++)
			{
				final VolumeInstance a = instances.get(pairs.first(k)), b = instances.get(pairs.second(k));
				inter[k] = VolumeMasks.intersectionVolume(a.mask(), b.mask());
				distance[k] = inter[k] > 0 ? 0 : VolumeMasks.disjointDistance(a.mask(), b.mask(), params.tauD, voxel);
				final double o = overlap(params.overlap, a, b, inter[k]);
				shared[k] = !Double.isNaN(o);
				overlap[k] = shared[k] ? o : 0;
				weight[k] = params.weight(distance[k], overlap[k], Math.min(a.score(), b.score()));
			}
		});
		return CandidateGraph.of(instances.size(), pairs, distance, inter, overlap, weight, shared);
	}

	/**
	 * The overlap of two 3D instances given their intersection volume, by the same definitions as
	 * {@link OverlapMeasure#of} in 2D; window IoU compares them only inside the region both
	 * blocks saw ({@code NaN} when that region holds neither).
	 */
	public static double overlap(final OverlapMeasure measure, final VolumeInstance a, final VolumeInstance b, final long intersection)
	{
		switch (measure)
		{
		case IOU:
			return ratio(intersection, a.volume() + b.volume() - intersection);
		case IOS:
			return ratio(intersection, Math.min(a.volume(), b.volume()));
		default:
			if (a.window() == null || b.window() == null)
				return overlap(OverlapMeasure.IOU, a, b, intersection);
			final Box3 w = a.window().intersect(b.window());
			if (w.isEmpty())
				return Double.NaN;
			if (w.contains(a.box()) && w.contains(b.box()))
				return overlap(OverlapMeasure.IOU, a, b, intersection);
			final long in = VolumeMasks.intersectionVolume(a.mask(), b.mask(), w);
			final long union = VolumeMasks.volume(a.mask(), w) + VolumeMasks.volume(b.mask(), w) - in;
			return union == 0 ? Double.NaN : (double) in / union;
		}
	}

	private static double ratio(final long num, final long den)
	{
		return den == 0 ? 0 : (double) num / den;
	}
}
