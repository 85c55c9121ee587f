package io.github.smm.fuse;

import java.util.List;

import io.github.smm.index.CandidatePairs;

/**
 * What {@link OverlapResolution} needs of one kind of output instance and its mask: the 2D
 * {@link io.github.smm.model.Instance} with its pixel mask ({@link OverlapResolution#PLANAR}), or a
 * 3D instance with its voxel mask. The same rules then hold for both.
 *
 * @param <I> the instance type
 * @param <M> its mask type
 */
public interface InstanceKind<I, M>
{
	M mask(I instance);

	double score(I instance);

	/** Pixels or voxels of the mask. */
	long size(M mask);

	boolean isEmpty(M mask);

	/** The elements of {@code a} not in {@code b}. */
	M subtract(M a, M b);

	/** Number of elements in both masks. */
	long shared(M a, M b);

	/** Whether the two instances' bounding boxes share an element. */
	boolean boxesIntersect(I a, I b);

	/** A superset of the pairs whose boxes intersect: {@code (i, j)}, {@code i < j}, sorted. */
	CandidatePairs overlapCandidates(List<I> instances, int threads);

	/** The instance with another mask (same id, score, class and provenance). */
	I withMask(I instance, M mask);
}
