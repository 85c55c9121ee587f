package io.github.smm.solve;

/** The contract for the cutting-plane search alone: no reductions, no enumeration. */
class CuttingPlaneSolverTest extends SolverContractTest
{
	@Override
	protected SolverSettings settings()
	{
		return SolverSettings.defaults().withEnumerationLimit(0).withReductions(false);
	}
}
