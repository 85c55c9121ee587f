package io.github.smm.volume.tiled;

import io.github.smm.volume.VolumeInstance;

/**
 * Receives the merged objects of a 3D sweep as they become final: a list in memory, a label
 * stack written slice by slice, a CSV of objects.
 */
public interface VolumeSink
{
	/**
	 * One merged object; its id is its number in emission order (1, 2, …).
	 *
	 * @param members the ids of the block predictions it fuses, ascending
	 */
	void accept(VolumeInstance object, long[] members);

	/** No object given after this call has a voxel in a slice before {@code z}. */
	default void slicesFinal(final long z)
	{}

	/** The sweep is over ({@code complete} false when it was cancelled). */
	default void finish(final boolean complete)
	{}
}
