package io.github.smm.volume;

/**
 * An axis-aligned voxel box in global coordinates: {@code [minX, maxX) × [minY, maxY) ×
 * [minZ, maxZ)} (half-open). Empty when any extent is not positive.
 */
public final class Box3
{
	public final long minX, minY, minZ, maxX, maxY, maxZ;

	public Box3(final long minX, final long minY, final long minZ, final long maxX, final long maxY, final long maxZ)
	{
		this.minX = minX;
		this.minY = minY;
		this.minZ = minZ;
		this.maxX = maxX;
		this.maxY = maxY;
		this.maxZ = maxZ;
	}

	/** A box from its corner and size. */
	public static Box3 ofSize(final long x, final long y, final long z, final long width, final long height, final long depth)
	{
		return new Box3(x, y, z, x + width, y + height, z + depth);
	}

	public long width()
	{
		return Math.max(0, maxX - minX);
	}

	public long height()
	{
		return Math.max(0, maxY - minY);
	}

	public long depth()
	{
		return Math.max(0, maxZ - minZ);
	}

	/** Number of voxels. */
	public long volume()
	{
		return width() * height() * depth();
	}

	public boolean isEmpty()
	{
		return maxX <= minX || maxY <= minY || maxZ <= minZ;
	}

	public boolean contains(final long x, final long y, final long z)
	{
		return x >= minX && x < maxX && y >= minY && y < maxY && z >= minZ && z < maxZ;
	}

	/** True when {@code o} lies entirely inside this box. */
	public boolean contains(final Box3 o)
	{
		return o.minX >= minX && o.maxX <= maxX && o.minY >= minY && o.maxY <= maxY && o.minZ >= minZ && o.maxZ <= maxZ;
	}

	/** The intersection; {@link #isEmpty() empty} when the boxes do not overlap. */
	public Box3 intersect(final Box3 o)
	{
		return new Box3(Math.max(minX, o.minX), Math.max(minY, o.minY), Math.max(minZ, o.minZ), Math.min(maxX, o.maxX), Math.min(maxY, o.maxY), Math.min(maxZ, o.maxZ));
	}

	/** The smallest box holding both. */
	public Box3 union(final Box3 o)
	{
		return new Box3(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.min(minZ, o.minZ), Math.max(maxX, o.maxX), Math.max(maxY, o.maxY), Math.max(maxZ, o.maxZ));
	}

	public boolean intersects(final Box3 o)
	{
		return !intersect(o).isEmpty();
	}

	/**
	 * Lower bound of the distance between any voxel centre of this box and any of {@code o}, in
	 * units of the x voxel (see {@link VoxelSize}): 0 when they overlap, 1 for boxes whose voxels
	 * touch along x.
	 */
	public double gap(final Box3 o, final VoxelSize voxel)
	{
		final double dx = axisGap(minX, maxX, o.minX, o.maxX) * voxel.scaleX();
		final double dy = axisGap(minY, maxY, o.minY, o.maxY) * voxel.scaleY();
		final double dz = axisGap(minZ, maxZ, o.minZ, o.maxZ) * voxel.scaleZ();
		return Math.sqrt(dx * dx + dy * dy + dz * dz);
	}

	/** Voxel-centre gap along one axis: 0 when the ranges overlap. */
	static long axisGap(final long min, final long max, final long oMin, final long oMax)
	{
		return Math.max(0, Math.max(oMin - (max - 1), min - (oMax - 1)));
	}

	@Override
	public boolean equals(final Object obj)
	{
		if (!(obj instanceof Box3))
			return false;
		final Box3 b = (Box3) obj;
		return minX == b.minX && minY == b.minY && minZ == b.minZ && maxX == b.maxX && maxY == b.maxY && maxZ == b.maxZ;
	}

	@Override
	public int hashCode()
	{
		long h = minX;
		for (final long v : new long[] { minY, minZ, maxX, maxY, maxZ })
			h = 31 * h + v;
		return Long.hashCode(h);
	}

	@Override
	public String toString()
	{
		return "[" + minX + "," + maxX + ")x[" + minY + "," + maxY + ")x[" + minZ + "," + maxZ + ")";
	}
}
