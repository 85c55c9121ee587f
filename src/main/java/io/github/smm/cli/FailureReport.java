package io.github.smm.cli;

import java.io.PrintStream;

import io.github.smm.command.CommandFailure;

/**
 * How the launcher reports a failure: one line {@code error: <message>} on stderr and exit code
 * {@value #USER_ERROR} for bad input or usage; exit code {@value #INTERNAL_ERROR} for a bug, with
 * the stack trace only when debugging ({@code --debug} or {@code -Dsmm.debug=true}).
 */
final class FailureReport
{
	/** Exit code of bad input, a bad option or a usage error. */
	static final int USER_ERROR = 2;

	/** Exit code of an internal error (a bug). */
	static final int INTERNAL_ERROR = 1;

	/** The command-line flag that asks for stack traces. */
	static final String DEBUG_FLAG = "--debug";

	private FailureReport()
	{}

	/** True when stack traces were asked for by the system property {@code smm.debug}. */
	static boolean debugProperty()
	{
		return Boolean.getBoolean("smm.debug");
	}

	/** Prints {@code e} as the user should see it; returns the exit code. */
	static int report(final Throwable e, final PrintStream err, final boolean debug)
	{
		final CommandFailure failure = CommandFailure.in(e);
		final boolean internal = failure != null ? failure.isInternal() : !(e instanceof IllegalArgumentException);
		err.println("error: " + (failure != null ? failure.getMessage() : Main.messages(e)));
		if (internal)
		{
			if (debug)
				e.printStackTrace(err);
			else
				err.println("(an internal error: please report it; run with " + DEBUG_FLAG + " for the stack trace)");
		}
		return internal ? INTERNAL_ERROR : USER_ERROR;
	}
}
