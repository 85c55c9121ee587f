package io.github.smm.solve;

/**
 * How one connected component of the attraction graph was solved (see {@link CorrelationClustering}).
 */
public final class ComponentReport
{
	private final int[] vertices;
	private final String method;
	private final boolean provenOptimal;
	private final double objective;
	private final double upperBound;
	private final Fallback fallback;
	private double seconds;

	ComponentReport(final int[] vertices, final String method, final boolean provenOptimal, final double objective, final double upperBound, final Fallback fallback)
	{
		this.vertices = vertices;
		this.method = method;
		this.provenOptimal = provenOptimal;
		this.objective = objective;
		this.upperBound = upperBound;
		this.fallback = fallback;
	}

	/** The component's vertices, ascending. */
	public int[] vertices()
	{
		return vertices.clone();
	}

	/** Number of vertices. */
	public int size()
	{
		return vertices.length;
	}

	/** True when the component's partition is a proven optimum. */
	public boolean provenOptimal()
	{
		return provenOptimal;
	}

	/** {@code "trivial"} (one vertex), {@code "enumeration"}, {@code "ilp"} or {@code "greedy"}. */
	public String method()
	{
		return method;
	}

	/** The objective of the component's partition (pairs inside the component only). */
	public double objective()
	{
		return objective;
	}

	/** A proven upper bound on the component's optimum, or {@code NaN} when none is known. */
	public double upperBound()
	{
		return upperBound;
	}

	/** Wall-clock seconds spent on this component (reported only: nothing depends on it); 0 for one-vertex components. */
	public double seconds()
	{
		return seconds;
	}

	ComponentReport withSeconds(final double s)
	{
		seconds = s;
		return this;
	}

	/** Why the requested method was not used, or {@link Fallback#NONE}. */
	public Fallback fallback()
	{
		return fallback;
	}

	@Override
	public String toString()
	{
		return "Component[" + vertices.length + " vertices, " + method + (provenOptimal ? ", optimal" : ", not proven optimal") + ", objective " + objective + ", bound " + upperBound + (fallback == Fallback.NONE ? "" : ", fallback " + fallback) + "]";
	}
}
