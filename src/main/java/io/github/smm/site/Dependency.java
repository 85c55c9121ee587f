package io.github.smm.site;

import java.util.Objects;

/**
 * A file another file needs, named without version as Fiji does ({@code jars/ij.jar}), with the
 * timestamp at which the dependency was recorded.
 */
public final class Dependency
{
	public final String filename;

	public final long timestamp;

	public Dependency(final String filename, final long timestamp)
	{
		this.filename = Objects.requireNonNull(filename, "filename");
		this.timestamp = timestamp;
	}

	@Override
	public boolean equals(final Object o)
	{
		return o instanceof Dependency && filename.equals(((Dependency) o).filename) && timestamp == ((Dependency) o).timestamp;
	}

	@Override
	public int hashCode()
	{
		return Objects.hash(filename, timestamp);
	}

	@Override
	public String toString()
	{
		return filename + "@" + timestamp;
	}
}
