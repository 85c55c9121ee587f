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
	private long work;

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

	/**
	 * What produced the partition: {@code "trivial"} (one vertex), {@code "reduction"} (the
	 * reductions alone), {@code "enumeration"}, {@code "ilp"} (the cutting-plane search) or
	 * {@code "greedy"} (a heuristic, not proven optimal, or {@link SolverKind#GREEDY}).
	 */
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

	/** Work units the exact search spent on this component (what {@link SolverSettings#workLimit()} counts); 0 for the heuristics. */
	public long work()
	{
		return work;
	}

	ComponentReport withWork(final long units)
	{
		work = units;
		return this;
	}

	/** The proven gap {@code upperBound − objective} (0 when proven optimal). */
	public double gap()
	{
		return provenOptimal ? 0 : Math.max(0, upperBound - objective);
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
