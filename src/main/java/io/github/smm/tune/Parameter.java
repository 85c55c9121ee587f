package io.github.smm.tune;

/**
 * One dimension of a {@link SearchSpace}: a merge option (by its snake_case key) and the values
 * it may take. The optimiser works on an internal coordinate — in {@code [0, 1]} for numbers
 * (after a log transform where asked), the choice index for categories — and the parameter
 * turns it into the option's value text.
 */
public interface Parameter
{
	/** The merge option's snake_case key, as {@link io.github.smm.MergeOptions#with(String, String)} takes it. */
	String key();

	/** True for a categorical parameter (internal coordinate = choice index). */
	boolean categorical();

	/** Number of choices of a categorical parameter; 0 for numbers. */
	int choiceCount();

	/** The option value of an internal coordinate. */
	String value(double internal);

	/**
	 * The internal coordinate of an option value (clamped into the bounds for numbers).
	 *
	 * @throws IllegalArgumentException when a categorical value is not a choice
	 */
	double internal(String value);

	/** The choices of a categorical parameter, in order; empty for numbers. */
	default java.util.List<String> choices()
	{
		return java.util.List.of();
	}

	/** The value as a number for plots: the number itself, or the choice index. */
	double plotValue(String value);

	/** True for a number searched on a log scale (and best plotted on one). */
	default boolean logScale()
	{
		return false;
	}

	/** The specification as {@link SearchSpace#parse} reads it, e.g. {@code beta1=0:3}. */
	String specification();

	/** A continuous parameter in {@code [low, high]}, on a log scale when {@code log}. */
	static Parameter continuous(final String key, final double low, final double high, final boolean log)
	{
		return new NumericParameter(key, low, high, log, false);
	}

	/** An integer parameter in {@code [low, high]}. */
	static Parameter integer(final String key, final long low, final long high)
	{
		return new NumericParameter(key, low, high, false, true);
	}

	/** A categorical parameter with the given choices (option value texts). */
	static Parameter categorical(final String key, final String... choices)
	{
		return new CategoricalParameter(key, choices);
	}
}
