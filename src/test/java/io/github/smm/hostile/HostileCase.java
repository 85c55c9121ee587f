package io.github.smm.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of the hostile corpus: the files to write in a fresh folder, a command with its
 * {@code key=value} arguments ({@code {dir}} stands for the folder), and the outcome expected:
 * a user error whose one-line message contains every given fragment (the offending file, item,
 * key), or a valid run whose result passes a check.
 */
final class HostileCase
{
	/** Writes one input file. */
	@FunctionalInterface
	interface Content
	{
		void write(Path file) throws IOException;
	}

	/** Checks a valid run's outputs in the case's folder. */
	@FunctionalInterface
	interface Check
	{
		void verify(Path dir, String summary) throws Exception;
	}

	final String name;
	final String command;
	final String arguments;
	final Map<String, Content> files = new LinkedHashMap<>();
	final List<String> fragments;
	final Check check;
	/** True when only the launcher parses the failing value (SciJava's own conversion cannot see it). */
	boolean launcherOnly;

	private HostileCase(final String name, final String command, final String arguments, final List<String> fragments, final Check check)
	{
		this.name = name;
		this.command = command;
		this.arguments = arguments;
		this.fragments = fragments;
		this.check = check;
	}

	/** A case that must fail with a message containing {@code fragments}. */
	static HostileCase error(final String name, final String command, final String arguments, final String... fragments)
	{
		return new HostileCase(name, command, arguments, new ArrayList<>(Arrays.asList(fragments)), null);
	}

	/** A case that must succeed and pass {@code check}. */
	static HostileCase valid(final String name, final String command, final String arguments, final Check check)
	{
		return new HostileCase(name, command, arguments, List.of(), check);
	}

	HostileCase file(final String fileName, final Content content)
	{
		files.put(fileName, content);
		return this;
	}

	HostileCase launcherOnly()
	{
		launcherOnly = true;
		return this;
	}

	boolean expectsError()
	{
		return check == null;
	}

	/** The arguments with the folder filled in. */
	String arguments(final Path dir)
	{
		return arguments.replace("{dir}", dir.toString());
	}

	@Override
	public String toString()
	{
		return command + ": " + name;
	}
}
