package io.github.smm.vis;

/** How an instance's pixels are shown. */
public enum DrawMode
{
	/** The outline along pixel edges, opaque by default. */
	OUTLINE,
	/** A translucent fill of its pixels. */
	FILL,
	/** A translucent fill with an opaque outline on top. */
	FILL_AND_OUTLINE;

	boolean fills()
	{
		return this != OUTLINE;
	}

	boolean outlines()
	{
		return this != FILL;
	}
}
