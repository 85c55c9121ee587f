package io.github.smm.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A file a release puts on the site: where Fiji installs it ({@code sitePath}), where it is built
 * or cached ({@code source}), its checksum and size, and the metadata its record carries.
 */
public final class ShippedFile
{
	/** The path in a Fiji installation, with version, e.g. {@code jars/jts-core-1.20.0.jar}. */
	public final String sitePath;

	public final Path source;

	/** The updater checksum of {@code source} installed at {@code sitePath}. */
	public final String checksum;

	public final long filesize;

	public final String description;

	/** Unversioned paths of the files it needs, e.g. {@code jars/ij.jar}. */
	public final List<String> dependencies;

	public final List<String> authors;

	public final List<String> links;

	public ShippedFile(final String sitePath, final Path source, final String checksum, final long filesize, final String description, final List<String> dependencies, final List<String> authors,
		final List<String> links)
	{
		this.sitePath = Objects.requireNonNull(sitePath, "sitePath");
		this.source = Objects.requireNonNull(source, "source");
		this.checksum = Objects.requireNonNull(checksum, "checksum");
		this.filesize = filesize;
		this.description = description;
		this.dependencies = List.copyOf(dependencies);
		this.authors = List.copyOf(authors);
		this.links = List.copyOf(links);
	}

	/** Reads {@code source} and computes its checksum and size as installed at {@code sitePath}. */
	public static ShippedFile measure(final String sitePath, final Path source, final String description, final List<String> dependencies, final List<String> authors,
		final List<String> links) throws IOException
	{
		return new ShippedFile(sitePath, source, FijiChecksum.of(sitePath, source), Files.size(source), description, dependencies, authors, links);
	}

	@Override
	public String toString()
	{
		return sitePath + " <- " + source;
	}
}
