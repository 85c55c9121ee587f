package io.github.smm.tile;

/**
 * The order in which tiles are visited. Tiles are visited band by band (a band is one row or
 * one column of tiles), and what is held in memory is one band's front, so the band should
 * lie along the shorter side of the image.
 */
public enum SweepOrder
{
	/** Bands along the shorter side of the image; see {@link #resolve(long, long)}. */
	AUTO,
	/** Row of tiles after row of tiles, top to bottom; left to right inside a row. */
	ROWS,
	/** Column of tiles after column of tiles, left to right; top to bottom inside a column. */
	COLUMNS;

	/**
	 * The concrete order for an image: {@link #AUTO} becomes {@link #ROWS} when the image is
	 * taller than wide or square (each row of tiles then spans the shorter side) and
	 * {@link #COLUMNS} when it is wider than tall; the others stay as they are.
	 */
	public SweepOrder resolve(final long width, final long height)
	{
		if (this != AUTO)
			return this;
		return width > height ? COLUMNS : ROWS;
	}
}
