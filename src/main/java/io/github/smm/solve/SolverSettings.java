package io.github.smm.solve;

/**
 * How {@link CorrelationClustering#solve} works: immutable, start from {@link #defaults()} and
 * change values with the {@code with…} methods, each of which validates its argument.
 * <p>
 * Nothing here is a time: the exact search stops after a number of work units
 * ({@link #workLimit()}), so the result depends only on the problem and these settings, on any
 * machine and under any load.
 */
public final class SolverSettings
{
	/** Largest accepted {@link #maxExactComponentSize()}: the search keeps dense {@code k × k} tables. */
	public static final int MAX_EXACT_COMPONENT_SIZE = 1000;

	/** Largest accepted {@link #enumerationLimit()}: Bell(12) = 4,213,597 partitions before pruning. */
	public static final int MAX_ENUMERATION_LIMIT = 12;

	/** Default {@link #workLimit()} per component, in work units (about one tableau update each). */
	public static final long DEFAULT_WORK_LIMIT = 200_000_000L;

	/** Default {@link #maxExactComponentSize()}. */
	public static final int DEFAULT_MAX_EXACT_COMPONENT_SIZE = 150;

	private final SolverKind kind;
	private final int maxExactComponentSize;
	private final long workLimit;
	private final int threads;
	private final int enumerationLimit;
	private final boolean reductions;
	private final Heuristic heuristic;

	private SolverSettings(final SolverKind kind, final int maxExactComponentSize, final long workLimit, final int threads, final int enumerationLimit, final boolean reductions,
			final Heuristic heuristic)
	{
		this.kind = kind;
		this.maxExactComponentSize = maxExactComponentSize;
		this.workLimit = workLimit;
		this.threads = threads;
		this.enumerationLimit = enumerationLimit;
		this.reductions = reductions;
		this.heuristic = heuristic;
	}

	/**
	 * {@link SolverKind#EXACT}; parts of up to {@value #DEFAULT_MAX_EXACT_COMPONENT_SIZE} vertices
	 * (after reductions) searched exactly, {@value #DEFAULT_WORK_LIMIT} work units per component;
	 * enumeration up to 12 vertices; reductions on; the {@link Heuristic#defaultHeuristic() default
	 * heuristic}; one thread per available processor.
	 */
	public static SolverSettings defaults()
	{
		return new SolverSettings(SolverKind.EXACT, DEFAULT_MAX_EXACT_COMPONENT_SIZE, DEFAULT_WORK_LIMIT, Runtime.getRuntime().availableProcessors(), MAX_ENUMERATION_LIMIT, true,
				Heuristic.defaultHeuristic());
	}

	/** The solver. */
	public SolverKind kind()
	{
		return kind;
	}

	/**
	 * Parts of a component (after reductions) with more vertices than this keep the heuristics'
	 * partition even in {@link SolverKind#EXACT} mode, with a proven bound.
	 */
	public int maxExactComponentSize()
	{
		return maxExactComponentSize;
	}

	/**
	 * Work units the exact search may spend on one component; when they run out, the best
	 * partition found (never worse than the heuristics') is kept with its proven gap.
	 */
	public long workLimit()
	{
		return workLimit;
	}

	/** Number of worker threads solving components in parallel; the result never depends on it. */
	public int threads()
	{
		return threads;
	}

	/**
	 * Parts of at most this many vertices are solved exactly by enumerating all partitions (no
	 * linear program); 0 sends every part of two or more vertices to the cutting-plane search.
	 */
	public int enumerationLimit()
	{
		return enumerationLimit;
	}

	/** Whether {@link Reductions} contract components before the exact search (off only to test the search alone). */
	public boolean reductions()
	{
		return reductions;
	}

	/** The heuristic of {@link SolverKind#GREEDY}. (The exact search starts from the better of all heuristics.) */
	public Heuristic heuristic()
	{
		return heuristic;
	}

	public SolverSettings withKind(final SolverKind kind)
	{
		if (kind == null)
			throw new InvalidProblemException("solver kind must not be null");
		return new SolverSettings(kind, maxExactComponentSize, workLimit, threads, enumerationLimit, reductions, heuristic);
	}

	public SolverSettings withMaxExactComponentSize(final int size)
	{
		if (size < 0 || size > MAX_EXACT_COMPONENT_SIZE)
			throw new InvalidProblemException("maximum exact component size must be in 0.." + MAX_EXACT_COMPONENT_SIZE + ", was " + size);
		return new SolverSettings(kind, size, workLimit, threads, enumerationLimit, reductions, heuristic);
	}

	public SolverSettings withWorkLimit(final long units)
	{
		if (units < 1)
			throw new InvalidProblemException("work limit must be ≥ 1 unit, was " + units);
		return new SolverSettings(kind, maxExactComponentSize, units, threads, enumerationLimit, reductions, heuristic);
	}

	public SolverSettings withThreads(final int threads)
	{
		if (threads < 1)
			throw new InvalidProblemException("threads must be ≥ 1, was " + threads);
		return new SolverSettings(kind, maxExactComponentSize, workLimit, threads, enumerationLimit, reductions, heuristic);
	}

	public SolverSettings withEnumerationLimit(final int limit)
	{
		if (limit < 0 || limit > MAX_ENUMERATION_LIMIT)
			throw new InvalidProblemException("enumeration limit must be in 0.." + MAX_ENUMERATION_LIMIT + ", was " + limit);
		return new SolverSettings(kind, maxExactComponentSize, workLimit, threads, limit, reductions, heuristic);
	}

	public SolverSettings withReductions(final boolean on)
	{
		return new SolverSettings(kind, maxExactComponentSize, workLimit, threads, enumerationLimit, on, heuristic);
	}

	public SolverSettings withHeuristic(final Heuristic h)
	{
		if (h == null)
			throw new InvalidProblemException("heuristic must not be null");
		return new SolverSettings(kind, maxExactComponentSize, workLimit, threads, enumerationLimit, reductions, h);
	}

	@Override
	public String toString()
	{
		return "SolverSettings[" + kind + ", maxExactComponentSize=" + maxExactComponentSize + ", workLimit=" + workLimit + ", threads=" + threads + ", enumerationLimit="
				+ enumerationLimit + ", reductions=" + reductions + ", heuristic=" + heuristic + "]";
	}
}
