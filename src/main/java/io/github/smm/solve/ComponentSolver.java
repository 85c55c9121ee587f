package io.github.smm.solve;

/**
 * Chooses and runs the method for one component of two or more vertices, and checks what it got:
 * every method's labelling is verified to respect cannot-links, and an integer-program answer
 * that is not a valid partition is replaced by the greedy one.
 */
final class ComponentSolver
{
	private ComponentSolver()
	{}

	static ComponentSolution solve(final Component c, final SolverSettings s)
	{
		if (s.kind() == SolverKind.GREEDY)
			return greedy(c, Fallback.NONE, Double.POSITIVE_INFINITY);
		if (c.size > s.maxExactComponentSize())
			return greedy(c, Fallback.SIZE_LIMIT, Double.POSITIVE_INFINITY);
		if (c.size <= s.enumerationLimit())
		{
			final int[] label = compact(PartitionEnumeration.solve(c, GreedyClustering.solve(c)));
			return new ComponentSolution(label, "enumeration", true, c.objective(label), Fallback.NONE);
		}
		return ilp(c, s.timeLimitSeconds());
	}

	private static ComponentSolution ilp(final Component c, final double seconds)
	{
		final TriangleIlp.Outcome out;
		try
		{
			out = TriangleIlp.solve(c, seconds);
		}
		catch (final RuntimeException e)
		{
			return greedy(c, Fallback.SOLVER_FAILURE, Double.POSITIVE_INFINITY);
		}
		if (out.label == null)
			return greedy(c, out.timedOut ? Fallback.TIME_LIMIT : Fallback.SOLVER_FAILURE, out.upperBound);
		if (c.objective(out.label) == Double.NEGATIVE_INFINITY)
			return greedy(c, Fallback.SOLVER_FAILURE, out.upperBound);
		// A polish that cannot hurt: from a true optimum no single move improves.
		final int[] label = compact(GreedyClustering.improve(c, out.label));
		final double objective = c.objective(label);
		return new ComponentSolution(label, "ilp", meetsBound(objective, out.upperBound), out.upperBound, Fallback.NONE);
	}

	private static ComponentSolution greedy(final Component c, final Fallback why, final double knownBound)
	{
		final int[] label = compact(GreedyClustering.solve(c));
		final double objective = c.objective(label);
		if (objective == Double.NEGATIVE_INFINITY)
			throw new IllegalStateException("greedy clustering joined a cannot-link");
		final double bound = Math.min(knownBound, c.positiveGainBound());
		return new ComponentSolution(label, "greedy", meetsBound(objective, bound), bound, why);
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
		java.util.Arrays.fill(id, -1);
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
}
