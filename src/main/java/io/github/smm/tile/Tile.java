package io.github.smm.tile;

import io.github.smm.model.Box;

/**
 * One tile of a {@link TilePlan}: its position in the sweep, the region handed to the
 * segmenter (always the plan's tile size; it may reach beyond the image under
 * {@link EdgePolicy#PAD}) and its window, the part of the region inside the image.
 */
public final class Tile
{
	private final int index, band, position;
	private final Box region, window;

	Tile(final int index, final int band, final int position, final Box region, final Box window)
	{
		this.index = index;
		this.band = band;
		this.position = position;
		this.region = region;
		this.window = window;
	}

	/** The position in the sweep: tile {@code k} is read at step {@code k}. */
	public int index()
	{
		return index;
	}

	/** The band (row or column of tiles, by the plan's sweep order) the tile belongs to. */
	public int band()
	{
		return band;
	}

	/** The position inside its band, from 0. */
	public int position()
	{
		return position;
	}

	/** The pixels given to the segmenter, in global coordinates; padded outside the image. */
	public Box region()
	{
		return region;
	}

	/** The part of {@link #region()} inside the image: what the tile actually saw. */
	public Box window()
	{
		return window;
	}

	/** True when the region reaches beyond the image (padded). */
	public boolean isPadded()
	{
		return !region.equals(window);
	}

	@Override
	public boolean equals(final Object obj)
	{
		if (!(obj instanceof Tile))
			return false;
		final Tile t = (Tile) obj;
		return index == t.index && band == t.band && position == t.position && region.equals(t.region) && window.equals(t.window);
	}

	@Override
	public int hashCode()
	{
		return index * 31 + region.hashCode();
	}

	@Override
	public String toString()
	{
		return "tile " + index + " (band " + band + ", position " + position + ") " + (isPadded() ? "region " + region + ", window " + window : window.toString());
	}
}
