package io.github.smm.io;

/** A file or value that does not follow its format; the message names the file and the item. */
public class FormatException extends RuntimeException
{
	public FormatException(final String message)
	{
		super(message);
	}

	public FormatException(final String message, final Throwable cause)
	{
		super(message, cause);
	}
}
