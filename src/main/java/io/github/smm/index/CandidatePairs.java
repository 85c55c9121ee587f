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
