package io.github.smm.volume;

/**
 * How the clustering scores two predictions that no block saw together: their blocks' shared
 * region holds none of the voxels of either (or the blocks do not meet). Such a pair carries no
 * evidence either way. In 3D an object larger than the block overlap is cut into up to eight
 * pieces per block corner (more when it spans three blocks along an axis), most of whose pairs
 * are of that kind; charged the merge cost λ each, they outweigh the pieces' strong
 * agreement where their blocks do overlap, and the object comes back split.
 */
public enum UnseenPairs
{
	/**
	 * Inside a group of predictions that attract one another (the connected components of the
	 * attracting edges), an unseen pair costs nothing: its weight is λ. The default for volumes.
	 */
	NEUTRAL,
	/** As the 2D merge: an unseen pair is weighed by proximity alone, or costs λ when it is not a candidate pair. */
	AS_2D
}
