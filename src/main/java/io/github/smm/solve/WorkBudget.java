package io.github.smm.solve;

/**
 * A deterministic allowance of search work for one component. Work is counted in <em>units</em>
 * (about one arithmetic update each: a tableau entry changed by a pivot, a gain looked at by the
 * enumeration), never in time, so a search stops at the same point on every machine and under any
 * load, and the result depends only on the input and the settings.
 */
final class WorkBudget
{
	private final long limit;
	private long spent;

	WorkBudget(final long limit)
	{
		this.limit = limit;
	}

	/** Records {@code units} of work. */
	void spend(final long units)
	{
		spent += units;
	}

	/** True once the spent work has reached the limit. */
	boolean exhausted()
	{
		return spent >= limit;
	}

	/** Units spent so far. */
	long spent()
	{
		return spent;
	}

	/** Units left (0 once exhausted). */
	long left()
	{
		return Math.max(0, limit - spent);
	}
}
