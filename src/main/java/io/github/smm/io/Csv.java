package io.github.smm.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small comma-separated table reader: a header line, then one row per line. Fields may be
 * quoted with {@code "} (a doubled quote inside is a quote); quoted fields cannot span lines.
 * Blank lines are skipped, a leading byte-order mark is ignored, header names are matched
 * case-insensitively. Errors name the file and line.
 */
final class Csv
{
	/** One data line: its 1-based line number and its fields. */
	static final class Row
	{
		final int line;
		final String[] cells;

		Row(final int line, final String[] cells)
		{
			this.line = line;
			this.cells = cells;
		}
	}

	final Path file;
	final List<String> header;
	final List<Row> rows;

	private Csv(final Path file, final List<String> header, final List<Row> rows)
	{
		this.file = file;
		this.header = header;
		this.rows = rows;
	}

	/** Reads {@code file}; fails when it is empty or a row's field count differs from the header's. */
	static Csv read(final Path file) throws IOException
	{
		final List<String> header = new ArrayList<>();
		final List<Row> rows = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8))
		{
			String text;
			int line = 0;
			while ((text = in.readLine()) != null)
			{
				line++;
				if (line == 1 && text.startsWith("\uFEFF"))
					text = text.substring(1);
				if (text.trim().isEmpty())
					continue;
				final String[] cells = split(text, file, line);
				if (header.isEmpty())
				{
					for (final String c : cells)
						header.add(c.trim().toLowerCase(Locale.ROOT));
					continue;
				}
				if (cells.length != header.size())
					throw new FormatException(file + ", line " + line + ": " + cells.length + " fields, but the header has " + header.size());
				rows.add(new Row(line, cells));
			}
		}
		if (header.isEmpty())
			throw new FormatException(file + ": empty file; expected a header line");
		return new Csv(file, header, rows);
	}

	/** Index of the named column. */
	int column(final String name)
	{
		final int i = header.indexOf(name);
		if (i < 0)
			throw new FormatException(file + ": no column '" + name + "' in the header " + String.join(",", header));
		return i;
	}

	/** Field {@code column} of {@code row} as a long. */
	long longAt(final Row row, final int column)
	{
		final String s = row.cells[column].trim();
		try
		{
			return Long.parseLong(s);
		}
		catch (final NumberFormatException e)
		{
			throw new FormatException(where(row) + header.get(column) + " '" + s + "' is not an integer", e);
		}
	}

	/** Field {@code column} of {@code row} as an int. */
	int intAt(final Row row, final int column)
	{
		final long v = longAt(row, column);
		if (v != (int) v)
			throw new FormatException(where(row) + header.get(column) + " " + v + " is out of the int range");
		return (int) v;
	}

	/** Field {@code column} of {@code row} as a double. */
	double doubleAt(final Row row, final int column)
	{
		final String s = row.cells[column].trim();
		try
		{
			return Double.parseDouble(s);
		}
		catch (final NumberFormatException e)
		{
			throw new FormatException(where(row) + header.get(column) + " '" + s + "' is not a number", e);
		}
	}

	/** The message prefix naming the file and line of {@code row}. */
	String where(final Row row)
	{
		return file + ", line " + row.line + ": ";
	}

	private static String[] split(final String text, final Path file, final int line)
	{
		final List<String> cells = new ArrayList<>();
		final StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++)
		{
			final char c = text.charAt(i);
			if (quoted)
			{
				if (c != '"')
					cell.append(c);
				else if (i + 1 < text.length() && text.charAt(i + 1) == '"')
					cell.append(text.charAt(++i));
				else
					quoted = false;
			}
			else if (c == '"')
				quoted = true;
			else if (c == ',')
			{
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else
				cell.append(c);
		}
		if (quoted)
			throw new FormatException(file + ", line " + line + ": unterminated quoted field");
		cells.add(cell.toString());
		return cells.toArray(new String[0]);
	}

	/** A field for writing: quoted when it holds a comma, quote or line break. */
	static String field(final String s)
	{
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0)
			return s;
		return '"' + s.replace("\"", "\"\"") + '"';
	}
}
