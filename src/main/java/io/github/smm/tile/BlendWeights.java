package io.github.smm.tile;

/**
 * Trust weights of a plan's tiles for seamless blending. Along each axis, tile {@code i}'s raw
 * trust is 1 except across its overlaps with tiles {@code i − 1} and {@code i + 1}, where it
 * rises from the overlap's far side (or falls towards its own edge) by the {@link Taper}, at
 * pixel centres; image borders are not tapered. The raw trusts are divided by their sum over
 * the tiles covering each coordinate, so they sum to 1 along each axis. The weight of a tile at
 * a pixel is the product of its x and y weights; since the tiles form a grid, the weights of
 * all tiles covering a pixel sum to 1.
 * <p>
 * With a halo {@code h} (a model's output border that is not valid), a tile's trust is 0 in
 * the {@code h} pixels next to each of its edges that a neighbour covers, and the ramp runs
 * across the rest of the overlap ({@code overlap − 2h}; a hard cut in its middle when that is
 * 0). Edges on the image border keep their pixels: no other tile saw them.
 * </p>
 */
public final class BlendWeights
{
	private final TilePlan plan;
	private final float[][] alongX, alongY;

	public BlendWeights(final TilePlan plan, final Taper taper)
	{
		this(plan, taper, 0);
	}

	/**
	 * @param halo pixels at each tile edge shared with a neighbour that get no weight; the
	 *            plan's overlaps must be at least {@code 2 · halo}
	 */
	public BlendWeights(final TilePlan plan, final Taper taper, final int halo)
	{
		if (halo < 0)
			throw new IllegalArgumentException("halo must be >= 0, got " + halo);
		for (final TileAxis a : new TileAxis[] { plan.xAxis(), plan.yAxis() })
			for (int i = 0; i + 1 < a.count(); i++)
				if (a.overlapAfter(i) < 2L * halo)
					throw new IllegalArgumentException("tiles overlapping by " + a.overlapAfter(i) + " px cannot cut off a halo of " + halo + " px on both sides: use an overlap of at least " + 2 * halo + " px");
		this.plan = plan;
		this.alongX = axisWeights(plan.xAxis(), taper, halo);
		this.alongY = axisWeights(plan.yAxis(), taper, halo);
	}

	/** The weight of {@code tile} at global pixel {@code (x, y)}; 0 outside its region. */
	public double weight(final Tile tile, final long x, final long y)
	{
		final Tile t = tile;
		if (!t.region().contains(x, y))
			return 0;
		return (double) alongX(t)[(int) (x - t.region().minX)] * alongY(t)[(int) (y - t.region().minY)];
	}

	/** The tile's weights along x, one per column of its region (not copied: do not modify). */
	float[] alongX(final Tile t)
	{
		return alongX[plan.columnOf(t)];
	}

	/** The tile's weights along y, one per row of its region (not copied: do not modify). */
	float[] alongY(final Tile t)
	{
		return alongY[plan.rowOf(t)];
	}

	private static float[][] axisWeights(final TileAxis a, final Taper taper, final int halo)
	{
		final int n = a.count();
		final double[][] raw = new double[n][a.size];
		final double[] sum = new double[(int) a.coveredEnd()];
		for (int i = 0; i < n; i++)
			for (int k = 0; k < a.size; k++)
			{
				raw[i][k] = rawTrust(a, i, a.origin(i) + k, taper, halo);
				sum[(int) (a.origin(i) + k)] += raw[i][k];
			}
		final float[][] w = new float[n][a.size];
		for (int i = 0; i < n; i++)
			for (int k = 0; k < a.size; k++)
				w[i][k] = (float) (raw[i][k] / sum[(int) (a.origin(i) + k)]);
		return w;
	}

	/**
	 * Tile {@code i}'s trust at coordinate {@code c}: the lower of its rising and falling ramps,
	 * each running over an overlap less the halo at both of its ends.
	 */
	private static double rawTrust(final TileAxis a, final int i, final long c, final Taper taper, final int halo)
	{
		double trust = 1;
		final long before = i > 0 ? a.overlapAfter(i - 1) : 0;
		if (before > 0 && c < a.origin(i) + before - halo)
			trust = ramp((c - a.origin(i) - halo + 0.5) / (before - 2 * halo), taper);
		final long after = a.overlapAfter(i);
		if (after > 0 && c >= a.origin(i + 1) + halo)
			trust = Math.min(trust, ramp((a.end(i) - halo - c - 0.5) / (after - 2 * halo), taper));
		return trust;
	}

	/** The taper at {@code t}, 0 before the ramp and 1 after it (also for a ramp of length 0). */
	private static double ramp(final double t, final Taper taper)
	{
		if (!(t > 0))
			return 0;
		return t >= 1 ? 1 : taper.at(t);
	}
}
