package io.github.smm.volume;

/**
 * The physical size of a voxel along z, y and x (any one unit, e.g. µm from the image's
 * calibration). Distances of the merge (τd, ρ) stay in pixels of the x axis, so the presets keep
 * their meaning: a step along y counts {@code y / x} and a step along z counts {@code z / x}.
 */
public final class VoxelSize
{
	/** Cubic voxels. */
	public static final VoxelSize ISOTROPIC = new VoxelSize(1, 1, 1);

	private final double z, y, x;

	/**
	 * @throws IllegalArgumentException naming the axis whose size is not a finite number &gt; 0
	 */
	public VoxelSize(final double z, final double y, final double x)
	{
		check("z", z);
		check("y", y);
		check("x", x);
		this.z = z;
		this.y = y;
		this.x = x;
	}

	private static void check(final String axis, final double v)
	{
		if (!(v > 0) || Double.isInfinite(v))
			throw new IllegalArgumentException("voxel_size along " + axis + " must be a finite number > 0, got " + v);
	}

	/**
	 * Parses {@code z,y,x} (three numbers) or a single number for cubic voxels.
	 *
	 * @throws IllegalArgumentException naming the text when it is not that
	 */
	public static VoxelSize parse(final String text)
	{
		final String[] p = text.trim().split("\\s*[,x]\\s*");
		try
		{
			if (p.length == 1)
			{
				final double cube = Double.parseDouble(p[0]);
				return new VoxelSize(cube, cube, cube);
			}
			if (p.length == 3)
				return new VoxelSize(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]));
		}
		catch (final NumberFormatException e)
		{
			// reported below
		}
		throw new IllegalArgumentException("voxel_size '" + text + "' is not three numbers z,y,x (e.g. 2,0.5,0.5)");
	}

	public double z()
	{
		return z;
	}

	public double y()
	{
		return y;
	}

	public double x()
	{
		return x;
	}

	/** Length of one x step in x pixels: 1. */
	public double scaleX()
	{
		return 1;
	}

	/** Length of one y step in x pixels. */
	public double scaleY()
	{
		return y / x;
	}

	/** Length of one z step in x pixels. */
	public double scaleZ()
	{
		return z / x;
	}

	@Override
	public String toString()
	{
		return z + "," + y + "," + x;
	}
}
