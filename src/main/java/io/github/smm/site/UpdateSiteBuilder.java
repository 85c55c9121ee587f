package io.github.smm.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds a complete Fiji update site folder for the project: every shipped file stored as
 * {@code <path>-<timestamp>} plus {@code db.xml.gz}. Given the currently published site, it
 * carries that site's stored files and releases forward (see {@link SiteRelease}), so the output
 * can be uploaded over the published site. Run by {@code mvn -B package -P update-site}.
 */
public final class UpdateSiteBuilder
{
	private UpdateSiteBuilder()
	{}

	/** Command line: see {@link UpdateSiteOptions#parse}; exits with status 1 on a bad input. */
	public static void main(final String... args)
	{
		if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h")))
		{
			System.out.println(UpdateSiteOptions.USAGE);
			return;
		}
		try
		{
			final UpdateSiteOptions options = UpdateSiteOptions.parse(args);
			final SiteDefinition definition = SiteDefinition.load(options.definition);
			System.out.print(summary(definition, options, build(options, definition)));
		}
		catch (final UpdateSiteException | IOException e)
		{
			System.err.println("update site not built: " + e.getMessage());
			System.exit(1);
		}
	}

	/** Builds the site described by {@code options}; returns what the release contains. */
	public static SiteRelease build(final UpdateSiteOptions options) throws IOException
	{
		return build(options, SiteDefinition.load(options.definition));
	}

	static SiteRelease build(final UpdateSiteOptions options, final SiteDefinition definition) throws IOException
	{
		final List<ShippedFile> shipped = definition.resolve(options.projectDir, placeholderValues(options), options.mavenRepository);
		final List<FileRecord> previous = options.previous == null ? List.of() : SiteDatabase.read(options.previous.resolve(SiteDatabase.FILE_NAME));
		final SiteRelease release = SiteRelease.plan(previous, shipped, options.timestamp);
		SiteFolders.prepareOutput(options);
		for (final ShippedFile f : release.uploads)
			SiteFolders.store(f.source, options.output.resolve(FileRecord.storedName(f.sitePath, release.timestamp)));
		for (final FileRecord r : release.records)
		{
			if (!r.isObsolete() && !Files.isRegularFile(options.output.resolve(r.storedName())))
				throw new UpdateSiteException(r.storedName(), "missing from the previous site " + options.previous + ", yet its index lists it as current");
		}
		SiteDatabase.write(release.records, options.output.resolve(SiteDatabase.FILE_NAME));
		return release;
	}

	/**
	 * The command-line values; when no {@code version} is given, the one Maven's jar plugin
	 * recorded in {@code target/maven-archiver/pom.properties}.
	 */
	static Map<String, String> placeholderValues(final UpdateSiteOptions options) throws IOException
	{
		final Map<String, String> values = new HashMap<>(options.values);
		final Path archived = options.projectDir.resolve("target/maven-archiver/pom.properties");
		if (!values.containsKey("version") && Files.isRegularFile(archived))
		{
			final Properties p = new Properties();
			try (Reader in = Files.newBufferedReader(archived, StandardCharsets.ISO_8859_1))
			{
				p.load(in);
			}
			if (p.getProperty("version") != null)
				values.put("version", p.getProperty("version"));
		}
		return values;
	}

	/** A human-readable account of a release: what was added, kept and removed, and what to upload. */
	static String summary(final SiteDefinition definition, final UpdateSiteOptions options, final SiteRelease release)
	{
		final StringBuilder s = new StringBuilder();
		s.append("Update site '").append(definition.name).append("' release ").append(release.timestamp).append(" written to ").append(options.output).append('\n');
		for (final ShippedFile f : release.uploads)
			s.append("  new      ").append(FileRecord.storedName(f.sitePath, release.timestamp)).append('\n');
		for (final FileRecord r : release.unchanged)
			s.append("  kept     ").append(r.storedName()).append('\n');
		for (final FileRecord r : release.removed)
			s.append("  removed  ").append(r.filename).append('\n');
		if (release.uploads.stream().anyMatch(f -> f.sitePath.contains("SNAPSHOT")))
			s.append("Note: this release ships a SNAPSHOT build; publish release versions only.\n");
		s.append("To publish, upload the new files and ").append(SiteDatabase.FILE_NAME).append(" to ").append(definition.url).append('\n');
		return s.toString();
	}

	/** Every file below {@code dir}, as sorted relative paths with {@code /}. */
	static List<String> listFiles(final Path dir) throws IOException
	{
		try (Stream<Path> walk = Files.walk(dir))
		{
			return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted(Comparator.naturalOrder())
				.collect(Collectors.toList());
		}
	}
}
