package io.github.smm.solve;

/** Why a component's partition is not proven optimal. */
public enum Fallback
{
	/** Proven optimal (or not asked to be: {@link SolverKind#GREEDY}). */
	NONE,
	/** A part of the component (after reductions) is larger than {@link SolverSettings#maxExactComponentSize()}: it kept the heuristics' partition. */
	SIZE_LIMIT,
	/** The exact search used up {@link SolverSettings#workLimit()} before it proved an optimum: the best partition found is kept, with its proven bound. */
	WORK_LIMIT
}
