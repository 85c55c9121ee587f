package io.github.smm.model;

/** An instance that cannot be merged; the message names it. */
public class InvalidInstanceException extends IllegalArgumentException
{
	private static final long serialVersionUID = 1L;

	private final long id;

	public InvalidInstanceException(final long id, final String problem)
	{
		super("instance " + id + ": " + problem);
		this.id = id;
	}

	/** The id of the offending instance. */
	public long instanceId()
	{
		return id;
	}
}
