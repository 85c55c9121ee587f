package io.github.smm.io.coco;

/**
 * Walks the symmetric difference of two sorted lists of disjoint half-open intervals, each
 * stored as pairs {@code [start, end)} at {@code list[2k], list[2k+1]} for {@code k} in a
 * range. This is how row runs and column runs are converted into each other: sweeping one
 * axis, the intervals present in one line but not the next are where runs of the other axis
 * start or end, so the work follows the number of runs, not the box area.
 */
final class IntervalXor
{
	/** Receives {@code [start, end)} covered by exactly one list; {@code inFirst} says which. */
	@FunctionalInterface
	interface Consumer
	{
		void accept(int start, int end, boolean inFirst);
	}

	private IntervalXor()
	{}

	static void walk(final int[] a, final int aLo, final int aHi, final int[] b, final int bLo, final int bHi, final Consumer out)
	{
		int i = 2 * aLo, j = 2 * bLo;
		final int iEnd = 2 * aHi, jEnd = 2 * bHi;
		boolean inA = false, inB = false;
		int prev = 0;
		while (i < iEnd || j < jEnd)
		{
			final int pa = i < iEnd ? a[i] : Integer.MAX_VALUE;
			final int pb = j < jEnd ? b[j] : Integer.MAX_VALUE;
			final int p = Math.min(pa, pb);
			if (inA != inB && p > prev)
				out.accept(prev, p, inA);
			if (pa == p)
			{
				inA = !inA;
				i++;
			}
			if (pb == p)
			{
				inB = !inB;
				j++;
			}
			prev = p;
		}
	}
}
