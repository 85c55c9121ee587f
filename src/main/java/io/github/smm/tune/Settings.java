package io.github.smm.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.smm.MergeOptions;

/** The values one trial gives the parameters of a search space: merge option key → value text. */
public final class Settings
{
	private final Map<String, String> values;

	Settings(final Map<String, String> values)
	{
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** The values by key, in search-space order. */
	public Map<String, String> values()
	{
		return values;
	}

	/** The value of one key, or {@code null}. */
	public String get(final String key)
	{
		return values.get(key);
	}

	/** The options {@code base} with these values set ({@link MergeOptions#with(String, String)}). */
	public MergeOptions applyTo(final MergeOptions base)
	{
		MergeOptions o = base;
		for (final Map.Entry<String, String> e : values.entrySet())
			o = o.with(e.getKey(), e.getValue());
		return o;
	}

	@Override
	public boolean equals(final Object o)
	{
		return o instanceof Settings && ((Settings) o).values.equals(values);
	}

	@Override
	public int hashCode()
	{
		return values.hashCode();
	}

	/** {@code key=value} pairs separated by spaces. */
	@Override
	public String toString()
	{
		final StringBuilder sb = new StringBuilder();
		values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
		return sb.toString();
	}
}
