package io.github.smm.solve;

/** The contract for the pivot heuristic (pivot clustering + single-vertex local search). */
class PivotGreedySolverTest extends SolverContractTest
{
	@Override
	protected SolverSettings settings()
	{
		return SolverSettings.defaults().withKind(SolverKind.GREEDY).withHeuristic(Heuristic.PIVOT);
	}
}
