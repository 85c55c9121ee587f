package io.github.smm.spark;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.tune.ParameterFile;

/**
 * The {@code parameters=best.json} key of the job: the merge options of a parameter file written
 * by <i>Tune Merge Parameters</i> ({@link ParameterFile}), read where the options are built (on
 * the driver when the job starts, so a bad file stops it before any task, and in each task: the
 * file must be visible to the executors, as the images are). A key given in the option string
 * overrides the file's value; a preset cannot be given as well.
 */
final class ParameterFiles
{
	private ParameterFiles()
	{}

	/**
	 * @throws InvalidOptionException naming {@code preset} when one is given too, {@code parameters}
	 *             when the file cannot be read or is not a parameter file, or the file and key of a
	 *             bad entry (an unknown key, a value out of range)
	 */
	static MergeOptions read(final JobOptions o)
	{
		final Path file = o.path("parameters");
		if (o.has("preset"))
			throw new InvalidOptionException("preset", "give either preset=" + o.get("preset", "") + " or parameters=" + file.getFileName() + ", not both");
		try
		{
			return ParameterFile.read(file);
		}
		catch (final NoSuchFileException e)
		{
			throw new InvalidOptionException("parameters", "no such parameter file " + file);
		}
		catch (final IOException e)
		{
			throw new InvalidOptionException("parameters", e.getMessage());
		}
	}
}
