package io.github.smm.ij.tiling;

import io.github.smm.volume.Box3;
import io.github.smm.volume.tiled.BlockSegmenter;
import io.github.smm.volume.tiled.VolumeSamples;
import io.github.smm.volume.tiled.VolumeSource;

/** Threshold levels of volumes: Otsu's level of the whole volume (subsampled), or of each block. */
public final class VolumeLevels
{
	/** Voxels read for the whole-volume histogram, at most. */
	private static final long SAMPLE_VOXELS = 8_000_000;

	private VolumeLevels()
	{}

	/** Otsu's level of a strided subsample of at most a few million voxels of the whole volume. */
	public static double otsu(final VolumeSource source)
	{
		return GrayLevels.otsu(VolumeSamples.strided(source, SAMPLE_VOXELS));
	}

	/** The segmenter {@code atLevel} makes for Otsu's level of each block on its own (blocks may disagree on shared voxels); blank blocks have no objects. */
	public static BlockSegmenter otsuPerBlock(final java.util.function.DoubleFunction<BlockSegmenter> atLevel)
	{
		return new BlockSegmenter()
		{
			@Override
			public int[] labels(final Box3 block, final float[] voxels)
			{
				if (GrayLevels.blank(voxels))
					return new int[voxels.length];
				return atLevel.apply(GrayLevels.otsu(voxels)).labels(block, voxels);
			}
		};
	}
}
