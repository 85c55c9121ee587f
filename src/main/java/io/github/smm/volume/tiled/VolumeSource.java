package io.github.smm.volume.tiled;

import io.github.smm.volume.Box3;

/**
 * Where the voxels of a volume come from: a TIFF stack on disk read region by region
 * ({@link TiffStack}), a generated volume, or (in the ImageJ layer) an open stack. The 3D runner
 * reads each block once, so a source backed by a file never holds the whole volume.
 */
public interface VolumeSource
{
	/** Volume width (x) in voxels. */
	long width();

	/** Volume height (y) in voxels. */
	long height();

	/** Volume depth (number of z slices). */
	long depth();

	/**
	 * The voxels of {@code region} (inside the volume), x fastest, then y, then z: voxel
	 * {@code (x, y, z)} at {@code ((z − minZ) · height + (y − minY)) · width + (x − minX)} of the
	 * region's width and height.
	 */
	float[] read(Box3 region);

	/** The whole volume as a box at the origin. */
	default Box3 extent()
	{
		return new Box3(0, 0, 0, width(), height(), depth());
	}
}
