package io.github.smm.model;

/**
 * An axis-aligned pixel rectangle in global image coordinates: columns {@code [minX, maxX)},
 * rows {@code [minY, maxY)} (half-open). Empty when either extent is not positive.
 */
public final class Box
{
	public final long minX, minY, maxX, maxY;

	public Box(final long minX, final long minY, final long maxX, final long maxY)
	{
		this.minX = minX;
		this.minY = minY;
		this.maxX = maxX;
		this.maxY = maxY;
	}

	/** A box from its corner and size. */
	public static Box ofSize(final long x, final long y, final long width, final long height)
	{
		return new Box(x, y, x + width, y + height);
	}

	public long width()
	{
		return Math.max(0, maxX - minX);
	}

	public long height()
	{
		return Math.max(0, maxY - minY);
	}

	public long area()
	{
		return width() * height();
	}

	public boolean isEmpty()
	{
		return maxX <= minX || maxY <= minY;
	}

	public boolean contains(final long x, final long y)
	{
		return x >= minX && x < maxX && y >= minY && y < maxY;
	}

	/** True when {@code other} lies entirely inside this box. */
	public boolean contains(final Box other)
	{
		return other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY;
	}

	/** The intersection; {@link #isEmpty() empty} when the boxes do not overlap. */
	public Box intersect(final Box o)
	{
		return new Box(Math.max(minX, o.minX), Math.max(minY, o.minY), Math.min(maxX, o.maxX), Math.min(maxY, o.maxY));
	}

	/** The smallest box holding both. */
	public Box union(final Box o)
	{
		return new Box(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX), Math.max(maxY, o.maxY));
	}

	public boolean intersects(final Box o)
	{
		return Math.max(minX, o.minX) < Math.min(maxX, o.maxX) && Math.max(minY, o.minY) < Math.min(maxY, o.maxY);
	}

	/**
	 * Lower bound of the Euclidean distance between any pixel of this box and any pixel of
	 * {@code o}, with pixel distance measured between pixel centres: 0 when they overlap, 1 for
	 * boxes whose pixels are 4-adjacent.
	 */
	public double gap(final Box o)
	{
		final long dx = Math.max(0, Math.max(o.minX - (maxX - 1), minX - (o.maxX - 1)));
		final long dy = Math.max(0, Math.max(o.minY - (maxY - 1), minY - (o.maxY - 1)));
		return Math.sqrt((double) dx * dx + (double) dy * dy);
	}

	@Override
	public boolean equals(final Object obj)
	{
		if (!(obj instanceof Box))
			return false;
		final Box b = (Box) obj;
		return minX == b.minX && minY == b.minY && maxX == b.maxX && maxY == b.maxY;
	}

	@Override
	public int hashCode()
	{
		return Long.hashCode(minX) * 31 * 31 * 31 + Long.hashCode(minY) * 31 * 31 + Long.hashCode(maxX) * 31 + Long.hashCode(maxY);
	}

	@Override
	public String toString()
	{
		return "[" + minX + "," + maxX + ")x[" + minY + "," + maxY + ")";
	}
}
