package io.github.smm.ij;

/** A ROI property that was missing, so a default was used; names the ROI. */
public final class RoiWarning
{
	/** What was missing. */
	public enum Kind
	{
		/** No {@code score} property: score 1 was used. */
		MISSING_SCORE,
		/** No {@code class} property: class 0 was used. */
		MISSING_CLASS
	}

	private final Kind kind;
	private final String roi;
	private final long instanceId;

	public RoiWarning(final Kind kind, final String roi, final long instanceId)
	{
		this.kind = kind;
		this.roi = roi;
		this.instanceId = instanceId;
	}

	public Kind kind()
	{
		return kind;
	}

	/** The ROI's description (name, and where known its index or zip entry). */
	public String roi()
	{
		return roi;
	}

	/** The id of the instance made from the ROI. */
	public long instanceId()
	{
		return instanceId;
	}

	@Override
	public String toString()
	{
		return roi + ": " + (kind == Kind.MISSING_SCORE ? "no \"" + Rois.SCORE + "\" property, score 1 used" : "no \"" + Rois.CLASS + "\" property, class 0 used");
	}
}
