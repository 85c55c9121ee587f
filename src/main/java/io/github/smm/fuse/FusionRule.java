package io.github.smm.fuse;

import java.util.List;
import java.util.Locale;

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
		final Instance best = centralMember(members, Placement.PLANAR);
		if (best == null)
			return Fusion.fuse(id, members, aggregation);
		return new Instance(id, best.mask(), best.score(), best.classId(), best.window(), best.tile());
	}

	/**
	 * The member {@link #central} keeps, for instances of any kind (2D or 3D: the edges of every
	 * axis count alike); {@code null} when the cluster is to be fused by union instead.
	 */
	public static <T> T centralMember(final List<T> members, final Placement<T> placement)
	{
		final long[][] windows = new long[members.size()][];
		for (int m = 0; m < windows.length; m++)
			if ((windows[m] = placement.window(members.get(m))) == null)
				return null;
		T best = null;
		double bestMargin = -1;
		for (int m = 0; m < windows.length; m++)
		{
			final T member = members.get(m);
			final double margin = margin(windows[m], placement.box(member), windows);
			if (best == null || margin > bestMargin || margin == bestMargin && placement.size(member) > placement.size(best))
			{
				best = member;
				bestMargin = margin;
			}
		}
		return bestMargin <= 0 ? null : best;
	}

	/** Distance of the member's box to the edges of its window that another window reaches beyond. */
	static double margin(final Instance m, final List<Instance> members)
	{
		final long[][] windows = new long[members.size()][];
		for (int k = 0; k < windows.length; k++)
			windows[k] = Placement.PLANAR.window(members.get(k));
		return margin(Placement.PLANAR.window(m), Placement.PLANAR.box(m), windows);
	}

	/** {@link #margin(Instance, List)} on bounds {@code {min_0, …, max_(d-1)}} of any dimension. */
	private static double margin(final long[] w, final long[] b, final long[][] windows)
	{
		final int d = w.length / 2;
		double margin = Double.POSITIVE_INFINITY;
		for (final long[] v : windows)
			for (int a = 0; a < d; a++)
			{
				if (v[a] < w[a])
					margin = Math.min(margin, b[a] - w[a]);
				if (v[d + a] > w[d + a])
					margin = Math.min(margin, w[d + a] - b[d + a]);
			}
		return margin;
	}
}
