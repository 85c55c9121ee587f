package io.github.smm.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.io.TileGridSpec;
import io.github.smm.io.TileOffset;
import io.github.smm.io.TileOffsets;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.tile.TileGrid;
import io.github.smm.tile.TileWindows;
import io.github.smm.tile.WindowAssignment;

/**
 * Source windows of named objects (ROIs, GeoJSON features) from the tile grid and from names
 * that hold the tile origin ({@code x512_y1024}, as per-tile exports name them): with the image
 * size (or a tiles table) a named object gets the window of the grid tile starting at its
 * origin and the others the window {@link TileWindows} finds; with {@code tile_size} but no
 * image, every object must name its origin, and its window is the {@code tile_size} square there.
 */
final class NamedWindows
{
	private NamedWindows()
	{}

	/**
	 * The instances with windows; {@code imageSize} is {@code {width, height}} or {@code null}.
	 *
	 * @throws IllegalArgumentException naming the ROI whose origin is not a grid tile, or
	 *             asking for the image when the grid needs its size
	 */
	static WindowAssignment assign(final List<Instance> items, final List<String> names, final String kind, final TileGridSpec spec, final long[] imageSize, final String imageName)
			throws IOException
	{
		final List<Instance> out = new ArrayList<>(items.size());
		if (!spec.isGiven())
			return TileWindows.assign(items, null);
		if (imageSize == null && spec.needsImageSize())
		{
			for (int i = 0; i < items.size(); i++)
			{
				final TileOffset o = TileOffsets.inName(names.get(i));
				if (o == null)
					throw new IllegalArgumentException("tile_size needs the image size to rebuild the grid: give 'image' (" + kind + " '" + names.get(i) + "' holds no tile origin like x512_y1024)");
				final Instance p = items.get(i);
				out.add(new Instance(p.id(), p.mask(), p.score(), p.classId(), Box.ofSize(o.x(), o.y(), spec.tileSize(), spec.tileSize()), Instance.NO_TILE));
			}
			return TileWindows.assign(out, null);
		}
		final long[] size = imageSize != null ? imageSize : bounds(items, spec.tableExtent());
		final TileGrid grid = spec.gridFor(size[0], size[1], imageName);
		for (int i = 0; i < items.size(); i++)
		{
			final TileOffset o = TileOffsets.inName(names.get(i));
			out.add(o == null ? items.get(i) : TileWindows.atOrigin(items.get(i), o.x(), o.y(), grid, kind + " '" + names.get(i) + "'"));
		}
		return TileWindows.assign(out, grid);
	}

	/** How many names hold a tile origin. */
	static int namedOrigins(final List<String> names)
	{
		int n = 0;
		for (final String name : names)
			if (TileOffsets.inName(name) != null)
				n++;
		return n;
	}

	/** For a tiles table without an image: the extent of the table and the objects. */
	private static long[] bounds(final List<Instance> items, final long[] table)
	{
		long w = table[0], h = table[1];
		for (final Instance r : items)
		{
			w = Math.max(w, r.box().maxX);
			h = Math.max(h, r.box().maxY);
		}
		return new long[] { w, h };
	}
}
