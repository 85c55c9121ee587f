package io.github.smm.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an update site is and ships, read from {@code update-site/site.properties}: the site's
 * name, URL, description and maintainer; the jars Fiji itself provides (which shipped files may
 * depend on without shipping them); default authors and links; values for {@code ${…}}
 * placeholders; and one {@link FileEntry} per {@code file.<id>.*} group.
 */
public final class SiteDefinition
{
	/** Where the definition lives, relative to the project folder. */
	public static final String DEFAULT_LOCATION = "update-site/site.properties";

	private static final Set<String> SITE_KEYS = Set.of("site.name", "site.url", "site.description", "site.maintainer");

	private static final Pattern FILE_KEY = Pattern.compile("file\\.([A-Za-z0-9_-]+)\\.([a-z-]+)");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)\\}");

	public final String name;

	/** The URL users add in Fiji; ends with {@code /}. */
	public final String url;

	public final String description;

	public final String maintainer;

	/** Unversioned paths of the jars every Fiji installation has, e.g. {@code jars/ij.jar}. */
	public final List<String> fijiProvides;

	public final List<String> authors;

	public final List<String> links;

	/** Values for {@code ${name}} placeholders, before command-line overrides. */
	public final Map<String, String> values;

	public final List<FileEntry> files;

	private SiteDefinition(final Properties p, final String source)
	{
		name = required(p, "site.name", source);
		url = required(p, "site.url", source);
		if (!url.matches("https?://\\S+/"))
			throw new UpdateSiteException(source + ": site.url", "'" + url + "' is not an http(s) URL ending with /");
		description = p.getProperty("site.description");
		maintainer = p.getProperty("site.maintainer");
		fijiProvides = list(p.getProperty("fiji.provides")).stream().map(FileRecord::unversioned).collect(Collectors.toList());
		authors = list(p.getProperty("authors"));
		links = list(p.getProperty("links"));
		final Map<String, String> vals = new TreeMap<>();
		final Map<String, Map<String, String>> entries = new TreeMap<>();
		for (final String key : p.stringPropertyNames())
			classify(key, p.getProperty(key).trim(), vals, entries, source);
		values = Map.copyOf(vals);
		final List<FileEntry> fs = new ArrayList<>();
		for (final Map.Entry<String, Map<String, String>> e : entries.entrySet())
			fs.add(new FileEntry(e.getKey(), e.getValue(), source));
		if (fs.isEmpty())
			throw new UpdateSiteException(source, "defines no file.<id>.path entries; a site must ship something");
		files = List.copyOf(fs);
	}

	private static void classify(final String key, final String value, final Map<String, String> values, final Map<String, Map<String, String>> entries, final String source)
	{
		if (key.startsWith("site."))
		{
			if (!SITE_KEYS.contains(key))
				throw new UpdateSiteException(source + ": " + key, "unknown site key; expected one of " + new TreeSet<>(SITE_KEYS));
			return;
		}
		if (key.startsWith("file."))
		{
			final Matcher m = FILE_KEY.matcher(key);
			if (!m.matches())
				throw new UpdateSiteException(source + ": " + key, "file keys look like file.<id>.<property>");
			entries.computeIfAbsent(m.group(1), id -> new HashMap<>()).put(m.group(2), value);
			return;
		}
		if (!key.equals("fiji.provides") && !key.equals("authors") && !key.equals("links"))
			values.put(key, value);
	}

	/** Reads a definition file (UTF-8 properties). */
	public static SiteDefinition load(final Path file) throws IOException
	{
		if (!Files.isRegularFile(file))
			throw new UpdateSiteException(file.toString(), "no such site definition");
		final Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8))
		{
			p.load(in);
		}
		return new SiteDefinition(p, file.toString());
	}

	/**
	 * Finds and measures every file to ship and checks that each dependency is either shipped or
	 * provided by Fiji.
	 *
	 * @param projectDir folder that relative sources are resolved against
	 * @param overrides placeholder values that replace the definition's (e.g. {@code version})
	 * @param mavenRepository local Maven repository for {@code maven:} sources
	 */
	public List<ShippedFile> resolve(final Path projectDir, final Map<String, String> overrides, final Path mavenRepository) throws IOException
	{
		final Map<String, String> vals = new HashMap<>(values);
		vals.putAll(overrides);
		final List<ShippedFile> shipped = new ArrayList<>();
		final Map<String, String> owners = new HashMap<>();
		for (final FileEntry entry : files)
		{
			for (final ShippedFile f : entry.resolve(projectDir, vals, mavenRepository, authors, links))
			{
				final String previousOwner = owners.put(FileRecord.unversioned(f.sitePath), entry.id);
				if (previousOwner != null)
					throw new UpdateSiteException(f.sitePath, "shipped twice (entries file." + previousOwner + " and file." + entry.id + ")");
				shipped.add(f);
			}
		}
		checkDependencies(shipped, owners.keySet());
		return shipped;
	}

	private void checkDependencies(final List<ShippedFile> shipped, final Set<String> shippedNames)
	{
		final Set<String> known = new HashSet<>(shippedNames);
		known.addAll(fijiProvides);
		for (final ShippedFile f : shipped)
		{
			for (final String d : f.dependencies)
			{
				if (!known.contains(d))
					throw new UpdateSiteException(f.sitePath, "depends on " + d + ", which the site does not ship and fiji.provides does not list");
			}
		}
	}

	/** Replaces every {@code ${name}} in {@code text}; names the key when a value is missing. */
	static String substitute(final String text, final Map<String, String> values, final String key)
	{
		final Matcher m = PLACEHOLDER.matcher(text);
		final StringBuffer s = new StringBuffer();
		while (m.find())
		{
			final String value = values.get(m.group(1));
			if (value == null)
				throw new UpdateSiteException(key, "no value for ${" + m.group(1) + "}" + (m.group(1).equals("version") ? " (pass --version)" : " (define it or pass --set " + m.group(1) + "=…)"));
			m.appendReplacement(s, Matcher.quoteReplacement(value));
		}
		return m.appendTail(s).toString();
	}

	/** Splits a comma-separated list, trimming items and dropping empty ones. */
	static List<String> list(final String text)
	{
		final List<String> items = new ArrayList<>();
		if (text != null)
			Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
		return items;
	}

	private static String required(final Properties p, final String key, final String source)
	{
		final String value = p.getProperty(key);
		if (value == null || value.isBlank())
			throw new UpdateSiteException(source + ": " + key, "missing");
		return value.trim();
	}
}
