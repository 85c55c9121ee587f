package io.github.smm.command;

import org.scijava.Context;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.module.event.ModuleErroredEvent;

/**
 * For callers that show a failed command's message themselves (the launcher, the ImageJ 1.x
 * bridge): consumes SciJava's error event of a failure caused by bad input, so SciJava does
 * not also log it with a stack trace. Bugs ({@link CommandFailure#isInternal()}) are still
 * logged in full.
 */
public final class ReportedFailures
{
	private ReportedFailures()
	{}

	/**
	 * Subscribes to the context's events; keep the returned object referenced while commands
	 * run (SciJava holds subscribers weakly).
	 */
	public static Object subscribe(final Context context)
	{
		final Object handler = new Object()
		{
			@EventHandler
			public void onError(final ModuleErroredEvent e)
			{
				final CommandFailure f = CommandFailure.in(e.getException());
				if (f != null && !f.isInternal())
					e.consume();
			}
		};
		final EventService events = context.getService(EventService.class);
		if (events != null)
			events.subscribe(handler);
		return handler;
	}
}
