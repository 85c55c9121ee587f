package io.github.smm.solve;

/** The contract for the default exact solver: enumeration up to 10 vertices, ILP above. */
class ExactEnumerationSolverTest extends SolverContractTest
{
	@Override
	protected SolverSettings settings()
	{
		return SolverSettings.defaults();
	}
}
