package io.github.smm.volume;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Block offsets from file names such as {@code block_x0_y512_z64.tif}, {@code x0y512z64.tif} or
 * {@code img-X0-Y256-Z32.tif}: the numbers after x, y and z (in that order, separated by nothing,
 * {@code _} or {@code -}).
 */
public final class BlockNames
{
	private static final Pattern OFFSET = Pattern.compile("(?:^|[^a-z])x(\\d+)[_-]?y(\\d+)[_-]?z(\\d+)(?:[^0-9]|$)");

	private BlockNames()
	{}

	/** The offset {@code {x, y, z}} in the name, or {@code null} when the name holds none. */
	public static long[] offset(final String fileName)
	{
		final Matcher m = OFFSET.matcher(fileName.toLowerCase(Locale.ROOT));
		if (!m.find())
			return null;
		return new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)) };
	}
}
