package io.github.smm.bench;

/** A bench command line that cannot run: unknown option, missing or bad value. Names the option. */
public class BenchUsageException extends IllegalArgumentException
{
	private static final long serialVersionUID = 1L;

	private final String option;

	public BenchUsageException(final String option, final String problem)
	{
		super("option " + option + ": " + problem);
		this.option = option;
	}

	/** The offending option as typed, e.g. {@code --size}. */
	public String option()
	{
		return option;
	}
}
