package io.github.smm.solve;

import java.util.Collections;
import java.util.List;

/**
 * A valid partition (every cannot-link respected) with its objective and a report per component.
 * Cluster ids are canonical: {@code 0..k-1}, numbered in order of each cluster's smallest vertex.
 */
public final class ClusteringResult
{
	private final int[] clusterOf;
	private final int clusterCount;
	private final double objective;
	private final List<ComponentReport> components;

	ClusteringResult(final int[] clusterOf, final int clusterCount, final double objective, final List<ComponentReport> components)
	{
		this.clusterOf = clusterOf;
		this.clusterCount = clusterCount;
		this.objective = objective;
		this.components = Collections.unmodifiableList(components);
	}

	/** Cluster id of every vertex. */
	public int[] clusterOf()
	{
		return clusterOf.clone();
	}

	/** Cluster id of vertex {@code v}. */
	public int clusterOf(final int v)
	{
		return clusterOf[v];
	}

	/** Number of clusters. */
	public int clusterCount()
	{
		return clusterCount;
	}

	/** The objective of the partition, as {@link ClusteringProblem#objective} computes it. */
	public double objective()
	{
		return objective;
	}

	/** One report per component, in order of each component's smallest vertex. */
	public List<ComponentReport> components()
	{
		return components;
	}

	/** Number of components whose partition is a proven optimum. */
	public int provenOptimalCount()
	{
		int count = 0;
		for (final ComponentReport c : components)
			if (c.provenOptimal())
				count++;
		return count;
	}

	/** True when every component is proven optimal, so the whole partition is. */
	public boolean provenOptimal()
	{
		return provenOptimalCount() == components.size();
	}
}
