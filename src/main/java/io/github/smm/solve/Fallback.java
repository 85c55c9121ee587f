package io.github.smm.solve;

/** Why a component was not solved by the method its {@link SolverKind} asks for. */
public enum Fallback
{
	/** The requested method was used. */
	NONE,
	/** The component is larger than {@link SolverSettings#maxExactComponentSize()}. */
	SIZE_LIMIT,
	/** The integer program did not finish within {@link SolverSettings#timeLimitSeconds()}. */
	TIME_LIMIT,
	/** The integer solver failed or returned something that is not a valid optimal partition. */
	SOLVER_FAILURE
}
