package io.github.smm.eval;

/** Which pixels count as neighbours when a mask is split into connected pieces. */
public enum Connectivity
{
	/** Pixels sharing an edge. */
	FOUR,
	/** Pixels sharing an edge or a corner. */
	EIGHT;

	/**
	 * The connectivity of the background that goes with this one for the foreground (4 with
	 * 8, 8 with 4), so that a closed curve separates inside from outside.
	 */
	public Connectivity complement()
	{
		return this == FOUR ? EIGHT : FOUR;
	}
}
