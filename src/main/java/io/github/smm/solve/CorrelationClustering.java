package io.github.smm.solve;

import java.util.ArrayList;
import java.util.Arrays;

import io.github.smm.concurrent.Parallel;

/**
 * Solves a {@link ClusteringProblem}: splits it into the connected components of the attraction
 * graph (edges that are not cannot-links and have {@code w > λ}), solves each component on its own
 * and assembles one canonical partition.
 * <p>
 * Splitting loses nothing: splitting the clusters of any valid partition along component
 * boundaries only separates pairs that are cannot-links or have {@code w − λ ≤ 0} (non-edges cost
 * {@code min(λ, μ) ≥ 0}, μ the chain cost; see {@link Decomposition}), so the objective does not decrease and no cannot-link is joined.
 * <p>
 * One-vertex components are trivial. The others are solved on a fixed pool of
 * {@link SolverSettings#threads()} workers, largest first; each component's answer depends only on
 * the component, and results are assembled in component order, so the output never depends on the
 * number of threads, nor on the machine or its load: every limit counts work, never time. Exact
 * ties between partitions are broken by vertex index. The returned partition always respects
 * every cannot-link.
 */
public final class CorrelationClustering
{
	private CorrelationClustering()
	{}

	/** The best partition the settings allow, with a report per component. */
	public static ClusteringResult solve(final ClusteringProblem problem, final SolverSettings settings)
	{
		final Decomposition d = new Decomposition(problem);
		final int count = d.componentCount();
		final ComponentReport[] reports = new ComponentReport[count];
		final int[] smallestInCluster = new int[problem.size()];
		final int[] work = nonTrivialLargestFirst(d);
		for (int c = 0; c < count; c++)
			if (d.componentSize(c) == 1)
			{
				final int v = d.vertex(c, 0);
				smallestInCluster[v] = v;
				reports[c] = new ComponentReport(new int[] { v }, "trivial", true, 0, 0, Fallback.NONE);
			}
		run(work, settings.threads(), c -> reports[c] = solveComponent(problem, d, c, settings, smallestInCluster));
		final int[] clusterOf = new int[problem.size()];
		int clusters = 0;
		for (int v = 0; v < clusterOf.length; v++)
			clusterOf[v] = smallestInCluster[v] == v ? clusters++ : clusterOf[smallestInCluster[v]];
		if (!problem.respectsCannotLinks(clusterOf))
			throw new IllegalStateException("internal error: assembled partition joins a cannot-link");
		return new ClusteringResult(clusterOf, clusters, problem.objective(clusterOf), new ArrayList<>(Arrays.asList(reports)));
	}

	private static ComponentReport solveComponent(final ClusteringProblem p, final Decomposition d, final int c, final SolverSettings s, final int[] smallestInCluster)
	{
		final long start = System.nanoTime();
		if (d.componentSize(c) == 2)
			return pair(p, d, c, s, smallestInCluster, start);
		final Component component = Component.of(p, d, c);
		final ComponentSolution sol = ComponentSolver.solve(component, s);
		final int[] first = new int[component.size];
		Arrays.fill(first, -1);
		for (int a = 0; a < component.size; a++)
		{
			if (first[sol.label[a]] < 0)
				first[sol.label[a]] = a;
			smallestInCluster[d.vertex(c, a)] = d.vertex(c, first[sol.label[a]]);
		}
		return new ComponentReport(d.vertices(c), sol.method, sol.proven, component.objective(sol.label), sol.upperBound, sol.fallback).withWork(sol.work)
				.withSeconds((System.nanoTime() - start) / 1e9);
	}

	/**
	 * A component of two vertices: they are joined by an attracting edge that is no cannot-link
	 * (or they would be two components), so together is optimal — for every method. No
	 * {@link Component} is built for these, the commonest components (duplicates of one object).
	 */
	private static ComponentReport pair(final ClusteringProblem p, final Decomposition d, final int c, final SolverSettings s, final int[] smallestInCluster, final long start)
	{
		final int u = d.vertex(c, 0), v = d.vertex(c, 1);
		final int k = p.edgeIndex(u, v);
		final double objective = p.weight(k) - p.lambda();
		if (p.isCannotLink(k) || !(objective > 0))
			throw new IllegalStateException("internal error: two-vertex component " + u + ", " + v + " without attraction");
		smallestInCluster[u] = u;
		smallestInCluster[v] = u;
		return new ComponentReport(new int[] { u, v }, s.kind() == SolverKind.GREEDY ? "greedy" : "enumeration", true, objective, objective, Fallback.NONE)
				.withSeconds((System.nanoTime() - start) / 1e9);
	}

	/** Components of two or more vertices, largest first (ties by component order). */
	private static int[] nonTrivialLargestFirst(final Decomposition d)
	{
		int count = 0;
		for (int c = 0; c < d.componentCount(); c++)
			if (d.componentSize(c) > 1)
				count++;
		final long[] sorted = new long[count];
		count = 0;
		for (int c = 0; c < d.componentCount(); c++)
			if (d.componentSize(c) > 1)
				sorted[count++] = (long) (Integer.MAX_VALUE - d.componentSize(c)) << 32 | c;
		Arrays.sort(sorted);
		final int[] work = new int[sorted.length];
		for (int i = 0; i < work.length; i++)
			work[i] = (int) sorted[i];
		return work;
	}

	private interface ComponentTask
	{
		void solve(int component);
	}

	/** Runs the task on every listed component, on up to {@code threads} workers pulling from a shared counter. */
	private static void run(final int[] work, final int threads, final ComponentTask task)
	{
		Parallel.forEach(work.length, threads, i -> task.solve(work[i]));
	}
}
