package io.github.smm.tile;

import java.util.Arrays;

/**
 * The tile positions along one image axis: origins {@code o[0] < o[1] < …}, each tile
 * covering {@code [o[i], o[i] + size)}. Consecutive tiles are {@code size − overlap} apart,
 * except the last one under {@link EdgePolicy#SHIFT}, which ends on the image border.
 */
final class TileAxis
{
	final long extent;
	final int size;
	final int overlap;
	private final long[] origins;

	private TileAxis(final long extent, final int size, final int overlap, final long[] origins)
	{
		this.extent = extent;
		this.size = size;
		this.overlap = overlap;
		this.origins = origins;
	}

	/**
	 * @param extent the image size along the axis (≥ 1)
	 * @param tileSize the tile size (≥ 1)
	 * @param overlap the overlap in pixels, {@code 0 ≤ overlap < tileSize}
	 */
	static TileAxis of(final long extent, final int tileSize, final int overlap, final EdgePolicy policy)
	{
		if (policy == EdgePolicy.SHIFT && extent <= tileSize)
			return new TileAxis(extent, (int) extent, 0, new long[] { 0 });
		final long stride = tileSize - overlap;
		final long count = extent <= tileSize ? 1 : 1 + ceilDiv(extent - tileSize, stride);
		if (count > Integer.MAX_VALUE / 2)
			throw new IllegalArgumentException("too many tiles along an axis of " + extent + " px: " + count);
		final long[] o = new long[(int) count];
		for (int i = 0; i < o.length; i++)
			o[i] = i * stride;
		if (policy == EdgePolicy.SHIFT)
			o[o.length - 1] = extent - tileSize;
		return new TileAxis(extent, tileSize, overlap, o);
	}

	private static long ceilDiv(final long a, final long b)
	{
		return (a + b - 1) / b;
	}

	int count()
	{
		return origins.length;
	}

	long origin(final int i)
	{
		return origins[i];
	}

	/** End (exclusive) of tile {@code i}; beyond the image for a padded last tile. */
	long end(final int i)
	{
		return origins[i] + size;
	}

	/** End (exclusive) of the part of tile {@code i} inside the image. */
	long windowEnd(final int i)
	{
		return Math.min(end(i), extent);
	}

	/** The end of the last tile: the extent of everything the tiles cover, padding included. */
	long coveredEnd()
	{
		return end(origins.length - 1);
	}

	/** The number of pixels tiles {@code i} and {@code i + 1} share (0 when none). */
	long overlapAfter(final int i)
	{
		return i + 1 < origins.length ? Math.max(0, end(i) - origins[i + 1]) : 0;
	}

	/**
	 * The longest extent an object can have without touching two tiles that share no pixel:
	 * for tiles {@code i < j} that do not overlap, an object reaching from the last pixel of
	 * {@code i} to the first of {@code j} is {@code o[j] − end(i) + 2} long. The image extent
	 * when no two tiles are apart.
	 */
	long safeObjectSpan()
	{
		long safe = extent;
		int j = 0;
		for (int i = 0; i < origins.length; i++)
		{
			while (j < origins.length && origins[j] < end(i))
				j++;
			if (j < origins.length)
				safe = Math.min(safe, origins[j] - end(i) + 1);
		}
		return safe;
	}

	@Override
	public String toString()
	{
		if (origins.length <= 8)
			return Arrays.toString(origins);
		return "[" + origins[0] + ", " + origins[1] + ", " + origins[2] + ", …, " + origins[origins.length - 2] + ", " + origins[origins.length - 1] + "]";
	}
}
