package io.github.smm.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.github.smm.ij.RoiInstance;
import io.github.smm.io.TileGridSpec;
import io.github.smm.io.TileOffset;
import io.github.smm.io.TileOffsets;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.tile.TileGrid;
import io.github.smm.tile.TileWindows;
import io.github.smm.tile.WindowAssignment;

/**
 * Source windows of ROIs from the tile grid and from ROI names that hold the tile origin
 * ({@code x512_y1024}, as per-tile exports name them): with the image size (or a tiles
 * table) a named ROI gets the window of the grid tile starting at its origin and the others
 * the window {@link TileWindows} finds; with {@code tile_size} but no image, every ROI must
 * name its origin, and its window is the {@code tile_size} square there.
 */
final class RoiWindows
{
	private RoiWindows()
	{}

	/**
	 * The instances with windows; {@code imageSize} is {@code {width, height}} or {@code null}.
	 *
	 * @throws IllegalArgumentException naming the ROI whose origin is not a grid tile, or
	 *             asking for the image when the grid needs its size
	 */
	static WindowAssignment assign(final List<RoiInstance> items, final TileGridSpec spec, final long[] imageSize, final String imageName) throws IOException
	{
		final List<Instance> out = new ArrayList<>(items.size());
		if (!spec.isGiven())
			return TileWindows.assign(instances(items), null);
		if (imageSize == null && spec.needsImageSize())
		{
			for (final RoiInstance r : items)
			{
				final TileOffset o = TileOffsets.inName(r.name());
				if (o == null)
					throw new IllegalArgumentException("tile_size needs the image size to rebuild the grid: give 'image' (ROI '" + r.name() + "' holds no tile origin like x512_y1024)");
				final Instance p = r.instance();
				out.add(new Instance(p.id(), p.mask(), p.score(), p.classId(), Box.ofSize(o.x(), o.y(), spec.tileSize(), spec.tileSize()), Instance.NO_TILE));
			}
			return TileWindows.assign(out, null);
		}
		final long[] size = imageSize != null ? imageSize : bounds(items, spec.tableExtent());
		final TileGrid grid = spec.gridFor(size[0], size[1], imageName);
		for (final RoiInstance r : items)
		{
			final TileOffset o = TileOffsets.inName(r.name());
			out.add(o == null ? r.instance() : TileWindows.atOrigin(r.instance(), o.x(), o.y(), grid, "ROI '" + r.name() + "'"));
		}
		return TileWindows.assign(out, grid);
	}

	/** How many ROI names hold a tile origin. */
	static int namedOrigins(final List<RoiInstance> items)
	{
		int n = 0;
		for (final RoiInstance r : items)
			if (TileOffsets.inName(r.name()) != null)
				n++;
		return n;
	}

	private static List<Instance> instances(final List<RoiInstance> items)
	{
		final List<Instance> out = new ArrayList<>(items.size());
		for (final RoiInstance r : items)
			out.add(r.instance());
		return out;
	}

	/** For a tiles table without an image: the extent of the table and the ROIs. */
	private static long[] bounds(final List<RoiInstance> items, final long[] table)
	{
		long w = table[0], h = table[1];
		for (final RoiInstance r : items)
		{
			w = Math.max(w, r.instance().box().maxX);
			h = Math.max(h, r.instance().box().maxY);
		}
		return new long[] { w, h };
	}
}
