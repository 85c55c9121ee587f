package io.github.smm.fuse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/**
 * Fusion Φ of a cluster into one instance: pixel union of the masks, score aggregation, class
 * by score-weighted vote (ties to the smaller class id) and the union of the source windows.
 */
public final class Fusion
{
	private Fusion()
	{}

	/**
	 * The members of every cluster: list {@code c} holds, in input order, the items {@code i} with
	 * {@code cluster[i] == c} (clusters numbered from 0).
	 */
	public static <T> List<List<T>> members(final List<T> items, final int[] cluster)
	{
		int k = 0;
		for (final int c : cluster)
			k = Math.max(k, c + 1);
		final List<List<T>> members = new ArrayList<>(k);
		for (int c = 0; c < k; c++)
			members.add(new ArrayList<>(2));
		for (int i = 0; i < cluster.length; i++)
			members.get(cluster[i]).add(items.get(i));
		return members;
	}

	/** Fuses a non-empty cluster into one instance with id {@code id}. */
	public static Instance fuse(final long id, final List<Instance> members, final ScoreAggregation aggregation)
	{
		if (members.isEmpty())
			throw new IllegalArgumentException("cannot fuse an empty cluster " + id);
		if (members.size() == 1)
		{
			final Instance only = members.get(0);
			return new Instance(id, only.mask(), only.score(), only.classId(), only.window(), only.tile());
		}
		final List<RleMask> masks = new ArrayList<>(members.size());
		for (final Instance m : members)
			masks.add(m.mask());
		return new Instance(id, Masks.union(masks), aggregation.aggregate(members), votedClass(members), windowUnion(members), Instance.NO_TILE);
	}

	/** The member with the highest score, the first on ties (the NMS survivor); for any kind of instance. */
	public static <T> T highestScore(final List<T> members, final ToDoubleFunction<T> score)
	{
		T best = members.get(0);
		for (final T m : members)
			if (score.applyAsDouble(m) > score.applyAsDouble(best))
				best = m;
		return best;
	}

	/** The class with the largest summed score; ties go to the smaller class id. */
	public static int votedClass(final List<Instance> members)
	{
		return votedClass(members, Instance::classId, Instance::score);
	}

	/** The class with the largest summed score among members of any kind; ties go to the smaller class id. */
	public static <T> int votedClass(final List<T> members, final ToIntFunction<T> classId, final ToDoubleFunction<T> score)
	{
		final TreeMap<Integer, Double> votes = new TreeMap<>();
		for (final T m : members)
			votes.merge(classId.applyAsInt(m), score.applyAsDouble(m), Double::sum);
		int best = votes.firstKey();
		for (final var e : votes.entrySet())
			if (e.getValue() > votes.get(best))
				best = e.getKey();
		return best;
	}

	/** The box holding every member's window, or {@code null} when some window is unknown. */
	private static Box windowUnion(final List<Instance> members)
	{
		Box w = null;
		for (final Instance m : members)
		{
			if (m.window() == null)
				return null;
			w = w == null ? m.window() : w.union(m.window());
		}
		return w;
	}
}
