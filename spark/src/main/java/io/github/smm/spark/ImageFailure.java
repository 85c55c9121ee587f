package io.github.smm.spark;

/**
 * An image of a batch that cannot be processed (unreadable file, a segmenter error on one of
 * its tiles, an output that cannot be written). Its message names the image file. Without
 * {@code fail_fast} the image is reported as failed in the summary and the batch goes on; with
 * it, the task throws this and the job stops.
 */
public final class ImageFailure extends RuntimeException
{
	private static final long serialVersionUID = 1L;

	public ImageFailure(final String message, final Throwable cause)
	{
		super(message, cause);
	}

	/**
	 * The message of a failure of {@code file} at {@code where} (e.g. a block), naming the file
	 * once: {@code "a.tif: block 3 (…): cannot read region: …"}.
	 */
	static String describe(final String file, final String where, final Throwable e)
	{
		String m = e.getMessage() == null || e.getMessage().isEmpty() ? e.getClass().getSimpleName() : e.getMessage();
		if (m.startsWith(file + ": "))
			m = m.substring(file.length() + 2);
		return file + ": " + (where == null ? "" : where + ": ") + m;
	}

	/**
	 * Rethrows when the run is {@code fail_fast} (and always an injected task failure, which
	 * Spark must retry); returns the message otherwise.
	 */
	static String handle(final JobOptions o, final String where, final RuntimeException e)
	{
		if (e instanceof TaskFaults.Injected)
			throw e;
		final String message = describe(o.get("image_file", "?"), where, e);
		if (o.flag("fail_fast"))
			throw new ImageFailure(message, e);
		return message;
	}
}
