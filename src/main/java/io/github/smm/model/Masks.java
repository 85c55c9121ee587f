package io.github.smm.model;

import java.util.Collection;

/**
 * Algebra on {@link RleMask}s, computed on runs and touching only the rows where the
 * operands' bounding boxes meet.
 */
public final class Masks
{
	private Masks()
	{}

	/** Number of pixels in both masks. */
	public static long intersectionArea(final RleMask a, final RleMask b)
	{
		return intersectionArea(a, b, null);
	}

	/**
	 * Number of pixels in both masks and inside {@code window} ({@code null}: no window).
	 */
	public static long intersectionArea(final RleMask a, final RleMask b, final Box window)
	{
		Box clip = a.box().intersect(b.box());
		if (window != null)
			clip = clip.intersect(window);
		if (clip.isEmpty())
			return 0;
		long sum = 0;
		for (long y = clip.minY; y < clip.maxY; y++)
		{
			final int ra = (int) (y - a.y0), rb = (int) (y - b.y0);
			sum += Runs.intersection(a.runs, a.x0, a.rowOffsets[ra], a.rowOffsets[ra + 1], b.runs, b.x0, b.rowOffsets[rb], b.rowOffsets[rb + 1], clip.minX, clip.maxX);
		}
		return sum;
	}

	/** Number of pixels of {@code m} inside {@code window}. */
	public static long area(final RleMask m, final Box window)
	{
		final Box clip = m.box().intersect(window);
		if (clip.isEmpty())
			return 0;
		long sum = 0;
		for (long y = clip.minY; y < clip.maxY; y++)
		{
			final int r = (int) (y - m.y0);
			sum += Runs.length(m.runs, m.x0, m.rowOffsets[r], m.rowOffsets[r + 1], clip.minX, clip.maxX);
		}
		return sum;
	}

	/** Intersection over union; 0 when both are empty. */
	public static double iou(final RleMask a, final RleMask b)
	{
		final long inter = intersectionArea(a, b);
		final long union = a.area() + b.area() - inter;
		return union == 0 ? 0 : (double) inter / union;
	}

	/** Intersection over the smaller mask's area; 0 when either is empty. */
	public static double ios(final RleMask a, final RleMask b)
	{
		final long small = Math.min(a.area(), b.area());
		return small == 0 ? 0 : (double) intersectionArea(a, b) / small;
	}

	/**
	 * IoU of the two masks restricted to {@code window}: |A∩B∩W| / |(A∪B)∩W|, 0 when neither
	 * mask has a pixel in the window.
	 */
	public static double iou(final RleMask a, final RleMask b, final Box window)
	{
		final long inter = intersectionArea(a, b, window);
		final long union = area(a, window) + area(b, window) - inter;
		return union == 0 ? 0 : (double) inter / union;
	}

	/** The pixels of any of the masks. */
	public static RleMask union(final Collection<RleMask> masks)
	{
		final RleMask[] m = masks.toArray(new RleMask[0]);
		long minY = Long.MAX_VALUE, maxY = Long.MIN_VALUE;
		for (final RleMask x : m)
			if (!x.isEmpty())
			{
				minY = Math.min(minY, x.y0);
				maxY = Math.max(maxY, x.y0 + x.height());
			}
		int runs = 0;
		for (final RleMask x : m)
			runs += x.runCount();
		final RleMaskBuilder b = new RleMaskBuilder(runs);
		final int[][] rowRuns = new int[m.length][];
		final long[] x0 = new long[m.length];
		for (int k = 0; k < m.length; k++)
		{
			rowRuns[k] = m[k].runs;
			x0[k] = m[k].x0;
		}
		final int[] at = new int[m.length], end = new int[m.length];
		// row by row, the masks' runs merged by start: the builder receives them in order and never sorts
		for (long y = minY; y < maxY; y++)
		{
			for (int k = 0; k < m.length; k++)
			{
				final long r = y - m[k].y0;
				final boolean inside = !m[k].isEmpty() && r >= 0 && r < m[k].height();
				at[k] = inside ? m[k].rowOffsets[(int) r] : 0;
				end[k] = inside ? m[k].rowOffsets[(int) r + 1] : 0;
			}
			final long row = y;
			Runs.mergeByStart(rowRuns, x0, at, end, (s, e) -> b.addRun(row, s, e));
		}
		return b.build();
	}

	/** The pixels of {@code a} and {@code b}. */
	public static RleMask union(final RleMask a, final RleMask b)
	{
		return union(java.util.Arrays.asList(a, b));
	}

	/** The pixels in both masks. */
	public static RleMask intersection(final RleMask a, final RleMask b)
	{
		final RleMaskBuilder out = RleMask.builder();
		final Box clip = a.box().intersect(b.box());
		for (long y = clip.minY; y < clip.maxY; y++)
		{
			final int ra = (int) (y - a.y0), rb = (int) (y - b.y0);
			final long row = y;
			Runs.intersect(a.runs, a.x0, a.rowOffsets[ra], a.rowOffsets[ra + 1], b.runs, b.x0, b.rowOffsets[rb], b.rowOffsets[rb + 1], (s, e) -> out.addRun(row, s, e));
		}
		return out.build();
	}

	/** The pixels of {@code a} that are not in {@code b}. */
	public static RleMask subtract(final RleMask a, final RleMask b)
	{
		if (!a.box().intersects(b.box()))
			return a;
		final RleMaskBuilder out = RleMask.builder();
		final int h = a.height();
		for (int ra = 0; ra < h; ra++)
		{
			final long y = a.y0 + ra;
			final long rb = y - b.y0;
			final boolean rowInB = rb >= 0 && rb < b.height();
			final int j = rowInB ? b.rowOffsets[(int) rb] : 0;
			final int jEnd = rowInB ? b.rowOffsets[(int) rb + 1] : 0;
			Runs.subtract(a.runs, a.x0, a.rowOffsets[ra], a.rowOffsets[ra + 1], b.runs, b.x0, j, jEnd, (s, e) -> out.addRun(y, s, e));
		}
		return out.build();
	}

	/** The pixels of {@code m} inside {@code window}. */
	public static RleMask clip(final RleMask m, final Box window)
	{
		if (window.contains(m.box()))
			return m;
		final RleMaskBuilder out = RleMask.builder();
		m.forEachRun((y, s, e) -> {
			if (y >= window.minY && y < window.maxY)
				out.addRun(y, Math.max(s, window.minX), Math.min(e, window.maxX));
		});
		return out.build();
	}

	/**
	 * Exact minimum Euclidean distance between the centres of a pixel of {@code a} and a pixel
	 * of {@code b}: 0 when the masks overlap, 1 for 4-adjacent pixels, √2 for diagonal ones.
	 * Returns {@link Double#POSITIVE_INFINITY} as soon as the distance is known to exceed
	 * {@code bound} (and when a mask is empty).
	 */
	public static double distance(final RleMask a, final RleMask b, final double bound)
	{
		return distance(a, b, bound, 0);
	}

	/**
	 * {@link #distance} of two masks that share no pixel (the caller knows their intersection is
	 * empty): the same value, found sooner, since the search can stop at the first 4-adjacent pair
	 * (distance 1 is then the least possible).
	 */
	public static double disjointDistance(final RleMask a, final RleMask b, final double bound)
	{
		return distance(a, b, bound, 1);
	}

	/** The distance search; it stops once the squared distance reaches {@code floor}, the least possible. */
	private static double distance(final RleMask a, final RleMask b, final double bound, final long floor)
	{
		if (a.isEmpty() || b.isEmpty() || a.box().gap(b.box()) > bound)
			return Double.POSITIVE_INFINITY;
		// best squared distance so far; start just above the bound
		final double boundSq = bound * bound;
		long best = Long.MAX_VALUE;
		final int ha = a.height(), hb = b.height();
		// rows of a farther than the bound from every row of b cannot matter
		final long reach = bound >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (long) Math.floor(bound);
		final int first = (int) Math.max(0, Math.min(ha, b.y0 - a.y0 - reach)), last = (int) Math.max(0, Math.min(ha, b.y0 - a.y0 + hb + reach));
		for (int ra = first; ra < last && best > floor; ra++)
		{
			if (a.rowOffsets[ra] == a.rowOffsets[ra + 1])
				continue;
			final long y = a.y0 + ra;
			// rows of b in order of increasing |dy|
			for (long dy = 0;; dy++)
			{
				final long dySq = dy * dy;
				if (dySq >= best || dySq > boundSq)
					break;
				final long rb1 = y - dy - b.y0, rb2 = y + dy - b.y0;
				if (rb1 < 0 && rb2 >= hb)
					break;
				if (rb1 >= 0 && rb1 < hb)
					best = Math.min(best, dySq + square(rowGap(a, ra, b, (int) rb1)));
				if (dy > 0 && rb2 >= 0 && rb2 < hb)
					best = Math.min(best, dySq + square(rowGap(a, ra, b, (int) rb2)));
			}
		}
		if (best == Long.MAX_VALUE || best > boundSq)
			return Double.POSITIVE_INFINITY;
		return Math.sqrt(best);
	}

	private static long square(final long v)
	{
		return v == Long.MAX_VALUE ? Long.MAX_VALUE / 2 : v * v;
	}

	/** Smallest column distance between a run of row {@code ra} of a and one of row {@code rb} of b. */
	private static long rowGap(final RleMask a, final int ra, final RleMask b, final int rb)
	{
		return Runs.gap(a.runs, a.x0, a.rowOffsets[ra], a.rowOffsets[ra + 1], b.runs, b.x0, b.rowOffsets[rb], b.rowOffsets[rb + 1]);
	}
}
