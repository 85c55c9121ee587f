package io.github.smm.command;

/**
 * Values of an ImageJ macro options string ({@code key=value key=[a value] key='a value'}) by
 * whole key: {@code threshold} is not found in {@code probability_threshold=0.5}, unlike
 * ImageJ's {@code Macro.getValue}, which only requires no letter before the key.
 */
final class MacroOptions
{
	private MacroOptions()
	{}

	/** The value of {@code key} in {@code options}, or {@code null} when it is not given. */
	static String value(final String options, final String key)
	{
		final String s = options + " ", k = key + "=";
		for (int at = s.indexOf(k); at >= 0; at = s.indexOf(k, at + 1))
			if (at == 0 || Character.isWhitespace(s.charAt(at - 1)))
				return valueAt(s, at + k.length());
		return null;
	}

	private static String valueAt(final String s, final int start)
	{
		final char first = s.charAt(start);
		if (first == '\'')
		{
			final int end = s.indexOf('\'', start + 1);
			return end < 0 ? null : s.substring(start + 1, end);
		}
		if (first == '[')
		{
			int depth = 0;
			for (int i = start; i < s.length(); i++)
				if (s.charAt(i) == '[')
					depth++;
				else if (s.charAt(i) == ']' && --depth == 0)
					return s.substring(start + 1, i);
			return null;
		}
		return s.substring(start, s.indexOf(' ', start));
	}
}
