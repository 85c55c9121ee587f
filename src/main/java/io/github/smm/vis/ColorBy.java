package io.github.smm.vis;

/** What an instance's colour tells. */
public enum ColorBy
{
	/**
	 * Its cluster: a distinct colour per cluster id ({@link Palette#distinct(long)}). For merged
	 * instances the cluster is the instance id; for inputs, a cluster assignment is given.
	 */
	CLUSTER,
	/** Its class: a distinct colour per class id, with a legend of the classes drawn. */
	CLASS,
	/** Its score through the {@link ScoreLut}, with a colour bar legend. */
	SCORE,
	/** Its source tile: a distinct colour per tile index (grey for no tile). */
	TILE
}
