package io.github.smm.solve;

import java.util.Locale;

import org.ojalgo.access.Access2D;
import org.ojalgo.netio.BasicLogger;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;
import org.ojalgo.type.context.NumberContext;

/**
 * Enforces a wall-clock deadline inside ojAlgo 45's simplex. That version checks
 * {@code Options.time_abort} only between branch-and-bound nodes, never inside a simplex solve,
 * and one large simplex can run for minutes. Its progress log is called at every simplex
 * iteration, so this silent "logger" throws {@link Expired} once the deadline has passed; it never
 * formats or prints anything.
 */
final class SolverDeadline implements BasicLogger.Printer
{
	/** Thrown from inside ojAlgo when the deadline has passed. */
	static final class Expired extends RuntimeException
	{
		private static final long serialVersionUID = 1L;

		Expired()
		{
			super("integer program exceeded its time limit", null, false, false);
		}
	}

	private final long deadlineNanos;

	private SolverDeadline(final long deadlineNanos)
	{
		this.deadlineNanos = deadlineNanos;
	}

	/** Makes every linear solve under these options give up at the deadline ({@link System#nanoTime()} units). */
	static void install(final Optimisation.Options options, final long deadlineNanos)
	{
		options.logger_appender = new SolverDeadline(deadlineNanos);
		options.logger_solver = LinearSolver.class;
		options.logger_detailed = true;
		options.validate = false;
	}

	private void check()
	{
		if (System.nanoTime() - deadlineNanos > 0)
			throw new Expired();
	}

	@Override
	public void print(final char c)
	{
		check();
	}

	@Override
	public void print(final char[] chars)
	{
		check();
	}

	@Override
	public void print(final String s)
	{
		check();
	}

	@Override
	public BasicLogger.Printer printf(final Locale locale, final String format, final Object... args)
	{
		check();
		return this;
	}

	@Override
	public BasicLogger.Printer printf(final String format, final Object... args)
	{
		check();
		return this;
	}

	@Override
	public void println()
	{
		check();
	}

	@Override
	public void println(final String message, final Object... args)
	{
		check();
	}

	@Override
	public void println(final Object object)
	{
		check();
	}

	@Override
	public void printmtrx(final String message, final Access2D<?> matrix, final NumberContext context)
	{
		check();
	}
}
