package io.github.smm.solve;

import java.util.Arrays;

/**
 * Chooses and runs the methods for one component of three or more vertices (two are joined by
 * {@link CorrelationClustering} directly).
 * <ul>
 * <li>{@link SolverKind#GREEDY}: the settings' {@link Heuristic}.</li>
 * <li>{@link SolverKind#EXACT}: components of up to {@link SolverSettings#enumerationLimit()}
 * vertices are enumerated directly (from the pivot heuristic's partition). Larger ones: both
 * heuristics give the incumbent; {@link Reductions} contract the
 * pairs every optimum keeps together, which can split the component into parts of the attraction
 * graph (a contracted pair that meets a cannot-link turns its edges into cannot-links); each part is
 * solved by {@link PartitionEnumeration} up to {@link SolverSettings#enumerationLimit()} vertices,
 * by {@link CuttingPlaneSearch} up to {@link SolverSettings#maxExactComponentSize()}, and by the
 * heuristics above that. All parts share one {@link WorkBudget}. The partition returned is never
 * worse than the heuristics' partition of the whole component, and its bound is proven: the
 * reductions keep the optimum, so it is the sum of the parts' bounds plus the gains inside the
 * contracted groups.</li>
 * </ul>
 * Both end with {@link Gaec#joinTies}: of equally good partitions, the one with fewer clusters.
 * Every labelling is verified to respect cannot-links.
 */
final class ComponentSolver
{
	private ComponentSolver()
	{}

	static ComponentSolution solve(final Component c, final SolverSettings s)
	{
		if (s.kind() == SolverKind.EXACT && c.size <= s.enumerationLimit() && c.size <= s.maxExactComponentSize())
		{
			// small: enumeration is exact by itself; reductions and the second heuristic would only cost time
			final int[] label = compact(Gaec.joinTies(c, PartitionEnumeration.solve(c, GreedyClustering.solve(c))));
			final double objective = c.objective(label);
			return new ComponentSolution(label, "enumeration", true, objective, Fallback.NONE, 0);
		}
		if (s.kind() == SolverKind.GREEDY)
		{
			final int[] label = compact(Gaec.joinTies(c, heuristic(c, s.heuristic())));
			final double bound = c.positiveGainBound();
			return new ComponentSolution(label, "greedy", meetsBound(c.objective(label), bound), bound, Fallback.NONE, 0);
		}
		final WorkBudget budget = new WorkBudget(s.workLimit());
		final int[] start = bestHeuristic(c);
		final int[] groups = s.reductions() ? Reductions.forcedGroups(c, budget) : identity(c.size);
		final int groupCount = max(groups) + 1;
		final Component reduced = groupCount == c.size ? c : c.contract(groups, groupCount);
		final Parts parts = new Parts(reduced);
		parts.solve(s, budget);
		final int[] label = new int[c.size];
		for (int a = 0; a < c.size; a++)
			label[a] = parts.label[groups[a]];
		final double bound = parts.bound + (groupCount == c.size ? 0 : c.internalGain(groups));
		final boolean better = c.objective(start) > c.objective(label);
		final int[] best = compact(Gaec.joinTies(c, better ? start : label));
		final double objective = c.objective(best);
		if (objective == Double.NEGATIVE_INFINITY)
			throw new IllegalStateException("internal error: a component's partition joins a cannot-link");
		final boolean proven = meetsBound(objective, bound);
		final Fallback why = proven ? Fallback.NONE : parts.sizeLimited ? Fallback.SIZE_LIMIT : Fallback.WORK_LIMIT;
		return new ComponentSolution(best, !proven && (better || parts.sizeLimited) ? "greedy" : parts.method(), proven, Math.max(bound, objective), why, budget.spent());
	}

	/** The attraction parts of a (reduced) component, each solved on its own; labels and bounds assembled. */
	private static final class Parts
	{
		final Component c;
		final int[] part;
		final int[] label;
		double bound;
		boolean sizeLimited, searched, enumerated;

		Parts(final Component c)
		{
			this.c = c;
			part = c.attractionParts();
			label = new int[c.size];
		}

		void solve(final SolverSettings s, final WorkBudget budget)
		{
			final int[][] members = Component.membersOf(part, max(part) + 1);
			int next = 0;
			for (final int[] m : members)
			{
				final int[] local = solvePart(m.length == c.size ? c : c.induced(m), s, budget);
				int used = 0;
				for (int i = 0; i < m.length; i++)
				{
					label[m[i]] = next + local[i];
					used = Math.max(used, local[i] + 1);
				}
				next += used;
			}
		}

		private int[] solvePart(final Component p, final SolverSettings s, final WorkBudget budget)
		{
			if (p.size == 1)
				return new int[1];
			final int[] start = bestHeuristic(p);
			if (p.size > s.maxExactComponentSize())
			{
				sizeLimited = true;
				bound += p.positiveGainBound();
				return start;
			}
			if (p.size <= s.enumerationLimit())
			{
				enumerated = true;
				final int[] best = compact(PartitionEnumeration.solve(p, start));
				bound += p.objective(best);
				return best;
			}
			searched = true;
			final CuttingPlaneSearch.Outcome out = CuttingPlaneSearch.solve(p, start, budget);
			bound += out.upperBound;
			return compact(out.label);
		}

		String method()
		{
			return searched ? "ilp" : enumerated ? "enumeration" : "reduction";
		}
	}

	/** The labelling of one heuristic. */
	static int[] heuristic(final Component c, final Heuristic h)
	{
		return h == Heuristic.PIVOT ? GreedyClustering.solve(c) : KernighanLin.improve(c, Gaec.solve(c));
	}

	/** The better of both heuristics (ties: {@link Heuristic#PIVOT}). */
	static int[] bestHeuristic(final Component c)
	{
		final int[] gaec = compact(heuristic(c, Heuristic.GAEC_KL));
		final int[] pivot = compact(heuristic(c, Heuristic.PIVOT));
		return c.objective(gaec) > c.objective(pivot) ? gaec : pivot;
	}

	/** True when the objective reaches the upper bound (to rounding), which proves it optimal. */
	static boolean meetsBound(final double objective, final double bound)
	{
		return objective >= bound - 1e-9 * Math.max(1, Math.abs(bound));
	}

	/** Renumbers labels {@code 0..k-1} in order of first appearance. */
	static int[] compact(final int[] label)
	{
		int max = 0;
		for (final int l : label)
			max = Math.max(max, l);
		final int[] id = new int[max + 1];
		Arrays.fill(id, -1);
		final int[] out = new int[label.length];
		int next = 0;
		for (int a = 0; a < label.length; a++)
		{
			if (id[label[a]] < 0)
				id[label[a]] = next++;
			out[a] = id[label[a]];
		}
		return out;
	}

	private static int[] identity(final int n)
	{
		final int[] a = new int[n];
		for (int i = 0; i < n; i++)
			a[i] = i;
		return a;
	}

	private static int max(final int[] a)
	{
		int m = -1;
		for (final int x : a)
			m = Math.max(m, x);
		return m;
	}
}
