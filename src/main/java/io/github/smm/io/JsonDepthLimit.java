package io.github.smm.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader of JSON text that stops, with a {@link FormatException} naming the file, at arrays
 * and objects nested deeper than {@link #MAX_DEPTH}: no COCO or GeoJSON file needs more than a
 * handful of levels, and deep nesting would exhaust the stack of a recursive parser. Counts
 * brackets outside strings as the text streams through; costs one pass over characters already
 * read.
 */
public final class JsonDepthLimit extends FilterReader
{
	/** Deepest nesting accepted. */
	public static final int MAX_DEPTH = 512;

	private final String source;
	private int depth;
	private boolean inString, escaped;

	public JsonDepthLimit(final Reader in, final String source)
	{
		super(in);
		this.source = source;
	}

	@Override
	public int read() throws IOException
	{
		final int c = super.read();
		if (c >= 0)
			see((char) c);
		return c;
	}

	@Override
	public int read(final char[] buffer, final int offset, final int length) throws IOException
	{
		final int n = super.read(buffer, offset, length);
		for (int i = 0; i < n; i++)
			see(buffer[offset + i]);
		return n;
	}

	private void see(final char c)
	{
		if (inString)
		{
			if (escaped)
				escaped = false;
			else if (c == '\\')
				escaped = true;
			else if (c == '"')
				inString = false;
			return;
		}
		if (c == '"')
			inString = true;
		else if (c == '[' || c == '{')
		{
			if (++depth > MAX_DEPTH)
				throw new FormatException(source + ": JSON nested more than " + MAX_DEPTH + " levels deep");
		}
		else if (c == ']' || c == '}')
			depth--;
	}
}
