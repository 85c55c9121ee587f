package io.github.smm.solve;

/**
 * The contract for the exact solver mixing both methods: enumeration up to 6 vertices, the ILP
 * above, so the random problems exercise both (the default limit of 12 would enumerate nearly all).
 */
class ExactEnumerationSolverTest extends SolverContractTest
{
	@Override
	protected SolverSettings settings()
	{
		return SolverSettings.defaults().withEnumerationLimit(6);
	}
}
