package io.github.smm.solve;

/** Which correlation-clustering solver {@link CorrelationClustering#solve} uses. */
public enum SolverKind
{
	/**
	 * Proven optimum per component: exhaustive enumeration for small components, otherwise an
	 * integer program with lazily added triangle inequalities (ojAlgo; optimal to its relative gap
	 * of 1e-9). Components too large or too slow fall back to {@link #GREEDY} and are reported as
	 * not proven optimal.
	 */
	EXACT,
	/** Deterministic pivot clustering followed by single-vertex local search. */
	GREEDY
}
