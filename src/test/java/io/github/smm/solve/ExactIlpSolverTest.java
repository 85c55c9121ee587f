package io.github.smm.solve;

/** The contract for the exact solver with enumeration disabled: every component of two or more vertices goes through the ILP. */
class ExactIlpSolverTest extends SolverContractTest
{
	@Override
	protected SolverSettings settings()
	{
		return SolverSettings.defaults().withEnumerationLimit(0);
	}
}
