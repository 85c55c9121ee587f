package io.github.smm.command;

import ij.IJ;

/** Status and progress in ImageJ's status bar (a no-op without a display). */
final class Progress
{
	private Progress()
	{}

	static void status(final String message)
	{
		IJ.showStatus(message);
	}

	static void progress(final int done, final int total)
	{
		IJ.showProgress(done, total);
	}
}
