package io.github.smm.solve;

/** The heuristics of correlation clustering this package offers. */
public enum Heuristic
{
	/** Pivot clustering then single-vertex moves ({@link GreedyClustering}). */
	PIVOT,
	/** Greedy additive edge contraction ({@link Gaec}) then Kernighan–Lin moves between pairs of clusters ({@link KernighanLin}). */
	GAEC_KL;

	/** The heuristic of {@link SolverKind#GREEDY} unless another is asked for. */
	public static Heuristic defaultHeuristic()
	{
		return GAEC_KL;
	}
}
