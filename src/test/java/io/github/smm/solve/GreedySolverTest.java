package io.github.smm.solve;

/** The contract for the default heuristic (greedy additive edge contraction + Kernighan–Lin moves). */
class GreedySolverTest extends SolverContractTest
{
	@Override
	protected SolverSettings settings()
	{
		return SolverSettings.defaults().withKind(SolverKind.GREEDY);
	}
}
