package io.github.smm.volume.tiled;

import io.github.smm.volume.Box3;

/** Subsamples of a whole volume, e.g. for a threshold level that every block shares. */
public final class VolumeSamples
{
	private VolumeSamples()
	{}

	/**
	 * Every {@code step}-th voxel along x, y and z, with the step the smallest that keeps at most
	 * {@code maxVoxels} of them; read one row at a time, so a volume on disk is never loaded whole.
	 */
	public static float[] strided(final VolumeSource source, final long maxVoxels)
	{
		final long w = source.width(), h = source.height(), d = source.depth();
		final int step = (int) Math.max(1, Math.ceil(Math.cbrt((double) w * h * d / Math.max(1, maxVoxels))));
		final long nx = (w + step - 1) / step, ny = (h + step - 1) / step, nz = (d + step - 1) / step;
		final float[] out = new float[(int) (nx * ny * nz)];
		int k = 0;
		for (long z = 0; z < d; z += step)
			for (long y = 0; y < h; y += step)
			{
				final float[] row = source.read(new Box3(0, y, z, w, y + 1, z + 1));
				for (int x = 0; x < w; x += step)
					out[k++] = row[x];
			}
		return out;
	}
}
