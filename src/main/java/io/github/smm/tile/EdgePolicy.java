package io.github.smm.tile;

/** What the last tile of a row or column does when the tiles do not fit the image exactly. */
public enum EdgePolicy
{
	/**
	 * The last tile is shifted inward so that it ends on the image border: every tile is full
	 * size (as SAHI slices), and the last overlap is larger than the others. An image smaller
	 * than a tile gets one tile of the image's size along that axis.
	 */
	SHIFT,
	/**
	 * The last tile keeps the regular stride and extends beyond the image; the part outside is
	 * padded with zeros when the tile is read. Its {@link Tile#window() window} stops at the
	 * image border.
	 */
	PAD
}
