package io.github.smm.tune;

import java.util.Arrays;
import java.util.List;

/** A categorical parameter: one of a few option value texts. */
final class CategoricalParameter implements Parameter
{
	private final String key;
	private final List<String> choices;

	CategoricalParameter(final String key, final String... choices)
	{
		if (choices.length == 0)
			throw new IllegalArgumentException("parameter " + key + ": no choices");
		if (Arrays.stream(choices).distinct().count() != choices.length)
			throw new IllegalArgumentException("parameter " + key + ": a choice is repeated in " + Arrays.toString(choices));
		this.key = key;
		this.choices = List.of(choices);
	}

	@Override
	public String key()
	{
		return key;
	}

	@Override
	public boolean categorical()
	{
		return true;
	}

	@Override
	public int choiceCount()
	{
		return choices.size();
	}

	/** The choices, in the given order. */
	@Override
	public List<String> choices()
	{
		return choices;
	}

	@Override
	public String value(final double internal)
	{
		return choices.get((int) Math.max(0, Math.min(choices.size() - 1, Math.round(internal))));
	}

	@Override
	public double internal(final String value)
	{
		final int i = choices.indexOf(value.trim());
		if (i < 0)
			throw new IllegalArgumentException("parameter " + key + ": '" + value + "' is not one of " + choices);
		return i;
	}

	@Override
	public double plotValue(final String value)
	{
		return internal(value);
	}

	@Override
	public String specification()
	{
		return key + "=" + String.join("|", choices);
	}

	@Override
	public String toString()
	{
		return specification();
	}
}
