package io.github.smm.vis;

/** A piece of text drawn beside each instance. */
public enum LabelField
{
	/** The instance id. */
	ID,
	/** The score, two decimals. */
	SCORE,
	/** The class, as {@code c<class>}. */
	CLASS
}
