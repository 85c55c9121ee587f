package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import io.github.smm.InvalidOptionException;
import io.github.smm.model.Box;

/**
 * The tile windows a slicing tool cut one image into, in row-major order (rows of tiles top to
 * bottom, each left to right — SAHI's order), or in the order of a tiles table. Tile {@code k}
 * of the grid is {@code windows().get(k)}; {@link TileWindows} gives predictions the window they
 * came from.
 *
 * <pre>
 * TileGrid grid = TileGrid.of(TilePlan.of(4176, 3120, 512, Overlap.pixels(64)));
 * </pre>
 */
public final class TileGrid
{
	private final Box image;
	private final List<Box> windows;
	private final Map<Long, Map<Long, Integer>> byOrigin = new HashMap<>();
	private final STRtree index = new STRtree();

	private TileGrid(final Box image, final List<Box> windows)
	{
		this.image = image;
		this.windows = Collections.unmodifiableList(new ArrayList<>(windows));
		for (int k = 0; k < windows.size(); k++)
		{
			final Box w = windows.get(k);
			byOrigin.computeIfAbsent(w.minX, x -> new HashMap<>()).putIfAbsent(w.minY, k);
			index.insert(new Envelope(w.minX, w.maxX, w.minY, w.maxY), k);
		}
		index.build();
	}

	/** The windows of a tile plan (image-clipped tile regions), row-major. */
	public static TileGrid of(final TilePlan plan)
	{
		final List<Box> windows = new ArrayList<>(plan.tileCount());
		final TileAxis x = plan.xAxis(), y = plan.yAxis();
		for (int r = 0; r < y.count(); r++)
			for (int c = 0; c < x.count(); c++)
				windows.add(new Box(x.origin(c), y.origin(r), x.windowEnd(c), y.windowEnd(r)));
		return new TileGrid(plan.image(), windows);
	}

	/**
	 * Given windows on an image; each is clipped to the image.
	 *
	 * @throws InvalidOptionException naming the first window that is empty or outside the
	 *             image, or when there is none
	 */
	public static TileGrid of(final Box image, final List<Box> windows)
	{
		if (windows.isEmpty())
			throw new InvalidOptionException("tiles", "no tile window given");
		final List<Box> clipped = new ArrayList<>(windows.size());
		for (int k = 0; k < windows.size(); k++)
		{
			final Box w = windows.get(k).intersect(image);
			if (w.isEmpty())
				throw new InvalidOptionException("tiles", "tile " + k + " " + windows.get(k) + " is empty or outside the image " + image);
			clipped.add(w);
		}
		return new TileGrid(image, clipped);
	}

	/** The image the windows lie on. */
	public Box image()
	{
		return image;
	}

	/** The windows; tile {@code k} is window {@code k}. */
	public List<Box> windows()
	{
		return windows;
	}

	public int size()
	{
		return windows.size();
	}

	/** The first tile whose window starts at {@code (x, y)}, or -1. */
	public int tileAt(final long x, final long y)
	{
		final Map<Long, Integer> column = byOrigin.get(x);
		final Integer k = column == null ? null : column.get(y);
		return k == null ? -1 : k;
	}

	/** The tiles whose window contains {@code box}, ascending. */
	public List<Integer> containing(final Box box)
	{
		final List<Integer> out = new ArrayList<>();
		for (final Object o : index.query(new Envelope(box.minX, box.maxX - 1, box.minY, box.maxY - 1)))
			if (windows.get((Integer) o).contains(box))
				out.add((Integer) o);
		Collections.sort(out);
		return out;
	}

	/**
	 * True when {@code box} touches a border of window {@code k} that lies inside the image:
	 * an edge where the tile cut what it saw (the image border cuts nothing).
	 */
	public boolean touchesInnerBorder(final int k, final Box box)
	{
		final Box w = windows.get(k);
		return box.minX == w.minX && w.minX > image.minX || box.maxX == w.maxX && w.maxX < image.maxX
				|| box.minY == w.minY && w.minY > image.minY || box.maxY == w.maxY && w.maxY < image.maxY;
	}

	@Override
	public String toString()
	{
		return String.format(Locale.ROOT, "%d tile windows on %d x %d px", windows.size(), image.width(), image.height());
	}
}
