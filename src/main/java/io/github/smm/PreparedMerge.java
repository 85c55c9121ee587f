package io.github.smm;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.smm.graph.CandidateGraph;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.graph.PairFeatures;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;

/**
 * One set of instances prepared for merging many times with different options (parameter
 * tuning): the canonical order and the candidate pairs with their features are computed once,
 * at the largest ρ and τd to be tried; each {@link #merge} then builds only the weights,
 * solves and fuses.
 *
 * <pre>
 * PreparedMerge p = PreparedMerge.prepare(instances, 30, 30, EnumSet.allOf(OverlapMeasure.class), threads);
 * MergeResult r = p.merge(options);   // equal to SpatialMaskMerging.merge(instances, options)
 * </pre>
 *
 * Thread-safe: several merges may run at once.
 */
public final class PreparedMerge
{
	private final List<Instance> inputs;
	private final List<Instance> sorted;
	private final PairFeatures features;

	private PreparedMerge(final List<Instance> inputs, final List<Instance> sorted, final PairFeatures features)
	{
		this.inputs = inputs;
		this.sorted = sorted;
		this.features = features;
	}

	/**
	 * Prepares {@code instances} for options with ρ ≤ {@code maxRho}, τd ≤ {@code maxTauD} and an
	 * overlap measure in {@code measures}, computing on up to {@code threads} threads.
	 *
	 * @throws io.github.smm.model.InvalidInstanceException naming a repeated id
	 */
	public static PreparedMerge prepare(final List<Instance> instances, final double maxRho, final double maxTauD, final Set<OverlapMeasure> measures, final int threads)
	{
		for (int i = 0; i < instances.size(); i++)
			Objects.requireNonNull(instances.get(i), "instance at position " + i);
		Instances.requireUniqueIds(instances);
		if (!(maxRho >= 0) || Double.isInfinite(maxRho))
			throw new InvalidOptionException("rho", "the largest rho must be a finite number >= 0, got " + maxRho);
		if (measures.isEmpty())
			throw new IllegalArgumentException("no overlap measure to prepare");
		final List<Instance> sorted = Instances.canonical(instances);
		return new PreparedMerge(List.copyOf(instances), sorted, PairFeatures.compute(sorted, maxRho, maxTauD, EnumSet.copyOf(measures), threads));
	}

	/** The instances in canonical order: the order of {@link #clusters} and {@link #fuse}. */
	public List<Instance> canonical()
	{
		return sorted;
	}

	/** True when {@link #merge} accepts the options: ρ, τd and overlap measure were prepared. */
	public boolean accepts(final MergeOptions options)
	{
		return options.rho() <= features.maxRho() && options.tauD() <= features.maxTauD() && features.measures().contains(options.overlapMeasure());
	}

	/**
	 * The same result as {@link SpatialMaskMerging#merge} of the prepared instances.
	 *
	 * @throws IllegalArgumentException unless {@link #accepts} the options
	 */
	public MergeResult merge(final MergeOptions options)
	{
		final Map<String, Double> seconds = new LinkedHashMap<>();
		final long t = System.nanoTime();
		final CandidateGraph graph = graph(options);
		final long now = System.nanoTime();
		seconds.put("candidates", 0.0);
		seconds.put("weights", (now - t) / 1e9);
		return SpatialMaskMerging.finish(inputs, sorted, graph, options, seconds, now);
	}

	/**
	 * The cluster label of every {@link #canonical} instance before fusion and overlap
	 * resolution, as {@link #merge} forms them: cluster {@code c} becomes output {@code c} (id
	 * {@code c + 1}) unless overlap resolution removes outputs.
	 */
	public int[] clusters(final MergeOptions options)
	{
		return SpatialMaskMerging.cluster(graph(options), sorted, options, new ArrayList<>());
	}

	/**
	 * The output of one cluster — {@link #canonical} instances at {@code members} — with id
	 * {@code id}, as {@link #merge} fuses it (before overlap resolution).
	 */
	public Instance fuse(final long id, final int[] members, final MergeOptions options)
	{
		final List<Instance> list = new ArrayList<>(members.length);
		for (final int m : members)
			list.add(sorted.get(m));
		return SpatialMaskMerging.fuseCluster(id, list, options);
	}

	/** The candidate graph of the options, built from the prepared features. */
	public CandidateGraph graph(final MergeOptions options)
	{
		return features.graph(options.rho(), options.classAgnostic(), options.weightParameters());
	}

	/** Number of candidate pairs within the largest ρ. */
	public int pairCount()
	{
		return features.pairCount();
	}
}
