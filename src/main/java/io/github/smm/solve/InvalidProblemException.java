package io.github.smm.solve;

/** A {@link ClusteringProblem} or {@link SolverSettings} that cannot be built; the message names the offending edge or value. */
public class InvalidProblemException extends IllegalArgumentException
{
	private static final long serialVersionUID = 1L;

	public InvalidProblemException(final String problem)
	{
		super(problem);
	}
}
