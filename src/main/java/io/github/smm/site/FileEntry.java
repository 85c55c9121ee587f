package io.github.smm.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One {@code file.<id>.*} group of a {@link SiteDefinition}:
 * <ul>
 * <li>{@code path}: where Fiji installs the file, e.g. {@code jars/jts-core-${jts.version}.jar};
 * a path ending in {@code /} is a folder that receives every match of a wildcard source;</li>
 * <li>{@code source}: where to find it, relative to the project folder; alternatives separated
 * by {@code |} are tried in order; {@code maven:group:artifact:version} names a jar in the local
 * Maven repository;</li>
 * <li>{@code description}, {@code depends} (unversioned paths), {@code authors}, {@code links}
 * (default: the site's);</li>
 * <li>{@code optional=true}: finding nothing is fine (e.g. no macros yet);</li>
 * <li>{@code resources}: folders below {@code src/main/resources} whose files must be inside this
 * jar byte for byte, so a stale jar cannot be released.</li>
 * </ul>
 */
public final class FileEntry
{
	private static final Set<String> KEYS = Set.of("path", "source", "description", "depends", "authors", "links", "optional", "resources");

	public final String id;

	private final Map<String, String> properties;

	private final String where;

	FileEntry(final String id, final Map<String, String> properties, final String source)
	{
		this.id = id;
		this.properties = Map.copyOf(properties);
		this.where = source + ": file." + id;
		for (final String key : properties.keySet())
		{
			if (!KEYS.contains(key))
				throw new UpdateSiteException(where + "." + key, "unknown property; expected one of " + new TreeSet<>(KEYS));
		}
		for (final String key : List.of("path", "source"))
		{
			if (properties.getOrDefault(key, "").isEmpty())
				throw new UpdateSiteException(where + "." + key, "missing");
		}
		if (!List.of("true", "false").contains(properties.getOrDefault("optional", "false")))
			throw new UpdateSiteException(where + ".optional", "must be true or false");
	}

	/** Finds and measures the file(s) of this entry. */
	List<ShippedFile> resolve(final Path projectDir, final Map<String, String> values, final Path mavenRepository, final List<String> siteAuthors,
		final List<String> siteLinks) throws IOException
	{
		final String path = SiteDefinition.substitute(properties.get("path"), values, where + ".path");
		final String source = SiteDefinition.substitute(properties.get("source"), values, where + ".source");
		final String description = properties.containsKey("description") ? SiteDefinition.substitute(properties.get("description"), values, where + ".description") : null;
		final List<String> depends = SiteDefinition.list(properties.get("depends")).stream().map(FileRecord::unversioned).collect(Collectors.toList());
		final List<String> authors = properties.containsKey("authors") ? SiteDefinition.list(properties.get("authors")) : siteAuthors;
		final List<String> links = properties.containsKey("links") ? SiteDefinition.list(properties.get("links")) : siteLinks;
		final List<ShippedFile> shipped = new ArrayList<>();
		for (final Map.Entry<String, Path> f : locate(path, source, projectDir, mavenRepository).entrySet())
		{
			checkSitePath(f.getKey());
			if (f.getKey().endsWith(".jar"))
				checkResources(f.getValue(), projectDir);
			shipped.add(ShippedFile.measure(f.getKey(), f.getValue(), description, depends, authors, links));
		}
		if (shipped.isEmpty() && !"true".equals(properties.get("optional")))
			throw new UpdateSiteException(where + ".source", "nothing matches '" + source + "' in " + projectDir + " (mark the entry optional=true if that is fine)");
		return shipped;
	}

	/** Site path to source file, sorted by site path. */
	private Map<String, Path> locate(final String path, final String source, final Path projectDir, final Path mavenRepository) throws IOException
	{
		final Map<String, Path> found = new TreeMap<>();
		if (path.endsWith("/"))
		{
			if (source.contains("|"))
				throw new UpdateSiteException(where + ".source", "a folder path takes one source pattern, not alternatives");
			final Path pattern = projectDir.resolve(source);
			final Path folder = pattern.getParent();
			if (!Files.isDirectory(folder))
				return found;
			try (DirectoryStream<Path> matches = Files.newDirectoryStream(folder, pattern.getFileName().toString()))
			{
				for (final Path m : matches)
				{
					if (Files.isRegularFile(m))
						found.put(path + m.getFileName(), m);
				}
			}
			return found;
		}
		final List<Path> tried = new ArrayList<>();
		for (final String alternative : source.split("\\|"))
		{
			final Path candidate = candidate(alternative.trim(), projectDir, mavenRepository);
			if (Files.isRegularFile(candidate))
			{
				found.put(path, candidate);
				return found;
			}
			tried.add(candidate);
		}
		if (!"true".equals(properties.get("optional")))
			throw new UpdateSiteException(where + ".source", "no such file: " + tried.stream().map(Path::toString).collect(Collectors.joining(", nor ")) + " (run mvn package first?)");
		return found;
	}

	private Path candidate(final String source, final Path projectDir, final Path mavenRepository)
	{
		if (!source.startsWith("maven:"))
			return projectDir.resolve(source);
		final String[] gav = source.substring("maven:".length()).split(":");
		if (gav.length != 3 || Arrays.stream(gav).anyMatch(String::isEmpty))
			throw new UpdateSiteException(where + ".source", "'" + source + "' is not maven:group:artifact:version");
		return mavenRepository.resolve(Paths.get(gav[0].replace('.', '/'), gav[1], gav[2], gav[1] + "-" + gav[2] + ".jar"));
	}

	private void checkSitePath(final String sitePath)
	{
		final String[] segments = sitePath.split("/", -1);
		final boolean sane = segments.length > 1
			&& Arrays.stream(segments).allMatch(seg -> seg.matches("[A-Za-z0-9_.+ -]+") && !seg.equals(".") && !seg.equals(".."));
		if (!sane)
			throw new UpdateSiteException(where + ".path", "'" + sitePath + "' is not a relative path inside a Fiji folder (ASCII letters, digits, _ . + - and spaces)");
	}

	/** Checks that every file below each {@code resources} folder is inside {@code jar}, unchanged. */
	private void checkResources(final Path jar, final Path projectDir) throws IOException
	{
		final Path resourceRoot = projectDir.resolve("src/main/resources");
		for (final String folder : SiteDefinition.list(properties.get("resources")))
		{
			final Path dir = resourceRoot.resolve(folder);
			if (!Files.isDirectory(dir))
				continue;
			final List<Path> files;
			try (Stream<Path> walk = Files.walk(dir))
			{
				files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
			}
			try (ZipFile zip = new ZipFile(jar.toFile()))
			{
				for (final Path f : files)
					checkInside(zip, resourceRoot.relativize(f).toString().replace('\\', '/'), f, jar);
			}
		}
	}

	private static void checkInside(final ZipFile zip, final String name, final Path file, final Path jar) throws IOException
	{
		final ZipEntry entry = zip.getEntry(name);
		if (entry == null)
			throw new UpdateSiteException(jar.toString(), "lacks " + name + " from src/main/resources; the jar is stale, rebuild it with mvn package");
		try (InputStream in = zip.getInputStream(entry))
		{
			if (!Arrays.equals(in.readAllBytes(), Files.readAllBytes(file)))
				throw new UpdateSiteException(jar.toString(), "holds an outdated " + name + "; the jar is stale, rebuild it with mvn package");
		}
	}
}
