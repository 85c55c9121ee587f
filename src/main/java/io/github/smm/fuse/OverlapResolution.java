package io.github.smm.fuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.github.smm.index.CandidatePairs;
import io.github.smm.index.Candidates;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/**
 * Gives every pixel claimed by several output instances to one of them, so the outputs form a
 * valid label image. Priority: higher score, then larger area, then earlier position. An output
 * that loses all its pixels is absorbed by the output that took most of them.
 */
public final class OverlapResolution
{
	private OverlapResolution()
	{}

	/** The outcome: new outputs and, for each old output, the index of the output it became. */
	public static final class Resolved
	{
		public final List<Instance> outputs;
		public final int[] newIndexOf;

		Resolved(final List<Instance> outputs, final int[] newIndexOf)
		{
			this.outputs = outputs;
			this.newIndexOf = newIndexOf;
		}
	}

	public static Resolved resolve(final List<Instance> outputs, final int threads)
	{
		final int n = outputs.size();
		final Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++)
			order[i] = i;
		final Comparator<Integer> priority = Comparator.comparingDouble((Integer i) -> -outputs.get(i).score())
				.thenComparingLong(i -> -outputs.get(i).area())
				.thenComparingInt(i -> i);
		Arrays.sort(order, priority);
		final int[] rank = new int[n];
		for (int r = 0; r < n; r++)
			rank[order[r]] = r;
		// overlapping pairs: boxes must intersect
		final CandidatePairs pairs = Candidates.find(outputs, 0, true, threads);
		final List<List<Integer>> stronger = new ArrayList<>();
		for (int i = 0; i < n; i++)
			stronger.add(new ArrayList<>());
		for (int k = 0; k < pairs.size(); k++)
		{
			final int a = pairs.first(k), b = pairs.second(k);
			if (rank[a] < rank[b])
				stronger.get(b).add(a);
			else
				stronger.get(a).add(b);
		}
		final RleMask[] masks = new RleMask[n];
		for (final int i : order)
		{
			RleMask m = outputs.get(i).mask();
			for (final int s : stronger.get(i))
				m = Masks.subtract(m, outputs.get(s).mask());
			masks[i] = m;
		}
		return assemble(outputs, masks, stronger);
	}

	private static Resolved assemble(final List<Instance> outputs, final RleMask[] masks, final List<List<Integer>> stronger)
	{
		final int n = outputs.size();
		final int[] target = new int[n];
		for (int i = 0; i < n; i++)
			target[i] = masks[i].isEmpty() ? takerOf(i, outputs, stronger.get(i)) : i;
		// a taker is never emptied itself (it kept pixels it took), but follow chains to be safe
		for (int i = 0; i < n; i++)
			while (masks[target[i]].isEmpty())
				target[i] = takerOf(target[i], outputs, stronger.get(target[i]));
		final int[] newIndex = new int[n];
		final List<Instance> result = new ArrayList<>();
		for (int i = 0; i < n; i++)
			if (!masks[i].isEmpty())
			{
				final Instance o = outputs.get(i);
				newIndex[i] = result.size();
				result.add(new Instance(o.id(), masks[i], o.score(), o.classId(), o.window(), o.tile()));
			}
		final int[] newIndexOf = new int[n];
		for (int i = 0; i < n; i++)
			newIndexOf[i] = newIndex[target[i]];
		return new Resolved(result, newIndexOf);
	}

	/** The stronger output that shares most pixels with output {@code i}. */
	private static int takerOf(final int i, final List<Instance> outputs, final List<Integer> stronger)
	{
		int best = -1;
		long bestShared = -1;
		for (final int s : stronger)
		{
			final long shared = Masks.intersectionArea(outputs.get(i).mask(), outputs.get(s).mask());
			if (shared > bestShared || shared == bestShared && s < best)
			{
				best = s;
				bestShared = shared;
			}
		}
		return best;
	}
}
