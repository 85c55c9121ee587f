package io.github.smm.site;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@link UpdateSiteBuilder} builds: the project, its site definition, the output folder, the
 * previous site to carry forward (if any), the release timestamp, placeholder values (such as
 * {@code version}) and the local Maven repository. Immutable; {@code with…} methods return
 * changed copies.
 */
public final class UpdateSiteOptions
{
	static final String USAGE = String.join("\n", "Usage: UpdateSiteBuilder [options]", //
		"  --project DIR          project folder (default: .)", //
		"  --definition FILE      site definition (default: <project>/" + SiteDefinition.DEFAULT_LOCATION + ")", //
		"  --output DIR           site folder to write (default: <project>/target/update-site)", //
		"  --previous DIR         the currently published site, to carry its releases forward", //
		"  --timestamp DIGITS     release time yyyyMMddHHmmss, UTC (default: now)", //
		"  --version VERSION      project version (default: from target/maven-archiver/pom.properties)", //
		"  --set NAME=VALUE       value for ${NAME} in the definition (repeatable)", //
		"  --maven-repo DIR       local Maven repository (default: ~/.m2/repository)", //
		"Empty values mean the default.");

	public final Path projectDir;

	public final Path definition;

	public final Path output;

	/** The published site to carry forward, or {@code null} for a first release. */
	public final Path previous;

	public final long timestamp;

	/** Placeholder values overriding the definition's. */
	public final Map<String, String> values;

	public final Path mavenRepository;

	private UpdateSiteOptions(final Path projectDir, final Path definition, final Path output, final Path previous, final long timestamp,
		final Map<String, String> values, final Path mavenRepository)
	{
		this.projectDir = projectDir;
		this.definition = definition;
		this.output = output;
		this.previous = previous;
		this.timestamp = timestamp;
		this.values = Map.copyOf(values);
		this.mavenRepository = mavenRepository;
	}

	/** Defaults for a project folder: its definition, {@code target/update-site}, now. */
	public static UpdateSiteOptions forProject(final Path projectDir)
	{
		final Path p = projectDir.toAbsolutePath().normalize();
		final String repo = System.getProperty("maven.repo.local");
		final Path m2 = repo != null && !repo.isEmpty() ? Paths.get(repo) : Paths.get(System.getProperty("user.home"), ".m2", "repository");
		return new UpdateSiteOptions(p, p.resolve(SiteDefinition.DEFAULT_LOCATION), p.resolve("target/update-site"), null, Timestamps.now(), Map.of(), m2);
	}

	public UpdateSiteOptions withDefinition(final Path file)
	{
		return new UpdateSiteOptions(projectDir, file, output, previous, timestamp, values, mavenRepository);
	}

	public UpdateSiteOptions withOutput(final Path dir)
	{
		return new UpdateSiteOptions(projectDir, definition, dir, previous, timestamp, values, mavenRepository);
	}

	public UpdateSiteOptions withPrevious(final Path dir)
	{
		return new UpdateSiteOptions(projectDir, definition, output, dir, timestamp, values, mavenRepository);
	}

	public UpdateSiteOptions withTimestamp(final long releaseTimestamp)
	{
		Timestamps.parse(Long.toString(releaseTimestamp), "timestamp");
		return new UpdateSiteOptions(projectDir, definition, output, previous, releaseTimestamp, values, mavenRepository);
	}

	/** Sets the value of {@code ${name}}; {@code version} is the project version. */
	public UpdateSiteOptions withValue(final String name, final String value)
	{
		final Map<String, String> v = new HashMap<>(values);
		v.put(name, value);
		return new UpdateSiteOptions(projectDir, definition, output, previous, timestamp, v, mavenRepository);
	}

	public UpdateSiteOptions withMavenRepository(final Path dir)
	{
		return new UpdateSiteOptions(projectDir, definition, output, previous, timestamp, values, dir);
	}

	/** Parses command-line arguments ({@code --name value} or {@code --name=value}). */
	public static UpdateSiteOptions parse(final String... args)
	{
		final Map<String, String> given = new HashMap<>();
		final Map<String, String> sets = new HashMap<>();
		for (int i = 0; i < args.length; i++)
		{
			final String arg = args[i];
			if (!arg.startsWith("--"))
				throw new UpdateSiteException("argument '" + arg + "'", "options start with --\n" + USAGE);
			final int eq = arg.indexOf('=');
			final String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
			if (eq < 0 && i + 1 >= args.length)
				throw new UpdateSiteException("option --" + name, "needs a value\n" + USAGE);
			final String value = (eq < 0 ? args[++i] : arg.substring(eq + 1)).trim();
			if (name.equals("set"))
				addSetting(value, sets);
			else if (given.put(name, value) != null)
				throw new UpdateSiteException("option --" + name, "given twice");
		}
		return fromArguments(given, sets);
	}

	private static void addSetting(final String value, final Map<String, String> sets)
	{
		final int eq = value.indexOf('=');
		if (eq <= 0)
			throw new UpdateSiteException("option --set " + value, "expects NAME=VALUE");
		sets.put(value.substring(0, eq).trim(), value.substring(eq + 1).trim());
	}

	private static UpdateSiteOptions fromArguments(final Map<String, String> given, final Map<String, String> sets)
	{
		final Map<String, String> rest = new HashMap<>(given);
		final String project = rest.remove("project");
		UpdateSiteOptions o = forProject(Paths.get(project == null || project.isEmpty() ? "." : project));
		final String definition = rest.remove("definition");
		if (definition != null && !definition.isEmpty())
			o = o.withDefinition(Paths.get(definition).toAbsolutePath());
		final String output = rest.remove("output");
		if (output != null && !output.isEmpty())
			o = o.withOutput(Paths.get(output).toAbsolutePath());
		final String previous = rest.remove("previous");
		if (previous != null && !previous.isEmpty())
			o = o.withPrevious(Paths.get(previous).toAbsolutePath());
		final String timestamp = rest.remove("timestamp");
		if (timestamp != null && !timestamp.isEmpty())
			o = o.withTimestamp(Timestamps.parse(timestamp, "option --timestamp"));
		final String version = rest.remove("version");
		if (version != null && !version.isEmpty())
			o = o.withValue("version", version);
		final String repo = rest.remove("maven-repo");
		if (repo != null && !repo.isEmpty())
			o = o.withMavenRepository(Paths.get(repo).toAbsolutePath());
		if (!rest.isEmpty())
			throw new UpdateSiteException("option --" + rest.keySet().iterator().next(), "unknown\n" + USAGE);
		for (final Map.Entry<String, String> s : sets.entrySet())
			o = o.withValue(s.getKey(), s.getValue());
		return o;
	}
}
