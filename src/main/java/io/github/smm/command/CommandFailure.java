package io.github.smm.command;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A command's failure with a message that stands alone: the command's title and what is wrong,
 * e.g. {@code Merge COCO JSON: pred.json: results[3]: missing "score"}. SciJava wraps it (an
 * {@code ExecutionException}, then a {@code RuntimeException "Module threw exception"}); the
 * launcher and the ImageJ 1.x bridge find it with {@link #in(Throwable)} and show only its
 * message. A failure that is no bad input (a bug such as a {@link NullPointerException}) says
 * so: {@code Merge ROIs: internal error (java.lang.NullPointerException: ...)}.
 */
public final class CommandFailure extends RuntimeException
{
	private static final long serialVersionUID = 1L;

	private final boolean internal;

	private CommandFailure(final String message, final Throwable cause, final boolean internal)
	{
		super(message, cause);
		this.internal = internal;
	}

	/** The failure of {@code command} caused by {@code e}, keeping its message (which names the bad item). */
	public static CommandFailure of(final String command, final Throwable e)
	{
		final CommandFailure inner = in(e);
		if (inner != null)
			return inner;
		final boolean internal = isInternal(e);
		return new CommandFailure(command + ": " + (internal ? "internal error (" + e + ")" : text(e)), e, internal);
	}

	/** The first {@link CommandFailure} in the cause chain of {@code t}, or {@code null}. */
	public static CommandFailure in(final Throwable t)
	{
		for (Throwable c = t; c != null; c = c.getCause())
			if (c instanceof CommandFailure)
				return (CommandFailure) c;
		return null;
	}

	/** True for a bug rather than a bad input: its stack trace is worth showing. */
	public boolean isInternal()
	{
		return internal;
	}

	private static boolean isInternal(final Throwable e)
	{
		return e instanceof NullPointerException || e instanceof ClassCastException || e instanceof IndexOutOfBoundsException
				|| e instanceof ArithmeticException || e instanceof Error || e instanceof io.github.smm.Conservation.Violation;
	}

	private static String text(final Throwable e)
	{
		final String m = e.getMessage();
		if (m == null || m.isEmpty())
			return e.toString();
		if (e instanceof UncheckedIOException || e instanceof IOException)
			return e instanceof java.nio.file.NoSuchFileException ? m + " does not exist" : m;
		return m;
	}
}
