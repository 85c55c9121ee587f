package io.github.smm.site;

import java.util.Objects;

/**
 * A release of a file that a later release replaced or removed. Its stored copy
 * {@code <filename>-<timestamp>} stays on the site, so older installations can still be
 * recognised as outdated rather than as locally modified.
 */
public final class PreviousVersion
{
	/** The (versioned) path the file had in that release, e.g. {@code plugins/Foo-0.1.0.jar}. */
	public final String filename;

	public final String checksum;

	/** When that release was uploaded. */
	public final long timestamp;

	/** When it stopped being current. */
	public final long timestampObsolete;

	public PreviousVersion(final String filename, final String checksum, final long timestamp, final long timestampObsolete)
	{
		this.filename = Objects.requireNonNull(filename, "filename");
		this.checksum = Objects.requireNonNull(checksum, "checksum");
		this.timestamp = timestamp;
		this.timestampObsolete = timestampObsolete;
	}

	@Override
	public boolean equals(final Object o)
	{
		if (!(o instanceof PreviousVersion))
			return false;
		final PreviousVersion v = (PreviousVersion) o;
		return filename.equals(v.filename) && checksum.equals(v.checksum) && timestamp == v.timestamp && timestampObsolete == v.timestampObsolete;
	}

	@Override
	public int hashCode()
	{
		return Objects.hash(filename, checksum, timestamp, timestampObsolete);
	}

	@Override
	public String toString()
	{
		return filename + "@" + timestamp + " (obsolete " + timestampObsolete + ", " + checksum + ")";
	}
}
