package io.github.smm.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.github.smm.model.Box;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * Dense touching cells, like an epithelium: sites on a jittered square grid about
 * {@value #SPACING} px apart, and every pixel belongs to the cell of its nearest site (pixel
 * centres, ties to the lower site index). There is no background: neighbouring cells share
 * their borders.
 * <p>
 * Site coordinates are integers in 1/{@value #SUBPIXEL} px, so ownership is decided exactly in
 * integer arithmetic. The grid divides the scene evenly ({@code n = round(size / SPACING)}
 * sites per row, spacing {@code g = size / n}), and each site moves by at most
 * {@value #JITTER}·g per axis. This bound guarantees that (a) a pixel's nearest site lies among
 * the 3×3 grid sites around the pixel's own grid cell and (b) a cell lies within
 * {@code r = √2·(g/2 + jitter)} of its site. Each cell is therefore built on its own, row by
 * row, as the intersection of the half-planes against its 7×7 neighbouring sites (a Voronoi
 * cell is convex, so each row is one run): no full-image array is needed.
 * </p>
 */
public final class VoronoiScene
{
	/** Target distance between neighbouring sites, in pixels. */
	public static final double SPACING = 18;
	/** Largest site displacement per axis, as a fraction of the grid spacing. */
	public static final double JITTER = 0.3;
	/** Sub-pixel units per pixel of the site coordinates. */
	static final int SUBPIXEL = 16;
	/** Neighbouring grid sites (per axis and side) tested against a cell's half-planes. */
	private static final int REACH = 3;

	private final int size;
	private final int n;
	private final int[] siteX, siteY;
	/** Half side, in pixels, of the box around a site that holds its whole cell. */
	private final int cellRadius;

	/**
	 * @param size scene width and height in pixels, at least 1
	 */
	public VoronoiScene(final int size, final long seed)
	{
		if (size < 1)
			throw new IllegalArgumentException("scene size " + size + " is not positive");
		this.size = size;
		n = (int) Math.max(1, Math.round(size / SPACING));
		siteX = new int[n * n];
		siteY = new int[n * n];
		final long jitterQ = (long) Math.floor(JITTER * SUBPIXEL * size / n);
		for (int row = 0; row < n; row++)
			for (int col = 0; col < n; col++)
			{
				final SplittableRandom random = Seeds.random(seed, 1, row, col);
				siteX[row * n + col] = (int) (gridCentreQ(col) + random.nextLong(-jitterQ, jitterQ + 1));
				siteY[row * n + col] = (int) (gridCentreQ(row) + random.nextLong(-jitterQ, jitterQ + 1));
			}
		final double g = (double) size / n;
		cellRadius = (int) Math.ceil(Math.sqrt(2) * (g / 2 + (double) jitterQ / SUBPIXEL)) + 1;
	}

	/** The cells of a new scene, in site order (row-major over the site grid). */
	public static TruthScene generate(final int size, final long seed)
	{
		return new VoronoiScene(size, seed).truth();
	}

	/** Every cell as a truth object; object {@code k} is the cell of site {@code k}. */
	public TruthScene truth()
	{
		final List<RleMask> cells = new ArrayList<>(n * n);
		for (int k = 0; k < n * n; k++)
			cells.add(cell(k));
		return new TruthScene(new Box(0, 0, size, size), cells);
	}

	/** Number of sites (and cells). */
	public int siteCount()
	{
		return n * n;
	}

	/** The pixels whose nearest site is site {@code k}. */
	public RleMask cell(final int k)
	{
		final int row = k / n, col = k % n;
		final long cx = siteX[k] / SUBPIXEL, cy = siteY[k] / SUBPIXEL;
		final long y0 = Math.max(0, cy - cellRadius), y1 = Math.min(size, cy + cellRadius + 1);
		final long x0 = Math.max(0, cx - cellRadius), x1 = Math.min(size, cx + cellRadius + 1);
		final long[] lo = new long[(int) (y1 - y0)], hi = new long[lo.length];
		Arrays.fill(lo, x0);
		Arrays.fill(hi, x1 - 1);
		// nearest rings first: they empty most rows of the box, which the outer rings then skip
		for (int ring = 1; ring <= REACH; ring++)
			for (int r = Math.max(0, row - ring); r <= Math.min(n - 1, row + ring); r++)
				for (int c = Math.max(0, col - ring); c <= Math.min(n - 1, col + ring); c++)
					if (Math.max(Math.abs(r - row), Math.abs(c - col)) == ring)
						narrowToWins(k, r * n + c, y0, lo, hi);
		final RleMaskBuilder builder = new RleMaskBuilder();
		for (int i = 0; i < lo.length; i++)
			builder.addRun(y0 + i, lo[i], hi[i] + 1);
		return builder.build();
	}

	/**
	 * Narrows the column range {@code [lo[i], hi[i]]} of each row {@code y0 + i} to where site
	 * {@code k} beats site {@code m}: strictly nearer, or equally near with {@code k < m}. Uses
	 * {@code d²(P,M) − d²(P,K) = A·x + B(y)} with P the pixel centre in sub-pixel units.
	 */
	private void narrowToWins(final int k, final int m, final long y0, final long[] lo, final long[] hi)
	{
		final long kx = siteX[k], ky = siteY[k], mx = siteX[m], my = siteY[m];
		final long a = -2L * SUBPIXEL * (mx - kx);
		final long b0 = -SUBPIXEL * (mx - kx) + mx * mx + my * my - kx * kx - ky * ky;
		final long slope = -2 * (my - ky);
		final long t = k < m ? -1 : 0;
		for (int i = 0; i < lo.length; i++)
		{
			if (lo[i] > hi[i])
				continue;
			final long py = SUBPIXEL * (y0 + i) + SUBPIXEL / 2;
			// need A·x + B > t, i.e. A·x > c
			final long c = t - (b0 + slope * py);
			if (a > 0)
				lo[i] = Math.max(lo[i], smallestAbove(a, c));
			else if (a < 0)
				hi[i] = Math.min(hi[i], smallestAbove(-a, -c - 1) - 1); // largest x with −a·x < −c
			else if (c >= 0)
				hi[i] = lo[i] - 1;
		}
	}

	/** The smallest integer x with {@code a·x > c}, for {@code a > 0} (estimated in doubles, then made exact). */
	private static long smallestAbove(final long a, final long c)
	{
		long x = (long) Math.floor((double) c / a) + 1;
		while (a * (x - 1) > c)
			x--;
		while (a * x <= c)
			x++;
		return x;
	}

	/**
	 * The site nearest to the centre of pixel {@code (x, y)} (ties: lower index), searched
	 * pixel-wise over the 3×3 grid sites around the pixel's grid cell; a brute-force reference
	 * for {@link #cell(int)}.
	 */
	public int owner(final long x, final long y)
	{
		final int col = (int) Math.min(n - 1, (2 * x + 1) * n / (2L * size));
		final int row = (int) Math.min(n - 1, (2 * y + 1) * n / (2L * size));
		final long px = SUBPIXEL * x + SUBPIXEL / 2, py = SUBPIXEL * y + SUBPIXEL / 2;
		int best = -1;
		long bestD = Long.MAX_VALUE;
		for (int r = Math.max(0, row - 1); r <= Math.min(n - 1, row + 1); r++)
			for (int c = Math.max(0, col - 1); c <= Math.min(n - 1, col + 1); c++)
			{
				final int m = r * n + c;
				final long dx = px - siteX[m], dy = py - siteY[m];
				final long d = dx * dx + dy * dy;
				if (d < bestD || d == bestD && m < best)
				{
					bestD = d;
					best = m;
				}
			}
		return best;
	}

	/** The centre of grid cell {@code i} along an axis, in sub-pixel units. */
	private long gridCentreQ(final int i)
	{
		return (long) SUBPIXEL * (2L * i + 1) * size / (2L * n);
	}
}
