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
 * Gives every pixel (voxel) claimed by several output instances to one of them, so the outputs
 * form a valid label image (volume). Priority: higher score, then larger area, then earlier
 * position. An output that loses all its pixels is absorbed by the stronger output that shares most
 * pixels with it. One implementation for every {@link InstanceKind}: 2D and 3D follow the same rules.
 */
public final class OverlapResolution
{
	/** 2D instances with their pixel masks. */
	public static final InstanceKind<Instance, RleMask> PLANAR = new Planar();

	private OverlapResolution()
	{}

	/** The outcome: new outputs and, for each old output, the index of the output it became. */
	public static final class Resolved<I>
	{
		public final List<I> outputs;
		public final int[] newIndexOf;

		Resolved(final List<I> outputs, final int[] newIndexOf)
		{
			this.outputs = outputs;
			this.newIndexOf = newIndexOf;
		}
	}

	/** Resolves 2D outputs. */
	public static Resolved<Instance> resolve(final List<Instance> outputs, final int threads)
	{
		return resolve(outputs, PLANAR, threads);
	}

	/** Resolves outputs of any kind. */
	public static <I, M> Resolved<I> resolve(final List<I> outputs, final InstanceKind<I, M> kind, final int threads)
	{
		final int n = outputs.size();
		final Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++)
			order[i] = i;
		final Comparator<Integer> priority = Comparator.comparingDouble((Integer i) -> -kind.score(outputs.get(i)))
				.thenComparingLong(i -> -kind.size(kind.mask(outputs.get(i))))
				.thenComparingInt(i -> i);
		Arrays.sort(order, priority);
		final int[] rank = new int[n];
		for (int r = 0; r < n; r++)
			rank[order[r]] = r;
		final List<List<Integer>> stronger = strongerOverlapping(outputs, kind, rank, threads);
		final List<M> masks = new ArrayList<>(outputs.size());
		for (int i = 0; i < n; i++)
			masks.add(null);
		for (final int i : order)
		{
			M m = kind.mask(outputs.get(i));
			for (final int s : stronger.get(i))
				m = kind.subtract(m, kind.mask(outputs.get(s)));
			masks.set(i, m);
		}
		return assemble(outputs, kind, masks, stronger);
	}

	/** For each output, the outputs of higher priority whose boxes intersect its box. */
	private static <I, M> List<List<Integer>> strongerOverlapping(final List<I> outputs, final InstanceKind<I, M> kind, final int[] rank, final int threads)
	{
		final CandidatePairs pairs = kind.overlapCandidates(outputs, threads);
		final List<List<Integer>> stronger = new ArrayList<>();
		for (int i = 0; i < outputs.size(); i++)
			stronger.add(new ArrayList<>());
		for (int k = 0; k < pairs.size(); k++)
		{
			final int a = pairs.first(k), b = pairs.second(k);
			if (!kind.boxesIntersect(outputs.get(a), outputs.get(b)))
				continue;
			if (rank[a] < rank[b])
				stronger.get(b).add(a);
			else
				stronger.get(a).add(b);
		}
		return stronger;
	}

	private static <I, M> Resolved<I> assemble(final List<I> outputs, final InstanceKind<I, M> kind, final List<M> masks, final List<List<Integer>> stronger)
	{
		final int n = outputs.size();
		final int[] target = new int[n];
		for (int i = 0; i < n; i++)
			target[i] = kind.isEmpty(masks.get(i)) ? takerOf(i, outputs, kind, stronger.get(i)) : i;
		// a taker is never emptied itself (it kept pixels it took), but follow chains to be safe
		for (int i = 0; i < n; i++)
			while (kind.isEmpty(masks.get(target[i])))
				target[i] = takerOf(target[i], outputs, kind, stronger.get(target[i]));
		final int[] newIndex = new int[n];
		final List<I> result = new ArrayList<>();
		for (int i = 0; i < n; i++)
			if (!kind.isEmpty(masks.get(i)))
			{
				newIndex[i] = result.size();
				result.add(kind.withMask(outputs.get(i), masks.get(i)));
			}
		final int[] newIndexOf = new int[n];
		for (int i = 0; i < n; i++)
			newIndexOf[i] = newIndex[target[i]];
		return new Resolved<>(result, newIndexOf);
	}

	/** The stronger output that shares most pixels with output {@code i}. */
	private static <I, M> int takerOf(final int i, final List<I> outputs, final InstanceKind<I, M> kind, final List<Integer> stronger)
	{
		int best = -1;
		long bestShared = -1;
		for (final int s : stronger)
		{
			final long shared = kind.shared(kind.mask(outputs.get(i)), kind.mask(outputs.get(s)));
			if (shared > bestShared || shared == bestShared && s < best)
			{
				best = s;
				bestShared = shared;
			}
		}
		return best;
	}

	/** The 2D kind. */
	private static final class Planar implements InstanceKind<Instance, RleMask>
	{
		@Override
		public RleMask mask(final Instance instance)
		{
			return instance.mask();
		}

		@Override
		public double score(final Instance instance)
		{
			return instance.score();
		}

		@Override
		public long size(final RleMask mask)
		{
			return mask.area();
		}

		@Override
		public boolean isEmpty(final RleMask mask)
		{
			return mask.isEmpty();
		}

		@Override
		public RleMask subtract(final RleMask a, final RleMask b)
		{
			return Masks.subtract(a, b);
		}

		@Override
		public long shared(final RleMask a, final RleMask b)
		{
			return Masks.intersectionArea(a, b);
		}

		@Override
		public boolean boxesIntersect(final Instance a, final Instance b)
		{
			return a.box().intersects(b.box());
		}

		@Override
		public CandidatePairs overlapCandidates(final List<Instance> instances, final int threads)
		{
			return Candidates.find(instances, 0, true, threads);
		}

		@Override
		public Instance withMask(final Instance o, final RleMask mask)
		{
			return new Instance(o.id(), mask, o.score(), o.classId(), o.window(), o.tile());
		}
	}
}
