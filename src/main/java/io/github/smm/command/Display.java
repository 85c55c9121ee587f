package io.github.smm.command;

import java.awt.GraphicsEnvironment;

/**
 * Whether results are shown in windows. Not without a display, and not when the launcher
 * runs a command as a batch job ({@code -Dsmm.batch=true}).
 */
final class Display
{
	/** System property set by the launcher for batch runs. */
	static final String BATCH = "smm.batch";

	private Display()
	{}

	static boolean interactive()
	{
		return !GraphicsEnvironment.isHeadless() && !Boolean.getBoolean(BATCH);
	}
}
