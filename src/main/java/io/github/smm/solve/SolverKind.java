package io.github.smm.solve;

/** Which correlation-clustering solver {@link CorrelationClustering#solve} uses. */
public enum SolverKind
{
	/**
	 * Proven optimum per component where the work limit allows: enumeration for small components,
	 * otherwise reductions and branch and cut over the linear relaxation. A component whose search
	 * runs out of work, or whose part exceeds the size limit, keeps the best partition found (never
	 * worse than the heuristics') and is reported with its proven gap.
	 */
	EXACT,
	/** A heuristic ({@link SolverSettings#heuristic()}): fast, no proof. */
	GREEDY
}
