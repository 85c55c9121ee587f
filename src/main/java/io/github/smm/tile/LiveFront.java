package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.smm.index.CandidatePairs;
import io.github.smm.index.Candidates;
import io.github.smm.model.Instance;

/**
 * The live instances of a streaming merge: those read but not yet merged. After each band it
 * hands out the closed groups.
 * <p>
 * A group is a connected component of the candidate graph (box gap ≤ ρ, same class unless
 * class-agnostic — exactly {@link Candidates}'s rule) among the live instances; grouping across
 * classes (as the runner does when overlaps are resolved) only makes groups larger. It is closed
 * when every member is final ({@link TilePlan#isFinalAfterBand}): no instance of a later tile
 * can then be a candidate of any member, and no live instance outside the group is one either
 * (it would be in the group). So the group is a whole connected component of the candidate
 * graph of all the image's instances, and every edge it will ever have is already there. A
 * group with one member that is not final stays open, since a later neighbour of that member
 * could join it — possibly to another live group.
 * </p>
 */
final class LiveFront
{
	private final TilePlan plan;
	private final double rho;
	private final boolean classAgnostic;
	private final int threads;
	private List<Instance> live = new ArrayList<>();
	private long nextId = 1, inputs, livePixels, peakLivePixels;
	private int peakLive;

	LiveFront(final TilePlan plan, final double rho, final boolean classAgnostic, final int threads)
	{
		this.plan = plan;
		this.rho = rho;
		this.classAgnostic = classAgnostic;
		this.threads = threads;
	}

	/**
	 * Adds a tile's instances with fresh ids (1, 2, … in plan order), the tile's index, and the
	 * tile's window where they have none; returns them as added.
	 *
	 * @throws TileException naming the tile and the instance when one is missing or its mask is
	 *             not inside the tile window
	 */
	List<Instance> add(final Tile tile, final List<Instance> found)
	{
		if (found == null)
			throw new TileException(tile, "the segmenter returned no list");
		final int first = live.size();
		for (int i = 0; i < found.size(); i++)
		{
			final Instance f = found.get(i);
			if (f == null)
				throw new TileException(tile, "instance " + i + " of the segmenter's list is null");
			if (!tile.window().contains(f.box()))
				throw new TileException(tile, "instance " + i + " (id " + f.id() + ") has mask box " + f.box() + " outside the tile window " + tile.window());
			live.add(new Instance(nextId++, f.mask(), f.score(), f.classId(), f.window() == null ? tile.window() : f.window(), tile.index()));
			livePixels += f.area();
		}
		inputs += found.size();
		peakLive = Math.max(peakLive, live.size());
		peakLivePixels = Math.max(peakLivePixels, livePixels);
		return List.copyOf(live.subList(first, live.size()));
	}

	/** Removes and returns the members of every group closed after {@code band}. */
	List<Instance> closeAfterBand(final int band)
	{
		if (live.isEmpty())
			return Collections.emptyList();
		final int n = live.size();
		final int[] parent = new int[n];
		for (int i = 0; i < n; i++)
			parent[i] = i;
		final CandidatePairs pairs = Candidates.find(live, rho, classAgnostic, threads);
		for (int k = 0; k < pairs.size(); k++)
			parent[find(parent, pairs.first(k))] = find(parent, pairs.second(k));
		final boolean[] open = new boolean[n];
		for (int i = 0; i < n; i++)
			if (!plan.isFinalAfterBand(live.get(i).box(), band, rho))
				open[find(parent, i)] = true;
		final List<Instance> closed = new ArrayList<>(), stay = new ArrayList<>();
		for (int i = 0; i < n; i++)
			(open[find(parent, i)] ? stay : closed).add(live.get(i));
		live = stay;
		for (final Instance c : closed)
			livePixels -= c.area();
		return closed;
	}

	/** Removes and returns every live instance, without grouping. */
	List<Instance> drain()
	{
		final List<Instance> all = live;
		live = new ArrayList<>();
		livePixels = 0;
		return all;
	}

	private static int find(final int[] parent, int i)
	{
		while (parent[i] != i)
		{
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** The live instances (not merged yet). */
	int size()
	{
		return live.size();
	}

	/** Number of instances added. */
	long inputs()
	{
		return inputs;
	}

	int peakLive()
	{
		return peakLive;
	}

	/** The most mask pixels of live instances at once. */
	long peakLivePixels()
	{
		return peakLivePixels;
	}
}
