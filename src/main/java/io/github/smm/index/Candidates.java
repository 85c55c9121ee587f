package io.github.smm.index;

import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import io.github.smm.concurrent.Parallel;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * Finds candidate pairs with an R-tree (JTS {@link STRtree}) over bounding boxes: pairs whose
 * {@link Box#gap box gap} is at most ρ and, unless class-agnostic, whose classes agree.
 */
public final class Candidates
{
	private static final int CHUNK = 4096;

	private Candidates()
	{}

	/**
	 * @param rho the largest box gap of a candidate pair, in pixels (≥ 0)
	 * @param threads number of query threads; the result does not depend on it
	 */
	public static CandidatePairs find(final List<Instance> instances, final double rho, final boolean classAgnostic, final int threads)
	{
		if (!(rho >= 0))
			throw new IllegalArgumentException("rho must be >= 0, got " + rho);
		final int n = instances.size();
		final Box[] boxes = new Box[n];
		final int[] classes = new int[n];
		final STRtree tree = new STRtree();
		for (int i = 0; i < n; i++)
		{
			final Instance inst = instances.get(i);
			boxes[i] = inst.box();
			classes[i] = inst.classId();
			tree.insert(envelope(boxes[i], 0), i);
		}
		if (n > 0)
			tree.build();
		final int chunks = (n + CHUNK - 1) / CHUNK;
		final long[][] found = new long[chunks][];
		Parallel.forEach(chunks, threads, c -> found[c] = queryChunk(tree, boxes, classes, c * CHUNK, Math.min(n, (c + 1) * CHUNK), rho, classAgnostic));
		int total = 0;
		for (final long[] f : found)
			total += f.length;
		final long[] all = new long[total];
		int k = 0;
		for (final long[] f : found)
		{
			System.arraycopy(f, 0, all, k, f.length);
			k += f.length;
		}
		// each chunk is sorted and chunks cover increasing first indices: already sorted
		final int[] first = new int[total], second = new int[total];
		for (int p = 0; p < total; p++)
		{
			first[p] = (int) (all[p] >>> 32);
			second[p] = (int) all[p];
		}
		return new CandidatePairs(first, second);
	}

	private static long[] queryChunk(final STRtree tree, final Box[] boxes, final int[] classes, final int from, final int to, final double rho, final boolean classAgnostic)
	{
		final long[][] pairs = { new long[256] };
		final int[] count = { 0 };
		for (int i = from; i < to; i++)
		{
			final int a = i;
			tree.query(envelope(boxes[i], rho), item -> {
				final int j = (Integer) item;
				if (j > a && (classAgnostic || classes[a] == classes[j]) && boxes[a].gap(boxes[j]) <= rho)
				{
					if (count[0] == pairs[0].length)
						pairs[0] = Arrays.copyOf(pairs[0], 2 * count[0]);
					pairs[0][count[0]++] = ((long) a << 32) | j;
				}
			});
		}
		final long[] out = Arrays.copyOf(pairs[0], count[0]);
		Arrays.sort(out);
		return out;
	}

	/** The envelope of a box's pixel centres, grown by {@code margin}. */
	private static Envelope envelope(final Box b, final double margin)
	{
		return new Envelope(b.minX - margin, b.maxX - 1 + margin, b.minY - margin, b.maxY - 1 + margin);
	}
}
