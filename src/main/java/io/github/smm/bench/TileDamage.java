package io.github.smm.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import io.github.smm.model.Box;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * The predictions of one tile under {@link Perturbation#DAMAGED}: each truth object the tile
 * overlaps (in index order), clipped to the tile, then damaged at the rates of a {@link Damage}.
 * An object merged into an earlier neighbour's prediction gets no prediction of its own in this
 * tile. Every random draw comes from the tile's stream, so the result depends only on the seed.
 */
final class TileDamage
{
	/** Receives each prediction: the truth object it comes from (the first, for merged neighbours), mask and score. */
	interface Sink
	{
		void add(int truth, RleMask mask, double score);
	}

	private final TruthScene truth;
	private final Damage damage;
	private final Box window;
	private final SplittableRandom random;

	private TileDamage(final TruthScene truth, final Damage damage, final Box window, final SplittableRandom random)
	{
		this.truth = truth;
		this.damage = damage;
		this.window = window;
		this.random = random;
	}

	/** Predicts the tile {@code window} into {@code sink}. */
	static void predict(final TruthScene truth, final Damage damage, final Box window, final SplittableRandom random, final Sink sink)
	{
		final List<Integer> objects = new ArrayList<>();
		truth.forEachOverlapping(window, objects::add);
		objects.sort(null);
		new TileDamage(truth, damage, window, random).predict(objects, sink);
	}

	private void predict(final List<Integer> objects, final Sink sink)
	{
		final Set<Integer> consumed = new HashSet<>();
		for (final int k : objects)
		{
			if (consumed.contains(k))
				continue;
			RleMask mask = Masks.clip(truth.object(k), window);
			if (mask.isEmpty())
				continue;
			final double score = clamp(0.5 + 0.5 * random.nextDouble() + damage.scoreNoise * gaussian());
			final boolean miss = random.nextDouble() < damage.missed, fragment = random.nextDouble() < damage.fragments;
			final boolean duplicate = random.nextDouble() < damage.duplicates, merge = random.nextDouble() < damage.merges;
			final boolean jitter = random.nextDouble() < damage.jitter;
			if (merge)
			{
				final int j = touchingLaterNeighbour(k, consumed);
				if (j >= 0)
				{
					consumed.add(j);
					mask = Masks.union(mask, Masks.clip(truth.object(j), window));
				}
			}
			if (jitter)
				mask = BoundaryJitter.jitter(mask, window, random);
			if (miss)
				continue;
			final RleMask[] pieces = fragment ? split(mask, random.nextDouble(Math.PI)) : null;
			if (pieces != null)
				for (final RleMask p : pieces)
					sink.add(k, p, score);
			else
				sink.add(k, mask, score);
			if (duplicate)
				sink.add(k, BoundaryJitter.erode(mask, window), clamp(score - 0.3 * random.nextDouble()));
		}
	}

	/** The first object after {@code k} (index order), not yet consumed, that meets the tile and touches {@code k} inside it; −1 if none. */
	private int touchingLaterNeighbour(final int k, final Set<Integer> consumed)
	{
		final RleMask own = Masks.clip(truth.object(k), window);
		final Box b = own.box();
		final int[] best = { Integer.MAX_VALUE };
		truth.forEachOverlapping(new Box(b.minX - 1, b.minY - 1, b.maxX + 1, b.maxY + 1), j -> {
			if (j > k && j < best[0] && !consumed.contains(j))
			{
				final RleMask other = Masks.clip(truth.object(j), window);
				if (!other.isEmpty() && Masks.distance(own, other, 1) <= 1)
					best[0] = j;
			}
		});
		return best[0] == Integer.MAX_VALUE ? -1 : best[0];
	}

	/** The mask cut by the line through its box centre at {@code angle}; {@code null} when a piece would be empty. */
	static RleMask[] split(final RleMask mask, final double angle)
	{
		final Box b = mask.box();
		final double cx = (b.minX + b.maxX) / 2.0, cy = (b.minY + b.maxY) / 2.0;
		final double ux = Math.cos(angle), uy = Math.sin(angle);
		final RleMaskBuilder[] piece = { RleMask.builder(), RleMask.builder() };
		mask.forEachRun((y, s, e) -> {
			long start = s;
			int side = side(s, y, cx, cy, ux, uy);
			for (long x = s + 1; x <= e; x++)
			{
				final int next = x < e ? side(x, y, cx, cy, ux, uy) : -1;
				if (next != side)
				{
					piece[side].addRun(y, start, x);
					start = x;
					side = next;
				}
			}
		});
		final RleMask a = piece[0].build(), c = piece[1].build();
		return a.isEmpty() || c.isEmpty() ? null : new RleMask[] { a, c };
	}

	private static int side(final long x, final long y, final double cx, final double cy, final double ux, final double uy)
	{
		return (x + 0.5 - cx) * ux + (y + 0.5 - cy) * uy < 0 ? 0 : 1;
	}

	private static double clamp(final double s)
	{
		return Math.max(0.05, Math.min(1, s));
	}

	/** A standard normal draw (Box–Muller). */
	private double gaussian()
	{
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}
}
