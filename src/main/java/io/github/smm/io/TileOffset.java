package io.github.smm.io;

import java.util.Objects;

/**
 * Where one tile's label image sits in the full image: its top-left pixel {@code (x, y)}. The
 * name says which tile it is: a file name (relative to the tile folder) or, for a stack,
 * {@code slice <n>} with {@code n} counted from 1.
 */
public final class TileOffset
{
	private final String name;
	private final long x, y;

	public TileOffset(final String name, final long x, final long y)
	{
		this.name = Objects.requireNonNull(name, "name");
		this.x = x;
		this.y = y;
	}

	public String name()
	{
		return name;
	}

	public long x()
	{
		return x;
	}

	public long y()
	{
		return y;
	}

	@Override
	public boolean equals(final Object obj)
	{
		if (!(obj instanceof TileOffset))
			return false;
		final TileOffset o = (TileOffset) obj;
		return name.equals(o.name) && x == o.x && y == o.y;
	}

	@Override
	public int hashCode()
	{
		return Objects.hash(name, x, y);
	}

	@Override
	public String toString()
	{
		return name + " at (" + x + ", " + y + ")";
	}
}
