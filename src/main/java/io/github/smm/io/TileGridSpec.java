package io.github.smm.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.smm.InvalidOptionException;
import io.github.smm.model.Box;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TileGrid;
import io.github.smm.tile.TilePlan;

/**
 * The slice grid a user says produced the predictions: {@code tile_size} + {@code overlap}
 * (the grid of {@link TilePlan}: tiles {@code tile_size − overlap} apart from the top-left
 * corner, the last one of each row and column flush with the image border, as SAHI slices), or
 * a {@code tiles} table.
 * <p>
 * <b>Tiles table</b>: CSV with header {@code x,y,width,height} and optionally {@code image}
 * (any order, case-insensitive, extra columns ignored), one row per tile window. A row whose
 * {@code image} is empty applies to every image; otherwise to the image with that name (a COCO
 * image's id or {@code file_name}, with or without its extension). Windows are clipped to the
 * image.
 * </p>
 */
public final class TileGridSpec
{
	/** One window of the tiles table. */
	private static final class Row
	{
		final Box window;
		final String image;
		final String where;

		Row(final Box window, final String image, final String where)
		{
			this.window = window;
			this.image = image;
			this.where = where;
		}
	}

	private final int tileSize;
	private final Overlap overlap;
	private final Path table;
	private final List<Row> rows;

	private TileGridSpec(final int tileSize, final Overlap overlap, final Path table, final List<Row> rows)
	{
		this.tileSize = tileSize;
		this.overlap = overlap;
		this.table = table;
		this.rows = rows;
	}

	/** No grid. */
	public static TileGridSpec none()
	{
		return new TileGridSpec(0, null, null, List.of());
	}

	/**
	 * The grid of the commands' keys: {@code tileSize} 0 and no table means no grid.
	 *
	 * @param overlap below 1 a ratio of the tile size, from 1 on pixels
	 * @param tiles the tiles table, or {@code null}
	 * @throws InvalidOptionException when both a tile size and a table are given, or a value is
	 *             out of range
	 * @throws FormatException naming the table's file and line of a bad row
	 */
	public static TileGridSpec of(final int tileSize, final double overlap, final Path tiles) throws IOException
	{
		if (tileSize < 0)
			throw new InvalidOptionException("tile_size", "must be 0 (no grid) or a tile side in pixels, got " + tileSize);
		if (tileSize > 0 && tiles != null)
			throw new InvalidOptionException("tiles", "give either tile_size and overlap or a tiles table, not both");
		if (tiles != null)
			return new TileGridSpec(0, null, tiles, read(tiles));
		if (tileSize == 0)
			return none();
		final Overlap o = Overlap.of(overlap);
		if (o.pixelsFor(tileSize) >= tileSize)
			throw new InvalidOptionException("overlap", "must be smaller than tile_size " + tileSize + ", got " + o.pixelsFor(tileSize) + " px");
		return new TileGridSpec(tileSize, o, null, List.of());
	}

	private static List<Row> read(final Path file) throws IOException
	{
		final Csv csv = Csv.read(file);
		final int x = csv.column("x"), y = csv.column("y"), w = csv.column("width"), h = csv.column("height");
		final int image = csv.header.indexOf("image");
		final List<Row> out = new ArrayList<>();
		for (final Csv.Row row : csv.rows)
		{
			final long width = csv.longAt(row, w), height = csv.longAt(row, h);
			if (width < 1 || height < 1)
				throw new FormatException(csv.where(row) + "tile size " + width + "x" + height + " is not positive");
			out.add(new Row(Box.ofSize(csv.longAt(row, x), csv.longAt(row, y), width, height), image < 0 ? "" : row.cells[image].trim(), csv.where(row)));
		}
		if (out.isEmpty())
			throw new FormatException(file + ": no tile window (expected rows x,y,width,height[,image])");
		return out;
	}

	/** True when a grid is given. */
	public boolean isGiven()
	{
		return tileSize > 0 || table != null;
	}

	/** True when the grid is computed from the image size ({@code tile_size} + {@code overlap}). */
	public boolean needsImageSize()
	{
		return tileSize > 0;
	}

	/** The extent {@code {width, height}} of the table's windows from the origin, or {@code null} without a table. */
	public long[] tableExtent()
	{
		if (table == null)
			return null;
		long w = 0, h = 0;
		for (final Row r : rows)
		{
			w = Math.max(w, r.window.maxX);
			h = Math.max(h, r.window.maxY);
		}
		return new long[] { w, h };
	}

	/** The tile side of {@code tile_size}, or 0 for a table or no grid. */
	public int tileSize()
	{
		return tileSize;
	}

	/**
	 * The grid of one image, or {@code null} when none is given.
	 *
	 * @param names the image's names in the tiles table's {@code image} column (id, file name)
	 * @throws InvalidOptionException when the table names images but none of these
	 */
	public TileGrid gridFor(final long width, final long height, final String... names)
	{
		if (!isGiven())
			return null;
		final Box image = new Box(0, 0, width, height);
		if (tileSize > 0)
			return TileGrid.of(TilePlan.of(width, height, tileSize, overlap));
		final List<Box> windows = new ArrayList<>();
		for (final Row r : rows)
			if (r.image.isEmpty() || matches(r.image, names))
			{
				if (r.window.intersect(image).isEmpty())
					throw new FormatException(r.where + "tile window " + r.window + " lies outside the " + width + " x " + height + " image");
				windows.add(r.window);
			}
		if (windows.isEmpty())
			throw new InvalidOptionException("tiles", table + " has no window for the image " + String.join(" / ", names) + " (it names " + named() + ")");
		return TileGrid.of(image, windows);
	}

	private static boolean matches(final String image, final String... names)
	{
		for (final String n : names)
			if (n != null && !n.isEmpty() && (image.equals(n) || image.equals(withoutExtension(n)) || withoutExtension(image).equals(n)))
				return true;
		return false;
	}

	private static String withoutExtension(final String name)
	{
		final int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private String named()
	{
		final Set<String> s = new LinkedHashSet<>();
		for (final Row r : rows)
			if (!r.image.isEmpty())
				s.add(r.image);
		final List<String> l = new ArrayList<>(s);
		return l.size() <= 5 ? l.toString() : l.subList(0, 5) + String.format(Locale.ROOT, " and %d more", l.size() - 5);
	}

	@Override
	public String toString()
	{
		if (tileSize > 0)
			return "tile_size " + tileSize + ", overlap " + overlap;
		return table != null ? "tiles " + table : "no tile grid";
	}
}
