package io.github.smm.solve;

/**
 * How {@link CorrelationClustering#solve} works: immutable, start from {@link #defaults()} and
 * change values with the {@code with…} methods, each of which validates its argument.
 */
public final class SolverSettings
{
	/** Largest accepted {@link #maxExactComponentSize()}: the integer program has one variable per vertex pair. */
	public static final int MAX_EXACT_COMPONENT_SIZE = 1000;

	/** Largest accepted {@link #enumerationLimit()}: Bell(12) = 4,213,597 partitions before pruning. */
	public static final int MAX_ENUMERATION_LIMIT = 12;

	private final SolverKind kind;
	private final int maxExactComponentSize;
	private final double timeLimitSeconds;
	private final int threads;
	private final int enumerationLimit;

	private SolverSettings(final SolverKind kind, final int maxExactComponentSize, final double timeLimitSeconds, final int threads, final int enumerationLimit)
	{
		this.kind = kind;
		this.maxExactComponentSize = maxExactComponentSize;
		this.timeLimitSeconds = timeLimitSeconds;
		this.threads = threads;
		this.enumerationLimit = enumerationLimit;
	}

	/**
	 * {@link SolverKind#EXACT}, components up to 80 vertices solved exactly, 10 s per component,
	 * one thread per available processor, enumeration up to 12 vertices. (Measured: enumeration
	 * with pruning solves a complete 12-vertex graph in 1–16 ms and chained 7–12-vertex
	 * components in about 0.6 ms each, where ojAlgo needs 10–40 ms each, more on its first call.)
	 */
	public static SolverSettings defaults()
	{
		return new SolverSettings(SolverKind.EXACT, 80, 10, Runtime.getRuntime().availableProcessors(), MAX_ENUMERATION_LIMIT);
	}

	/** The solver. */
	public SolverKind kind()
	{
		return kind;
	}

	/** Components with more vertices than this are solved greedily even in {@link SolverKind#EXACT} mode. */
	public int maxExactComponentSize()
	{
		return maxExactComponentSize;
	}

	/** Time allowed to the integer program of one component before it falls back to greedy. */
	public double timeLimitSeconds()
	{
		return timeLimitSeconds;
	}

	/** Number of worker threads solving components in parallel; the result never depends on it. */
	public int threads()
	{
		return threads;
	}

	/**
	 * Components of at most this many vertices are solved exactly by enumerating all partitions
	 * (no integer program); 0 sends every component of two or more vertices to the integer program.
	 */
	public int enumerationLimit()
	{
		return enumerationLimit;
	}

	public SolverSettings withKind(final SolverKind kind)
	{
		if (kind == null)
			throw new InvalidProblemException("solver kind must not be null");
		return new SolverSettings(kind, maxExactComponentSize, timeLimitSeconds, threads, enumerationLimit);
	}

	public SolverSettings withMaxExactComponentSize(final int size)
	{
		if (size < 0 || size > MAX_EXACT_COMPONENT_SIZE)
			throw new InvalidProblemException("maximum exact component size must be in 0.." + MAX_EXACT_COMPONENT_SIZE + ", was " + size);
		return new SolverSettings(kind, size, timeLimitSeconds, threads, enumerationLimit);
	}

	public SolverSettings withTimeLimitSeconds(final double seconds)
	{
		if (!(seconds > 0) || Double.isInfinite(seconds))
			throw new InvalidProblemException("time limit must be a finite number of seconds > 0, was " + seconds);
		return new SolverSettings(kind, maxExactComponentSize, seconds, threads, enumerationLimit);
	}

	public SolverSettings withThreads(final int threads)
	{
		if (threads < 1)
			throw new InvalidProblemException("threads must be ≥ 1, was " + threads);
		return new SolverSettings(kind, maxExactComponentSize, timeLimitSeconds, threads, enumerationLimit);
	}

	public SolverSettings withEnumerationLimit(final int limit)
	{
		if (limit < 0 || limit > MAX_ENUMERATION_LIMIT)
			throw new InvalidProblemException("enumeration limit must be in 0.." + MAX_ENUMERATION_LIMIT + ", was " + limit);
		return new SolverSettings(kind, maxExactComponentSize, timeLimitSeconds, threads, limit);
	}

	@Override
	public String toString()
	{
		return "SolverSettings[" + kind + ", maxExactComponentSize=" + maxExactComponentSize + ", timeLimitSeconds=" + timeLimitSeconds + ", threads=" + threads + ", enumerationLimit=" + enumerationLimit + "]";
	}
}
