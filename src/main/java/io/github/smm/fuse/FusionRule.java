package io.github.smm.fuse;

import java.util.List;
import java.util.Locale;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/** How a cluster's masks become one: their pixel union, or the mask of the most central member. */
public enum FusionRule
{
	/** The pixel union of the members' masks (see {@link Fusion#fuse}). */
	UNION("union"),
	/**
	 * The mask of the member whose tile saw the object farthest from the tile's edge, as
	 * StarDist and distributed Cellpose keep it; the union when every member was cut (see
	 * {@link #central}).
	 */
	CENTRAL("central");

	private final String token;

	FusionRule(final String token)
	{
		this.token = token;
	}

	public String token()
	{
		return token;
	}

	/** Parses {@code union} or {@code central}. */
	public static FusionRule parse(final String token)
	{
		for (final FusionRule r : values())
			if (r.token.equals(token.trim().toLowerCase(Locale.ROOT)))
				return r;
		throw new IllegalArgumentException("unknown fusion '" + token + "' (expected union or central)");
	}

	/**
	 * The member lying farthest from the edges of its source window, counting only the edges
	 * beyond which another member's window reaches (where the tile cut the object off; an
	 * image border cuts every member alike). Ties go to the larger mask, then to the first
	 * member. The output keeps that member's mask, score, class and window. When every member
	 * touches an edge where its tile cut it (no tile saw the whole object, as for an object
	 * larger than the overlap), or a member has no window, the cluster is fused by
	 * {@link #UNION} instead: no single member holds the whole object.
	 */
	public static Instance central(final long id, final List<Instance> members, final ScoreAggregation aggregation)
	{
		for (final Instance m : members)
			if (m.window() == null)
				return Fusion.fuse(id, members, aggregation);
		Instance best = null;
		double bestMargin = -1;
		for (final Instance m : members)
		{
			final double margin = margin(m, members);
			if (best == null || margin > bestMargin || margin == bestMargin && m.area() > best.area())
			{
				best = m;
				bestMargin = margin;
			}
		}
		if (bestMargin <= 0)
			return Fusion.fuse(id, members, aggregation);
		return new Instance(id, best.mask(), best.score(), best.classId(), best.window(), best.tile());
	}

	/** Distance of the member's box to the edges of its window that another window reaches beyond. */
	static double margin(final Instance m, final List<Instance> members)
	{
		final Box w = m.window(), b = m.box();
		double margin = Double.POSITIVE_INFINITY;
		for (final Instance o : members)
		{
			final Box v = o.window();
			if (v.minX < w.minX)
				margin = Math.min(margin, b.minX - w.minX);
			if (v.maxX > w.maxX)
				margin = Math.min(margin, w.maxX - b.maxX);
			if (v.minY < w.minY)
				margin = Math.min(margin, b.minY - w.minY);
			if (v.maxY > w.maxY)
				margin = Math.min(margin, w.maxY - b.maxY);
		}
		return margin;
	}
}
