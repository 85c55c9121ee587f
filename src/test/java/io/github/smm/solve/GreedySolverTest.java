package io.github.smm.solve;

/** The contract for the greedy solver (pivot clustering + local search). */
class GreedySolverTest extends SolverContractTest
{
	@Override
	protected SolverSettings settings()
	{
		return SolverSettings.defaults().withKind(SolverKind.GREEDY);
	}
}
