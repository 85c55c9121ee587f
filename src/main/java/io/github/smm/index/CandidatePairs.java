package io.github.smm.index;

/**
 * Candidate pairs {@code (first[k], second[k])} of instance indices, {@code first[k] < second[k]},
 * sorted lexicographically.
 */
public final class CandidatePairs
{
	private final int[] first, second;

	public CandidatePairs(final int[] first, final int[] second)
	{
		if (first.length != second.length)
			throw new IllegalArgumentException("pair arrays differ in length");
		this.first = first;
		this.second = second;
	}

	/**
	 * The pairs packed as {@code (long) i << 32 | j} in chunks, each sorted, the chunks covering
	 * increasing first indices (as the grid queries of {@link Candidates} and the 3D candidates
	 * return them): already in order, only unpacked.
	 */
	public static CandidatePairs ofSortedChunks(final long[][] chunks)
	{
		int total = 0;
		for (final long[] c : chunks)
			total += c.length;
		final int[] first = new int[total], second = new int[total];
		int k = 0;
		for (final long[] c : chunks)
			for (final long p : c)
			{
				first[k] = (int) (p >>> 32);
				second[k++] = (int) p;
			}
		return new CandidatePairs(first, second);
	}

	public int size()
	{
		return first.length;
	}

	public int first(final int k)
	{
		return first[k];
	}

	public int second(final int k)
	{
		return second[k];
	}

	/** The first indices (not copied: do not modify). */
	public int[] firstArray()
	{
		return first;
	}

	/** The second indices (not copied: do not modify). */
	public int[] secondArray()
	{
		return second;
	}
}
