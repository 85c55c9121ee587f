package io.github.smm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.io.ClusterCsv;
import io.github.smm.model.Instance;
import io.github.smm.solve.ComponentReport;
import io.github.smm.solve.SolveSummary;

/**
 * What {@link SpatialMaskMerging#merge} returns: the merged instances (output {@code c} has id
 * {@code c + 1}), the cluster of every input, the SMM objective of the partition, the report
 * of every solved component and the time spent per stage.
 */
public final class MergeResult implements ClusterCsv.Clustering
{
	private final List<Instance> inputs;
	private final List<Instance> merged;
	private final int[] clusterOfInput;
	private final long[][] members;
	private final double objective;
	private final List<ComponentReport> components;
	private final Map<String, Double> stageSeconds;

	MergeResult(final List<Instance> inputs, final List<Instance> merged, final int[] clusterOfInput, final double objective, final List<ComponentReport> components, final Map<String, Double> stageSeconds)
	{
		this.inputs = List.copyOf(inputs);
		this.merged = List.copyOf(merged);
		this.clusterOfInput = clusterOfInput;
		this.objective = objective;
		this.components = List.copyOf(components);
		this.stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
		Conservation.require(this.inputs, clusterOfInput, this.merged.size());
		final int[] count = new int[merged.size()];
		for (final int c : clusterOfInput)
			count[c]++;
		members = new long[merged.size()][];
		for (int c = 0; c < count.length; c++)
			members[c] = new long[count[c]];
		final int[] fill = new int[merged.size()];
		for (int i = 0; i < clusterOfInput.length; i++)
			members[clusterOfInput[i]][fill[clusterOfInput[i]]++] = inputs.get(i).id();
		for (final long[] m : members)
			java.util.Arrays.sort(m);
	}

	/** The inputs, in the order they were given. */
	public List<Instance> inputs()
	{
		return inputs;
	}

	/** The merged instances; output {@code c} fuses cluster {@code c}. */
	public List<Instance> merged()
	{
		return merged;
	}

	/** The cluster (index into {@link #merged()}) of every input, aligned with {@link #inputs()}. */
	public int[] clusterOfInput()
	{
		return clusterOfInput.clone();
	}

	/** The cluster of input {@code i} (index into {@link #inputs()}). */
	public int clusterOf(final int inputIndex)
	{
		return clusterOfInput[inputIndex];
	}

	/** The ids of the inputs in cluster {@code c}, ascending. */
	public long[] members(final int cluster)
	{
		return members[cluster].clone();
	}

	public int clusterCount()
	{
		return merged.size();
	}

	/**
	 * The SMM objective Σ (w − λ) over pairs inside a cluster of the final partition (whatever
	 * the method, so methods can be compared).
	 */
	public double objective()
	{
		return objective;
	}

	/** One report per connected component of the graph of edges with w &gt; λ (SMM methods). */
	public List<ComponentReport> components()
	{
		return components;
	}

	public int componentCount()
	{
		return components.size();
	}

	public int provenOptimalComponents()
	{
		int n = 0;
		for (final ComponentReport c : components)
			if (c.provenOptimal())
				n++;
		return n;
	}

	/**
	 * What the solver proved over all components: how many are proven optimal, the largest, the
	 * total proven gap and the solver time ({@link SolveSummary#NONE} for the baselines).
	 */
	public SolveSummary solveSummary()
	{
		return SolveSummary.of(components);
	}

	/** Seconds per stage: candidates, weights, solve, fuse, resolve — in that order. */
	public Map<String, Double> stageSeconds()
	{
		return stageSeconds;
	}

	/** Seconds from candidate search to the end of fusion (and overlap resolution). */
	public double mergeSeconds()
	{
		double s = 0;
		for (final double v : stageSeconds.values())
			s += v;
		return s;
	}
}
