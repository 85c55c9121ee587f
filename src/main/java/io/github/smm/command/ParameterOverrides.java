package io.github.smm.command;

import java.io.File;
import java.io.IOException;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.tune.ParameterFile;

/**
 * The {@code parameters=} key of the merge commands: the options of a parameter file, with
 * every key the user set to another value than its default put on top.
 */
final class ParameterOverrides
{
	/** The keys of {@link AbstractMergeCommand}'s values, in its order. */
	private static final String[] KEYS = { "method", "overlap_measure", "score_aggregation", "tau_d", "rho", "beta1", "beta2", "beta3", "lambda", "gamma", "tau_i",
			"chain_cost", "class_agnostic", "resolve_overlaps" };

	private ParameterOverrides()
	{}

	/**
	 * Reads the file.
	 *
	 * @throws InvalidOptionException when a preset other than the default is given as well, or
	 *             naming the file and key of a bad entry
	 */
	static MergeOptions read(final File file, final String preset)
	{
		if (preset.equals("paper"))
			throw new InvalidOptionException("preset", "give either preset=paper or parameters=" + file.getName() + ", not both");
		try
		{
			return ParameterFile.read(file.toPath());
		}
		catch (final IOException e)
		{
			throw new InvalidOptionException("parameters", e.getMessage());
		}
	}

	/** The file's options with each value that differs from its declared default set on top. */
	static MergeOptions apply(final MergeOptions fromFile, final Object[] declared, final Object[] current)
	{
		MergeOptions o = fromFile;
		for (int k = 0; k < KEYS.length; k++)
			if (!declared[k].equals(current[k]))
				o = o.with(KEYS[k], String.valueOf(current[k]));
		return o;
	}
}
