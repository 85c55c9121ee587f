package io.github.smm.solve;

/** A component's local labelling, how it was obtained, its proven bound and the work spent. */
final class ComponentSolution
{
	/** Local labels {@code 0..k-1}, numbered in order of first appearance. */
	final int[] label;
	final String method;
	final boolean proven;
	final double upperBound;
	final Fallback fallback;
	final long work;

	ComponentSolution(final int[] label, final String method, final boolean proven, final double upperBound, final Fallback fallback, final long work)
	{
		this.label = label;
		this.method = method;
		this.proven = proven;
		this.upperBound = upperBound;
		this.fallback = fallback;
		this.work = work;
	}
}
