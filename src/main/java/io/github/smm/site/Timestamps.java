package io.github.smm.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Update-site timestamps: the digits {@code yyyyMMddHHmmss} read as a number, e.g.
 * {@code 20261122041623}. They name stored files ({@code <path>-<timestamp>}) and order releases.
 * This generator writes them in UTC.
 */
public final class Timestamps
{
	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
		.withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);

	private Timestamps()
	{}

	/** The timestamp of an instant, in UTC. */
	public static long of(final Instant instant)
	{
		return Long.parseLong(FORMAT.format(instant));
	}

	/** The timestamp of the current second, in UTC. */
	public static long now()
	{
		return of(Instant.now());
	}

	/**
	 * Parses and checks a timestamp written as 14 digits naming a real date and time.
	 *
	 * @param what names the value in the exception, e.g. the option or attribute it came from
	 */
	public static long parse(final String text, final String what)
	{
		if (text == null || !text.matches("[0-9]{14}"))
			throw new UpdateSiteException(what, "timestamp '" + text + "' is not 14 digits yyyyMMddHHmmss");
		try
		{
			FORMAT.parse(text);
		}
		catch (final DateTimeParseException e)
		{
			throw new UpdateSiteException(what, "timestamp '" + text + "' is not a valid date and time");
		}
		return Long.parseLong(text);
	}
}
