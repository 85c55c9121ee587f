package io.github.smm.vis;

import io.github.smm.model.Box;
import io.github.smm.volume.Box3;

/**
 * One plane of a stack that {@link VolumeOverlay} draws: the xy plane at slice z, the xz plane at
 * row y (z going down) or the yz plane at column x (z going right), each z step drawn
 * {@link #zStretch()} pixels, as ImageJ's <em>Orthogonal Views</em> lay them out.
 */
public final class Plane
{
	/** Which plane. */
	public enum Kind
	{
		/** A slice: pixel (x, y). */
		XY,
		/** A row through every slice: pixel (x, z). */
		XZ,
		/** A column through every slice: pixel (z, y). */
		YZ
	}

	private final Kind kind;
	private final long at;
	private final int zStretch;

	private Plane(final Kind kind, final long at, final int zStretch)
	{
		if (zStretch < 1)
			throw new IllegalArgumentException("z stretch " + zStretch + " must be at least 1");
		this.kind = kind;
		this.at = at;
		this.zStretch = zStretch;
	}

	/** Slice {@code z} (from 0). */
	public static Plane xy(final long z)
	{
		return new Plane(Kind.XY, z, 1);
	}

	/** Row {@code y}, each z step {@code zStretch} pixels tall. */
	public static Plane xz(final long y, final int zStretch)
	{
		return new Plane(Kind.XZ, y, zStretch);
	}

	/** Column {@code x}, each z step {@code zStretch} pixels wide. */
	public static Plane yz(final long x, final int zStretch)
	{
		return new Plane(Kind.YZ, x, zStretch);
	}

	public Kind kind()
	{
		return kind;
	}

	/** The slice, row or column the plane lies in. */
	public long at()
	{
		return at;
	}

	public int zStretch()
	{
		return zStretch;
	}

	/** The section of a box (a block, a tile) in this plane, {@code null} when the plane misses it. */
	public Box cut(final Box3 b)
	{
		switch (kind)
		{
			case XY:
				return at >= b.minZ && at < b.maxZ ? new Box(b.minX, b.minY, b.maxX, b.maxY) : null;
			case XZ:
				return at >= b.minY && at < b.maxY ? new Box(b.minX, b.minZ * zStretch, b.maxX, b.maxZ * zStretch) : null;
			default:
				return at >= b.minX && at < b.maxX ? new Box(b.minZ * zStretch, b.minY, b.maxZ * zStretch, b.maxY) : null;
		}
	}

	@Override
	public String toString()
	{
		return kind == Kind.XY ? "xy slice " + (at + 1) : kind == Kind.XZ ? "xz y=" + at : "yz x=" + at;
	}
}
