package io.github.smm.ij.tiling;

import java.awt.HeadlessException;

import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.macro.Debugger;
import ij.macro.Interpreter;

/**
 * One run of an ImageJ macro in batch mode on an image that stops at the macro's first error
 * and says where: {@code macro tile.ijm, line 3 (foo(;): ')' expected}. ImageJ's interpreter
 * shows a dialog for an error (which fails headless with an empty {@link HeadlessException}),
 * or, told to ignore errors, carries on past them (a broken {@code for} then never ends); this
 * run ignores errors but watches every statement, so it stops at the statement after the first
 * error and names the line of the statement that failed.
 */
final class MacroRun implements Debugger
{
	private final String name;

	private final String[] lines;

	private final Interpreter interpreter = new Interpreter();

	private int line = 1;

	private String error;

	private int errorLine;

	/** @param name how messages name the macro (its file name, or {@code macro_code}); @param code its source */
	MacroRun(final String name, final String code)
	{
		this.name = name;
		this.lines = code.split("\n", -1);
	}

	/**
	 * Runs {@code code} (the macro followed by any statements of the caller's) with {@code imp}
	 * as the active image. {@code imp} is made this thread's current image for the run: batch
	 * mode alone does not do it, and with a display ImageJ's commands ({@code run("Convert to
	 * Mask")}) would act on the image in the front window instead of the tile.
	 *
	 * @throws IllegalArgumentException naming the macro, the line and ImageJ's message
	 */
	void run(final String code, final ImagePlus imp)
	{
		interpreter.setIgnoreErrors(true);
		interpreter.setDebugger(this);
		final ImagePlus callers = WindowManager.getTempCurrentImage();
		WindowManager.setTempCurrentImage(imp);
		try
		{
			interpreter.runBatchMacro(code, imp);
		}
		catch (final HeadlessException e)
		{
			stop();
			throw new IllegalArgumentException(where(line) + ": needs a display (plain ImageJ 1.x builds its menus to run a command, which it cannot do headless): run it in Fiji (fiji --headless works) or with a display (e.g. xvfb-run)", e);
		}
		catch (final RuntimeException e)
		{
			stop();
			if (Macro.MACRO_CANCELED.equals(e.getMessage()))
				throw new IllegalArgumentException(where(line) + ": the macro stopped (exit() or cancelled)", e);
			throw new IllegalArgumentException(where(line) + ": " + e, e);
		}
		finally
		{
			WindowManager.setTempCurrentImage(callers); // null removes this thread's entry
		}
		if (error == null && interpreter.getErrorMessage() != null)
			failed(interpreter.getErrorMessage(), line); // in the last statement
		if (error != null)
			throw new IllegalArgumentException(where(errorLine) + ": " + error);
	}

	/** Called by the interpreter before every statement. */
	@Override
	public int debug(final Interpreter interp, final int mode)
	{
		if (error == null && interp.getErrorMessage() != null)
		{
			failed(interp.getErrorMessage(), line);
			interp.abort(error); // ignoring errors, this ends the run quietly
			return 0;
		}
		line = interp.getLineNumber();
		return 0;
	}

	private void failed(final String message, final int at)
	{
		error = message;
		errorLine = at;
	}

	/** Leaves no interpreter state behind (batch mode, the running instance) after an exception. */
	private void stop()
	{
		try
		{
			interpreter.abort("stopped");
		}
		catch (final RuntimeException ignored)
		{
			// the interpreter was already finished
		}
	}

	/** {@code macro NAME, line N (SOURCE)}; a line past the macro's end is its last line. */
	private String where(final int at)
	{
		final int n = Math.max(1, Math.min(at, lines.length));
		final String source = lines[n - 1].trim();
		return "macro " + name + ", line " + n + (source.isEmpty() ? "" : " (" + (source.length() > 60 ? source.substring(0, 57) + "..." : source) + ")");
	}
}
