package io.github.smm.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The key of one task of the seam stage: an image and the set of its blocks (indices, sorted)
 * that one or more components of the open predictions touch — two blocks for a seam, up to four
 * for a corner, more for a component running along several seams.
 */
public final class SeamKey implements Serializable, Comparable<SeamKey>
{
	private static final long serialVersionUID = 1L;

	final int image;
	private final int[] blocks;

	SeamKey(final int image, final int[] blocks)
	{
		this.image = image;
		this.blocks = blocks.clone();
		Arrays.sort(this.blocks);
	}

	/** The block indices, in increasing order. */
	public int[] blocks()
	{
		return blocks.clone();
	}

	@Override
	public int compareTo(final SeamKey o)
	{
		final int c = Integer.compare(image, o.image);
		return c != 0 ? c : Arrays.compare(blocks, o.blocks);
	}

	@Override
	public boolean equals(final Object obj)
	{
		return obj instanceof SeamKey && ((SeamKey) obj).image == image && Arrays.equals(((SeamKey) obj).blocks, blocks);
	}

	@Override
	public int hashCode()
	{
		return 31 * image + Arrays.hashCode(blocks);
	}

	@Override
	public String toString()
	{
		return "image " + image + ", blocks " + Arrays.toString(blocks);
	}
}
