package io.github.smm.site;

import java.util.List;
import java.util.Objects;

/**
 * One file of an update site, as listed in its {@code db.xml.gz} ({@code <plugin>} element): the
 * path it is installed at, its current version (absent once the file was removed from the site)
 * with description, dependencies, links and authors, and the versions it had before.
 */
public final class FileRecord
{
	/** Where the file is installed in Fiji, with its version, e.g. {@code jars/jts-core-1.20.0.jar}. */
	public final String filename;

	/** The current version, or {@code null} when the file was removed from the site. */
	public final FileVersion current;

	/** What the file is, or {@code null}. */
	public final String description;

	public final List<Dependency> dependencies;

	public final List<String> links;

	public final List<String> authors;

	/** Earlier versions, oldest first. */
	public final List<PreviousVersion> previous;

	public FileRecord(final String filename, final FileVersion current, final String description, final List<Dependency> dependencies, final List<String> links,
		final List<String> authors, final List<PreviousVersion> previous)
	{
		this.filename = Objects.requireNonNull(filename, "filename");
		this.current = current;
		this.description = description;
		this.dependencies = List.copyOf(dependencies);
		this.links = List.copyOf(links);
		this.authors = List.copyOf(authors);
		this.previous = List.copyOf(previous);
	}

	/** True when the file is no longer on the site (only previous versions remain). */
	public boolean isObsolete()
	{
		return current == null;
	}

	/** The name of the current version's copy in the site folder: {@code <filename>-<timestamp>}. */
	public String storedName()
	{
		if (current == null)
			throw new UpdateSiteException(filename, "was removed from the site and has no current stored copy");
		return storedName(filename, current.timestamp);
	}

	/** The name under which a site stores a file uploaded at {@code timestamp}. */
	public static String storedName(final String filename, final long timestamp)
	{
		return filename + "-" + timestamp;
	}

	/** The path without version, under which Fiji identifies the file, e.g. {@code jars/jts-core.jar}. */
	public String unversionedName()
	{
		return unversioned(filename);
	}

	/**
	 * Strips the version from a jar's name the way Fiji identifies jars: the part from the first
	 * {@code -} that is followed by a digit up to {@code .jar} ({@code jars/imglib2-imagej-0.1.0.jar}
	 * becomes {@code jars/imglib2-imagej.jar}). Other files keep their name.
	 */
	public static String unversioned(final String path)
	{
		if (!path.endsWith(".jar"))
			return path;
		final int base = path.lastIndexOf('/') + 1;
		for (int i = base + 1; i < path.length() - 5; i++)
		{
			if (path.charAt(i) == '-' && Character.isDigit(path.charAt(i + 1)))
				return path.substring(0, i) + ".jar";
		}
		return path;
	}

	@Override
	public boolean equals(final Object o)
	{
		if (!(o instanceof FileRecord))
			return false;
		final FileRecord r = (FileRecord) o;
		return filename.equals(r.filename) && Objects.equals(current, r.current) && Objects.equals(description, r.description) && dependencies.equals(r.dependencies)
			&& links.equals(r.links) && authors.equals(r.authors) && previous.equals(r.previous);
	}

	@Override
	public int hashCode()
	{
		return Objects.hash(filename, current, description, dependencies, links, authors, previous);
	}

	@Override
	public String toString()
	{
		return filename + " " + (current == null ? "(removed)" : current.toString()) + (previous.isEmpty() ? "" : " previous " + previous);
	}
}
