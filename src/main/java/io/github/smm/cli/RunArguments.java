package io.github.smm.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses Fiji's {@code --run} argument syntax: {@code key=value,key='value, with commas',...}.
 * Values may be quoted with single or double quotes or brackets ({@code [a b]}); keys are
 * lower-cased.
 */
public final class RunArguments
{
	private RunArguments()
	{}

	/**
	 * @throws IllegalArgumentException naming the item that has no {@code =} or an unclosed quote
	 */
	public static Map<String, String> parse(final String text)
	{
		final Map<String, String> out = new LinkedHashMap<>();
		int i = 0;
		final int n = text.length();
		while (i < n)
		{
			while (i < n && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i))))
				i++;
			if (i >= n)
				break;
			final int eq = text.indexOf('=', i);
			final int comma = text.indexOf(',', i);
			if (eq < 0 || comma >= 0 && comma < eq)
				throw new IllegalArgumentException("argument '" + text.substring(i, comma < 0 ? n : comma).trim() + "' is not key=value");
			final String key = text.substring(i, eq).trim().toLowerCase(java.util.Locale.ROOT);
			i = eq + 1;
			final StringBuilder value = new StringBuilder();
			if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '"' || text.charAt(i) == '['))
			{
				final char close = text.charAt(i) == '[' ? ']' : text.charAt(i);
				final int end = text.indexOf(close, i + 1);
				if (end < 0)
					throw new IllegalArgumentException("argument '" + key + "' has an unclosed " + text.charAt(i));
				value.append(text, i + 1, end);
				i = end + 1;
			}
			else
			{
				final int end = comma < 0 ? n : comma;
				value.append(text, i, end);
				i = end;
			}
			if (key.isEmpty())
				throw new IllegalArgumentException("argument with an empty key");
			out.put(key, value.toString().trim());
		}
		return out;
	}
}
