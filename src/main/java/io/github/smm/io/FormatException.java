package io.github.smm.io;

/** A malformed input file or item; the message names the file and the item. */
public class FormatException extends RuntimeException
{
	private static final long serialVersionUID = 1L;

	public FormatException(String message)
	{
		super(message);
	}

	public FormatException(String message, Throwable cause)
	{
		super(message, cause);
	}
}
