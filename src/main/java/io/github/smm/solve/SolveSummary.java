package io.github.smm.solve;

import java.util.List;
import java.util.Locale;

/**
 * What a solve proved, over all its components: how many there are and how many are proven
 * optimal, the largest, the total proven gap (Σ bound − objective over the others), the work
 * units and the solver seconds (summed over components, which run in parallel; reported only).
 */
public final class SolveSummary
{
	private final int components, provenOptimal, largest;
	private final double totalGap, seconds;
	private final long work;

	private SolveSummary(final int components, final int provenOptimal, final int largest, final double totalGap, final double seconds, final long work)
	{
		this.components = components;
		this.provenOptimal = provenOptimal;
		this.largest = largest;
		this.totalGap = totalGap;
		this.seconds = seconds;
		this.work = work;
	}

	/** Nothing solved: no components. */
	public static final SolveSummary NONE = new SolveSummary(0, 0, 0, 0, 0, 0);

	/** The summary of two solves together (e.g. the images of one file, the bands of a tiled run). */
	public SolveSummary plus(final SolveSummary o)
	{
		return new SolveSummary(components + o.components, provenOptimal + o.provenOptimal, Math.max(largest, o.largest), totalGap + o.totalGap, seconds + o.seconds, work + o.work);
	}

	/** The summary of these component reports. */
	public static SolveSummary of(final List<ComponentReport> reports)
	{
		int proven = 0, largest = 0;
		double gap = 0, seconds = 0;
		long work = 0;
		for (final ComponentReport c : reports)
		{
			if (c.provenOptimal())
				proven++;
			else
				gap += Double.isNaN(c.upperBound()) ? Double.POSITIVE_INFINITY : c.gap();
			largest = Math.max(largest, c.size());
			seconds += c.seconds();
			work += c.work();
		}
		return new SolveSummary(reports.size(), proven, largest, gap, seconds, work);
	}

	public int components()
	{
		return components;
	}

	public int provenOptimal()
	{
		return provenOptimal;
	}

	/** Vertices of the largest component (0 without components). */
	public int largestComponent()
	{
		return largest;
	}

	/** Σ (bound − objective) over the components not proven optimal: how far the objective can be from the optimum at most. */
	public double totalGap()
	{
		return totalGap;
	}

	/** Solver seconds summed over components (they run in parallel, so this can exceed the wall time). */
	public double seconds()
	{
		return seconds;
	}

	/** Work units the exact search spent, summed over components. */
	public long work()
	{
		return work;
	}

	/** One line for a log: {@code 2312 components (2312 proven optimal, largest 40, total gap 0), solver 0.151 s}. */
	@Override
	public String toString()
	{
		final String gap = totalGap == 0 ? "0" : String.format(Locale.ROOT, "%.4g", totalGap);
		return String.format(Locale.ROOT, "%d components (%d proven optimal, largest %d, total gap %s), solver %.3f s", components, provenOptimal, largest, gap, seconds);
	}
}
