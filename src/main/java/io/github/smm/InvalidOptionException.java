package io.github.smm;

/** An option that is unknown or out of range; the message names it. */
public class InvalidOptionException extends IllegalArgumentException
{
	private static final long serialVersionUID = 1L;

	private final String option;

	public InvalidOptionException(final String option, final String problem)
	{
		super("option " + option + ": " + problem);
		this.option = option;
	}

	/** The snake_case name of the offending option. */
	public String option()
	{
		return option;
	}
}
