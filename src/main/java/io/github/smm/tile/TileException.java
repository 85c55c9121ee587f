package io.github.smm.tile;

/** A tile's source or segmenter misbehaved; the message names the tile. */
public class TileException extends RuntimeException
{
	private static final long serialVersionUID = 1L;

	private final int tile;

	public TileException(final Tile tile, final String problem)
	{
		super(tile + ": " + problem);
		this.tile = tile.index();
	}

	/** The index of the offending tile. */
	public int tileIndex()
	{
		return tile;
	}
}
