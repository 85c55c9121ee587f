package io.github.smm.bioimageio;

import java.util.List;

/** One axis of a tensor description: id, kind, accepted sizes, halo (outputs) and channel names. */
public final class Axis
{
	private final String id;
	private final AxisKind kind;
	private final AxisSize size;
	private final int halo;
	private final List<String> channelNames;

	public Axis(final String id, final AxisKind kind, final AxisSize size, final int halo, final List<String> channelNames)
	{
		this.id = id;
		this.kind = kind;
		this.size = size;
		this.halo = halo;
		this.channelNames = List.copyOf(channelNames);
	}

	public String id()
	{
		return id;
	}

	public AxisKind kind()
	{
		return kind;
	}

	public AxisSize size()
	{
		return size;
	}

	/** Pixels at each end of this axis of an output that are not valid and must be cut off. */
	public int halo()
	{
		return halo;
	}

	/** The channel names of a channel axis (may be empty). */
	public List<String> channelNames()
	{
		return channelNames;
	}

	@Override
	public String toString()
	{
		return id + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ", " + size + (halo > 0 ? ", halo " + halo : "") + ")";
	}
}
