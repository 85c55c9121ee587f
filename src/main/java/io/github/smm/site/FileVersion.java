package io.github.smm.site;

import java.util.Objects;

/** The current version of a file on the site: its updater checksum, upload timestamp and size. */
public final class FileVersion
{
	public final String checksum;

	public final long timestamp;

	public final long filesize;

	public FileVersion(final String checksum, final long timestamp, final long filesize)
	{
		this.checksum = Objects.requireNonNull(checksum, "checksum");
		this.timestamp = timestamp;
		this.filesize = filesize;
	}

	@Override
	public boolean equals(final Object o)
	{
		if (!(o instanceof FileVersion))
			return false;
		final FileVersion v = (FileVersion) o;
		return checksum.equals(v.checksum) && timestamp == v.timestamp && filesize == v.filesize;
	}

	@Override
	public int hashCode()
	{
		return Objects.hash(checksum, timestamp, filesize);
	}

	@Override
	public String toString()
	{
		return checksum + "@" + timestamp + " (" + filesize + " bytes)";
	}
}
