package io.github.smm.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tile offsets from a CSV table or from file names.
 * <p>
 * <b>Folder CSV</b>: header {@code file,x,y} (any order, case-insensitive, extra columns
 * ignored), one row per tile; {@code file} is relative to the tile folder.
 * </p>
 * <p>
 * <b>Stack CSV</b>: header {@code slice,x,y}, one row per slice, slices numbered from 1 as in
 * ImageJ, each exactly once.
 * </p>
 * <p>
 * <b>File names</b>: the name without its extension holds {@code x<X>} followed by
 * {@code y<Y>} (or {@code y<Y>} followed by {@code x<X>}), each a whole number, case-insensitive,
 * separated by {@code _}, {@code -} or nothing, and delimited from the rest of the name by
 * {@code _}, {@code -}, {@code .}, a space or the name's ends. Accepted:
 * {@code tile_x512_y1024.tif}, {@code x512y1024.png}, {@code img-X0-Y256-labels.tiff},
 * {@code tile_y1024_x512.tif}. Not accepted: {@code tile_512_1024.tif} (no x/y),
 * {@code box_x1_y2_x3_y4.tif} (two positions).
 * </p>
 */
public final class TileOffsets
{
	private static final String SEP = "[_\\-. ]";

	private static final Pattern X_THEN_Y = Pattern.compile("(?i)(?:^|" + SEP + ")x(\\d+)[_\\-]?y(\\d+)(?=$|" + SEP + ")");

	private static final Pattern Y_THEN_X = Pattern.compile("(?i)(?:^|" + SEP + ")y(\\d+)[_\\-]?x(\\d+)(?=$|" + SEP + ")");

	private TileOffsets()
	{}

	/**
	 * The offsets of a {@code file,x,y} table, in file order.
	 *
	 * @throws FormatException naming the file and line of a missing column, a non-integer
	 *             coordinate, an empty or repeated file name
	 */
	public static List<TileOffset> readFolderCsv(final Path csv) throws IOException
	{
		return readTable(Csv.read(csv), "file");
	}

	/**
	 * The offsets of a {@code slice,x,y} table for a stack of {@code slices} tiles, ordered by
	 * slice; offset {@code k} is named {@code slice <k + 1>}.
	 *
	 * @throws FormatException naming the file and line of a slice out of {@code 1..slices} or
	 *             repeated, or naming a slice without a row
	 */
	public static List<TileOffset> readStackCsv(final Path csv, final int slices) throws IOException
	{
		final Csv table = Csv.read(csv);
		final List<TileOffset> rows = readTable(table, "slice");
		final TileOffset[] bySlice = new TileOffset[slices];
		for (int i = 0; i < rows.size(); i++)
		{
			final Csv.Row row = table.rows.get(i);
			final long s = table.longAt(row, table.column("slice"));
			if (s < 1 || s > slices)
				throw new FormatException(table.where(row) + "slice " + s + " is not in 1.." + slices);
			if (bySlice[(int) s - 1] != null)
				throw new FormatException(table.where(row) + "slice " + s + " is given twice");
			bySlice[(int) s - 1] = new TileOffset("slice " + s, rows.get(i).x(), rows.get(i).y());
		}
		for (int s = 0; s < slices; s++)
			if (bySlice[s] == null)
				throw new FormatException(csv + ": no row for slice " + (s + 1) + " of " + slices);
		return List.of(bySlice);
	}

	private static List<TileOffset> readTable(final Csv table, final String nameColumn)
	{
		final int n = table.column(nameColumn), x = table.column("x"), y = table.column("y");
		final List<TileOffset> out = new ArrayList<>();
		final Map<String, Integer> lineOf = new HashMap<>();
		for (final Csv.Row row : table.rows)
		{
			final String name = row.cells[n].trim();
			if (name.isEmpty())
				throw new FormatException(table.where(row) + "empty " + nameColumn);
			final Integer earlier = lineOf.putIfAbsent(name, row.line);
			if (earlier != null)
				throw new FormatException(table.where(row) + nameColumn + " '" + name + "' is already given on line " + earlier);
			out.add(new TileOffset(name, table.longAt(row, x), table.longAt(row, y)));
		}
		return out;
	}

	/**
	 * The offset written in a file name (see the accepted patterns above).
	 *
	 * @throws FormatException naming the file when it holds no position or more than one
	 */
	public static TileOffset fromFileName(final String fileName)
	{
		final int dot = fileName.lastIndexOf('.');
		final List<long[]> found = positions(dot > 0 ? fileName.substring(0, dot) : fileName, fileName);
		if (found.isEmpty())
			throw new FormatException(fileName + ": the file name holds no tile position like 'tile_x512_y1024.tif'");
		if (found.size() > 1)
			throw new FormatException(fileName + ": the file name holds more than one tile position (x..y..)");
		return new TileOffset(fileName, found.get(0)[0], found.get(0)[1]);
	}

	/**
	 * The tile origin written in a name such as a ROI's ({@code x512_y1024}, {@code cell-3_y0x512};
	 * the patterns above, with no extension removed), or {@code null} when it holds none or
	 * more than one.
	 */
	public static TileOffset inName(final String name)
	{
		if (name == null || name.isEmpty())
			return null;
		final List<long[]> found = positions(name, name);
		return found.size() == 1 ? new TileOffset(name, found.get(0)[0], found.get(0)[1]) : null;
	}

	private static List<long[]> positions(final String base, final String what)
	{
		final List<long[]> found = new ArrayList<>();
		for (final Pattern p : new Pattern[] { X_THEN_Y, Y_THEN_X })
		{
			final Matcher m = p.matcher(base);
			int from = 0;
			while (from <= base.length() && m.find(from))
			{
				final long a = parse(m.group(1), what), b = parse(m.group(2), what);
				found.add(p == X_THEN_Y ? new long[] { a, b } : new long[] { b, a });
				from = m.end(2);
			}
		}
		return found;
	}

	private static long parse(final String digits, final String fileName)
	{
		try
		{
			return Long.parseLong(digits);
		}
		catch (final NumberFormatException e)
		{
			throw new FormatException(fileName + ": tile position " + digits + " is too large", e);
		}
	}
}
