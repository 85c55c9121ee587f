package io.github.smm.bioimageio;

import java.util.Locale;

/** The type of a tensor axis in a model description. */
public enum AxisKind
{
	BATCH, CHANNEL, INDEX, TIME, SPACE;

	/** The kind of a 0.5 {@code type} value ({@code batch}, {@code channel}, {@code index}, {@code time}, {@code space}), or null. */
	static AxisKind ofType(final String type)
	{
		for (final AxisKind k : values())
			if (k.name().toLowerCase(Locale.ROOT).equals(type))
				return k;
		return null;
	}

	/** The kind of a 0.4 axis letter ({@code b c i t x y z}), or null. */
	static AxisKind ofLetter(final char c)
	{
		switch (c)
		{
		case 'b':
			return BATCH;
		case 'c':
			return CHANNEL;
		case 'i':
			return INDEX;
		case 't':
			return TIME;
		case 'x':
		case 'y':
		case 'z':
			return SPACE;
		default:
			return null;
		}
	}

	/** The 0.5 id of a 0.4 axis letter: {@code b} is {@code batch}, {@code c} {@code channel}, … */
	static String idOfLetter(final char c)
	{
		switch (c)
		{
		case 'b':
			return "batch";
		case 'c':
			return "channel";
		case 'i':
			return "index";
		case 't':
			return "time";
		default:
			return String.valueOf(c);
		}
	}

	/** The default id of an axis of this kind (space axes have none). */
	String defaultId()
	{
		return this == SPACE ? "x" : name().toLowerCase(Locale.ROOT);
	}
}
