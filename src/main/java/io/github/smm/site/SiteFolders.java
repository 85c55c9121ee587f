package io.github.smm.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * File-system work of a build: preparing the output folder (clearing an earlier build, copying
 * the previous site) and storing new files. Refuses to clear anything outside the project's
 * {@code target} folder.
 */
final class SiteFolders
{
	private SiteFolders()
	{}

	/**
	 * Makes {@code options.output} hold exactly the previous site's stored files (or nothing), unless
	 * output and previous site are the same folder, which is then updated in place.
	 */
	static void prepareOutput(final UpdateSiteOptions options) throws IOException
	{
		final Path out = options.output;
		if (options.previous != null && Files.isDirectory(out) && Files.isSameFile(out, options.previous))
			return;
		if (Files.exists(out) && !isEmptyFolder(out))
		{
			if (!out.toAbsolutePath().normalize().startsWith(options.projectDir.resolve("target")))
				throw new UpdateSiteException(out.toString(), "exists and is not empty; choose a new folder (or pass it as --previous too, to update it in place)");
			deleteTree(out);
		}
		Files.createDirectories(out);
		if (options.previous != null)
			copySite(options.previous, out);
	}

	/** Copies a stored file into the site, refusing to replace a different file of the same name. */
	static void store(final Path source, final Path target) throws IOException
	{
		if (Files.exists(target))
		{
			if (Arrays.equals(Files.readAllBytes(source), Files.readAllBytes(target)))
				return;
			throw new UpdateSiteException(target.toString(), "already exists with other content; a release never overwrites a stored file");
		}
		Files.createDirectories(target.getParent());
		Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
	}

	private static void copySite(final Path from, final Path to) throws IOException
	{
		if (!Files.isRegularFile(from.resolve(SiteDatabase.FILE_NAME)))
			throw new UpdateSiteException(from.toString(), "is not a site folder (no " + SiteDatabase.FILE_NAME + ")");
		for (final String name : UpdateSiteBuilder.listFiles(from))
		{
			if (name.equals(SiteDatabase.FILE_NAME))
				continue;
			final Path target = to.resolve(name);
			Files.createDirectories(target.getParent());
			Files.copy(from.resolve(name), target, StandardCopyOption.COPY_ATTRIBUTES);
		}
	}

	private static boolean isEmptyFolder(final Path dir) throws IOException
	{
		if (!Files.isDirectory(dir))
			return false;
		try (Stream<Path> s = Files.list(dir))
		{
			return s.findAny().isEmpty();
		}
	}

	private static void deleteTree(final Path dir) throws IOException
	{
		final List<Path> paths;
		try (Stream<Path> walk = Files.walk(dir))
		{
			paths = walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
		}
		for (final Path p : paths)
			Files.delete(p);
	}
}
