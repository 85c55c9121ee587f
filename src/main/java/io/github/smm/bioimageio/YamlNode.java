package io.github.smm.bioimageio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A value of a parsed yaml description with its path ({@code inputs[0].axes[2].size}), so that
 * every error names the entry at fault.
 */
final class YamlNode
{
	private final String packageName, path;
	private final Object value;

	YamlNode(final String packageName, final String path, final Object value)
	{
		this.packageName = packageName;
		this.path = path;
		this.value = value;
	}

	String packageName()
	{
		return packageName;
	}

	String path()
	{
		return path;
	}

	boolean isMissing()
	{
		return value == null;
	}

	boolean isMap()
	{
		return value instanceof Map;
	}

	boolean isList()
	{
		return value instanceof List;
	}

	boolean isNumber()
	{
		return value instanceof Number;
	}

	/** The entry {@code key} of this map (missing when absent or when this is no map). */
	YamlNode get(final String key)
	{
		final Object v = value instanceof Map ? ((Map<?, ?>) value).get(key) : null;
		return new YamlNode(packageName, path.isEmpty() ? key : path + "." + key, v);
	}

	/** The keys of this map, in file order. */
	List<String> keys()
	{
		final List<String> keys = new ArrayList<>();
		if (value instanceof Map)
			for (final Object k : ((Map<?, ?>) value).keySet())
				keys.add(String.valueOf(k));
		return keys;
	}

	/** The elements of this list (none when missing). */
	List<YamlNode> elements()
	{
		if (value == null)
			return Collections.emptyList();
		if (!(value instanceof List))
			throw error("must be a list, got " + describe(), "");
		final List<?> list = (List<?>) value;
		final List<YamlNode> out = new ArrayList<>(list.size());
		for (int i = 0; i < list.size(); i++)
			out.add(new YamlNode(packageName, path + "[" + i + "]", list.get(i)));
		return out;
	}

	String string()
	{
		if (value == null)
			throw error("is missing", "");
		if (value instanceof Map || value instanceof List)
			throw error("must be a text, got " + describe(), "");
		return String.valueOf(value);
	}

	String string(final String fallback)
	{
		return value == null ? fallback : string();
	}

	double number()
	{
		if (value == null)
			throw error("is missing", "");
		if (!(value instanceof Number))
			throw error("must be a number, got " + describe(), "");
		return ((Number) value).doubleValue();
	}

	double number(final double fallback)
	{
		return value == null ? fallback : number();
	}

	int integer()
	{
		final double v = number();
		if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE)
			throw error("must be an integer, got " + value, "");
		return (int) v;
	}

	int integer(final int fallback)
	{
		return value == null ? fallback : integer();
	}

	/** A number or a list of numbers, as an array. */
	double[] numbers()
	{
		if (value instanceof Number)
			return new double[] { number() };
		final List<YamlNode> e = elements();
		if (e.isEmpty())
			throw error("must be a number or a list of numbers", "");
		final double[] out = new double[e.size()];
		for (int i = 0; i < out.length; i++)
			out[i] = e.get(i).number();
		return out;
	}

	/** A list of texts (a single text counts as a one-element list). */
	List<String> strings()
	{
		if (value instanceof String)
			return List.of((String) value);
		final List<String> out = new ArrayList<>();
		for (final YamlNode e : elements())
			out.add(e.string());
		return out;
	}

	ModelPackageException error(final String problem, final String remedy)
	{
		return new ModelPackageException(packageName, path, problem, remedy);
	}

	private String describe()
	{
		return value instanceof Map ? "a mapping" : value instanceof List ? "a list" : "'" + value + "'";
	}
}
