package io.github.smm.vis;

import java.awt.Color;

/**
 * The evaluation status of one object, for an {@link ErrorMap}. Colours are mutually
 * distinct (pairwise RGB distance above 80), mostly from the Okabe–Ito colour-blind-safe set;
 * merged is a brighter magenta than that set's reddish purple, to stand out on pink stained
 * tissue.
 */
public enum ErrorKind
{
	/** A prediction matched one-to-one with a ground-truth object (or that object). */
	MATCHED("matched", new Color(0, 158, 115)),
	/** A ground-truth object that no prediction matches. */
	MISSED("missed", new Color(240, 228, 66)),
	/** A prediction that matches no ground-truth object. */
	SPURIOUS("spurious", new Color(213, 94, 0)),
	/** One ground-truth object predicted as several pieces (the object or its pieces). */
	SPLIT("split", new Color(86, 180, 233)),
	/** Several ground-truth objects predicted as one (the prediction or the objects). */
	MERGED("merged", new Color(235, 90, 235));

	private final String label;
	private final Color color;

	ErrorKind(final String label, final Color color)
	{
		this.label = label;
		this.color = color;
	}

	/** The lower-case name shown in the legend and used in ROI names. */
	public String label()
	{
		return label;
	}

	/** The colour it is drawn in, opaque. */
	public Color color()
	{
		return color;
	}
}
