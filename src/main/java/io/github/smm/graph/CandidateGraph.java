package io.github.smm.graph;

import java.util.List;

import io.github.smm.concurrent.Parallel;
import io.github.smm.index.CandidatePairs;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;

/**
 * The candidate pairs with their edge features: exact mask distance D (infinite beyond τd),
 * intersection area, overlap O and weight w.
 */
public final class CandidateGraph
{
	private final int vertices;
	private final CandidatePairs pairs;
	private final double[] distance, overlap, weight;
	private final long[] intersection;
	private final boolean[] sharedView;

	CandidateGraph(final int vertices, final CandidatePairs pairs, final double[] distance, final long[] intersection, final double[] overlap, final double[] weight, final boolean[] sharedView)
	{
		this.sharedView = sharedView;
		this.vertices = vertices;
		this.pairs = pairs;
		this.distance = distance;
		this.intersection = intersection;
		this.overlap = overlap;
		this.weight = weight;
	}

	/**
	 * A graph of features computed elsewhere (the 3D merge computes them on voxel masks and then
	 * reuses the solvers): one value per pair in every array.
	 *
	 * @throws IllegalArgumentException when an array's length differs from the pair count
	 */
	public static CandidateGraph of(final int vertices, final CandidatePairs pairs, final double[] distance, final long[] intersection, final double[] overlap, final double[] weight,
			final boolean[] sharedView)
	{
		final int m = pairs.size();
		if (distance.length != m || intersection.length != m || overlap.length != m || weight.length != m || sharedView.length != m)
			throw new IllegalArgumentException("feature arrays differ in length from the " + m + " pairs");
		return new CandidateGraph(vertices, pairs, distance, intersection, overlap, weight, sharedView);
	}

	/**
	 * Computes the features and weight of every candidate pair of {@code instances}, on up to
	 * {@code threads} threads (the result does not depend on it).
	 */
	public static CandidateGraph build(final List<Instance> instances, final CandidatePairs pairs, final WeightParameters params, final int threads)
	{
		final int m = pairs.size();
		final double[] distance = new double[m], overlap = new double[m], weight = new double[m];
		final long[] inter = new long[m];
		final boolean[] shared = new boolean[m];
		final int chunk = 2048;
		Parallel.forEach((m + chunk - 1) / chunk, threads, c -> {
			for (int k = c * chunk; k < Math.min(m, (c + 1) * chunk); k++)
			{
				final Instance a = instances.get(pairs.first(k)), b = instances.get(pairs.second(k));
				inter[k] = Masks.intersectionArea(a.mask(), b.mask());
				distance[k] = inter[k] > 0 ? 0 : Masks.disjointDistance(a.mask(), b.mask(), params.tauD);
				final double o = params.overlap.of(a, b, inter[k]);
				shared[k] = !Double.isNaN(o);
				overlap[k] = shared[k] ? o : 0;
				weight[k] = params.weight(distance[k], overlap[k], Math.min(a.score(), b.score()));
			}
		});
		return new CandidateGraph(instances.size(), pairs, distance, inter, overlap, weight, shared);
	}

	public int vertexCount()
	{
		return vertices;
	}

	public int edgeCount()
	{
		return pairs.size();
	}

	public CandidatePairs pairs()
	{
		return pairs;
	}

	/** Exact mask distance of edge {@code k}; infinite when above τd. */
	public double distance(final int k)
	{
		return distance[k];
	}

	/** Number of pixels shared by the two masks of edge {@code k}. */
	public long intersection(final int k)
	{
		return intersection[k];
	}

	public double overlap(final int k)
	{
		return overlap[k];
	}

	public double weight(final int k)
	{
		return weight[k];
	}

	/**
	 * Whether the overlap of edge {@code k} is defined: false only for window IoU when the two
	 * tiles never saw the same pixels of these objects (then the overlap term counts as 0, and a
	 * low weight is no evidence that they are different objects).
	 */
	public boolean sharedView(final int k)
	{
		return sharedView[k];
	}

	/** {@link #sharedView(int)} of every edge (not copied: do not modify). */
	public boolean[] sharedViewArray()
	{
		return sharedView;
	}

	/** The weights (not copied: do not modify). */
	public double[] weightArray()
	{
		return weight;
	}
}
