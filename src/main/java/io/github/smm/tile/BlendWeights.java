package io.github.smm.tile;

/**
 * Trust weights of a plan's tiles for seamless blending. Along each axis, tile {@code i}'s raw
 * trust is 1 except across its overlaps with tiles {@code i − 1} and {@code i + 1}, where it
 * rises from the overlap's far side (or falls towards its own edge) by the {@link Taper}, at
 * pixel centres; image borders are not tapered. The raw trusts are divided by their sum over
 * the tiles covering each coordinate, so they sum to 1 along each axis. The weight of a tile at
 * a pixel is the product of its x and y weights; since the tiles form a grid, the weights of
 * all tiles covering a pixel sum to 1.
 */
public final class BlendWeights
{
	private final TilePlan plan;
	private final float[][] alongX, alongY;

	public BlendWeights(final TilePlan plan, final Taper taper)
	{
		this.plan = plan;
		this.alongX = axisWeights(plan.xAxis(), taper);
		this.alongY = axisWeights(plan.yAxis(), taper);
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

	private static float[][] axisWeights(final TileAxis a, final Taper taper)
	{
		final int n = a.count();
		final double[][] raw = new double[n][a.size];
		final double[] sum = new double[(int) a.coveredEnd()];
		for (int i = 0; i < n; i++)
			for (int k = 0; k < a.size; k++)
			{
				raw[i][k] = rawTrust(a, i, a.origin(i) + k, taper);
				sum[(int) (a.origin(i) + k)] += raw[i][k];
			}
		final float[][] w = new float[n][a.size];
		for (int i = 0; i < n; i++)
			for (int k = 0; k < a.size; k++)
				w[i][k] = (float) (raw[i][k] / sum[(int) (a.origin(i) + k)]);
		return w;
	}

	/** Tile {@code i}'s trust at coordinate {@code c}: the lower of its rising and falling ramps. */
	private static double rawTrust(final TileAxis a, final int i, final long c, final Taper taper)
	{
		double trust = 1;
		final long before = i > 0 ? a.overlapAfter(i - 1) : 0;
		if (before > 0 && c < a.origin(i) + before)
			trust = taper.at((c - a.origin(i) + 0.5) / before);
		final long after = a.overlapAfter(i);
		if (after > 0 && c >= a.origin(i + 1))
			trust = Math.min(trust, taper.at((a.end(i) - c - 0.5) / after));
		return trust;
	}
}
