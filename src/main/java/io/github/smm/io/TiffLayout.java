package io.github.smm.io;

/**
 * How a TIFF plane's pixels are cut into strips or tiles (bits per sample, samples per pixel,
 * rows per strip, planar configuration, tile size): the number of bytes each strip or tile
 * holds once decompressed.
 */
final class TiffLayout
{
	private static final int BITS = 258, SAMPLES = 277, ROWS_PER_STRIP = 278, PLANAR = 284, TILE_WIDTH = 322, TILE_HEIGHT = 323;

	private long bits = 1, samples = 1, rowsPerStrip = -1, planar = 1, tileWidth = -1, tileHeight = -1;

	/** Takes the value of {@code tag} when it is one of the layout's. */
	void read(final int tag, final long value)
	{
		if (tag == BITS)
			bits = value;
		else if (tag == SAMPLES)
			samples = value;
		else if (tag == ROWS_PER_STRIP)
			rowsPerStrip = value;
		else if (tag == PLANAR)
			planar = value;
		else if (tag == TILE_WIDTH)
			tileWidth = value;
		else if (tag == TILE_HEIGHT)
			tileHeight = value;
	}

	boolean tiled()
	{
		return tileWidth > 0 && tileHeight > 0;
	}

	/** The decompressed bytes of strip or tile {@code index} of a {@code width} × {@code height} plane. */
	long bytes(final int index, final long width, final long height)
	{
		final long perPixel = planar == 2 ? 1 : Math.max(1, samples);
		if (tiled())
			return (tileWidth * bits * perPixel + 7) / 8 * tileHeight;
		final long rows = rowsPerStrip <= 0 || rowsPerStrip > height ? height : rowsPerStrip;
		final long strips = (height + rows - 1) / rows;
		final long first = index % strips * rows;
		return (width * bits * perPixel + 7) / 8 * Math.min(rows, height - first);
	}
}
