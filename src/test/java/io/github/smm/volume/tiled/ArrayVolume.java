package io.github.smm.volume.tiled;

import io.github.smm.volume.Box3;

/** A volume in one array (x fastest), for tests; counts the voxels read. */
final class ArrayVolume implements VolumeSource
{
	final float[] voxels;
	final int width, height, depth;
	long voxelsRead;

	ArrayVolume(final float[] voxels, final int width, final int height, final int depth)
	{
		this.voxels = voxels;
		this.width = width;
		this.height = height;
		this.depth = depth;
	}

	@Override
	public long width()
	{
		return width;
	}

	@Override
	public long height()
	{
		return height;
	}

	@Override
	public long depth()
	{
		return depth;
	}

	@Override
	public float[] read(final Box3 r)
	{
		final float[] out = new float[(int) r.volume()];
		int k = 0;
		for (long z = r.minZ; z < r.maxZ; z++)
			for (long y = r.minY; y < r.maxY; y++)
				for (long x = r.minX; x < r.maxX; x++)
					out[k++] = voxels[(int) ((z * height + y) * width + x)];
		voxelsRead += out.length;
		return out;
	}
}
