package io.github.smm.tile;

import java.util.Locale;

/** What a {@link TileBlender} run did, and the pixels it actually held. */
public final class BlendReport
{
	final int tiles;
	int tilesDone;
	long peakHeldTilePixels, stripPixels;
	double seconds;
	boolean cancelled;

	BlendReport(final int tiles)
	{
		this.tiles = tiles;
	}

	public int tiles()
	{
		return tiles;
	}

	public int tilesDone()
	{
		return tilesDone;
	}

	public boolean cancelled()
	{
		return cancelled;
	}

	/** The most tile pixels held at once (read, not yet released). */
	public long peakHeldTilePixels()
	{
		return peakHeldTilePixels;
	}

	/** Pixels of the strip of running sums. */
	public long stripPixels()
	{
		return stripPixels;
	}

	/** The most pixels held at once: tiles plus strip. */
	public long peakResidentPixels()
	{
		return peakHeldTilePixels + stripPixels;
	}

	public double seconds()
	{
		return seconds;
	}

	@Override
	public String toString()
	{
		return String.format(Locale.ROOT, "%s%d/%d tiles blended; held at most %d tile px + %d strip px; %.3f s", cancelled ? "CANCELLED: " : "", tilesDone, tiles,
				peakHeldTilePixels, stripPixels, seconds);
	}
}
