package io.github.smm.volume.tiled;

import io.github.smm.volume.Box3;

/**
 * Segments one block of a volume into a dense label block (0 = background, one positive label per
 * object, x fastest, then y, then z, the block's size). Labels need not be consecutive.
 */
public interface BlockSegmenter
{
	/**
	 * @param block the block, in global voxel coordinates (inside the volume)
	 * @param voxels the block's voxels ({@link VolumeSource#read} order), or {@code null} when
	 *            {@link #readsVoxels()} is false
	 * @return the labels, {@code block.volume()} of them
	 */
	int[] labels(Box3 block, float[] voxels);

	/** False for segmenters that do not look at the voxels (precomputed labels): the runner then reads none. */
	default boolean readsVoxels()
	{
		return true;
	}
}
