package io.github.smm.ij;

import ij.gui.Roi;

/**
 * Where in a stack a ROI applies, as ImageJ stores it: either a hyperstack position
 * (channel, slice, frame; 0 in a field means all) or a plain stack index (0 means all).
 */
public final class RoiPosition
{
	/** The position of a ROI that applies to every plane. */
	public static final RoiPosition ALL = new RoiPosition(0, 0, 0, 0);

	private final int channel, slice, frame, stackIndex;

	public RoiPosition(final int channel, final int slice, final int frame, final int stackIndex)
	{
		this.channel = channel;
		this.slice = slice;
		this.frame = frame;
		this.stackIndex = stackIndex;
	}

	/** The position stored in {@code roi}. */
	public static RoiPosition of(final Roi roi)
	{
		if (roi.hasHyperStackPosition())
			return new RoiPosition(roi.getCPosition(), roi.getZPosition(), roi.getTPosition(), 0);
		return new RoiPosition(0, 0, 0, roi.getPosition());
	}

	public int channel()
	{
		return channel;
	}

	public int slice()
	{
		return slice;
	}

	public int frame()
	{
		return frame;
	}

	/** The plain (1-based) stack index, 0 when unset. */
	public int stackIndex()
	{
		return stackIndex;
	}

	/**
	 * True when the ROI applies to the plane at hyperstack position
	 * {@code (channel, slice, frame)} whose plain stack index is {@code stackIndex} (see
	 * {@code ImagePlus.getStackIndex}); all 1-based.
	 */
	public boolean appliesTo(final int channel, final int slice, final int frame, final int stackIndex)
	{
		return (this.channel == 0 || this.channel == channel) && (this.slice == 0 || this.slice == slice) && (this.frame == 0 || this.frame == frame) && (this.stackIndex == 0 || this.stackIndex == stackIndex);
	}

	@Override
	public boolean equals(final Object obj)
	{
		if (!(obj instanceof RoiPosition))
			return false;
		final RoiPosition p = (RoiPosition) obj;
		return channel == p.channel && slice == p.slice && frame == p.frame && stackIndex == p.stackIndex;
	}

	@Override
	public int hashCode()
	{
		return ((channel * 31 + slice) * 31 + frame) * 31 + stackIndex;
	}

	@Override
	public String toString()
	{
		return "c=" + channel + " z=" + slice + " t=" + frame + " index=" + stackIndex;
	}
}
