package io.github.smm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.github.smm.command.CommandFailure;
import io.github.smm.io.FormatException;

/** Exit codes and stack traces of the launcher's failures. */
class FailureReportTest
{
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int report(final Throwable t, final boolean debug)
	{
		return FailureReport.report(t, new PrintStream(err, true, StandardCharsets.UTF_8), debug);
	}

	@Test
	void badInputIsOneLineAndExitCode2EvenWhenDebugging()
	{
		final CommandFailure f = CommandFailure.of("Merge ROIs", new FormatException("rois.zip, entry a.roi: not a valid ImageJ ROI"));
		assertEquals(2, report(new RuntimeException("Module threw exception", f), true));
		assertEquals("error: Merge ROIs: rois.zip, entry a.roi: not a valid ImageJ ROI", err.toString(StandardCharsets.UTF_8).trim());
	}

	@Test
	void aBugIsExitCode1WithItsTraceOnlyWhenDebugging()
	{
		final CommandFailure bug = CommandFailure.of("Merge ROIs", new NullPointerException("ip is null"));
		assertEquals(1, report(bug, false));
		final String quiet = err.toString(StandardCharsets.UTF_8);
		assertTrue(quiet.startsWith("error: Merge ROIs: internal error (java.lang.NullPointerException: ip is null)"), quiet);
		assertTrue(quiet.contains("--debug"), "says how to see the trace: " + quiet);
		assertFalse(quiet.contains("\tat "), quiet);
		err.reset();
		assertEquals(1, report(bug, true));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("\tat "), "the trace with --debug");
	}

	@Test
	void theLauncherTakesDebugAnywhereAndUsageErrorsAreCode2()
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(2, Main.run(new String[] { "--debug", "run", "No Such Command", "" }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: no command titled 'No Such Command'"), err.toString(StandardCharsets.UTF_8));
		assertEquals(2, Main.run(new String[] { "run" }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
	}
}
