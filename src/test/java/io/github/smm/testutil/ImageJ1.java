package io.github.smm.testutil;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import net.imagej.patcher.LegacyEnvironment;

/**
 * Runs ImageJ 1.x macros with ImageJ's own interpreter (through ij1-patcher), with this
 * plugin's classes, its ImageJ 1.x {@code plugins.config} ({@code src/main/ij1}) and its
 * dependencies on the plugin class path, so macros reach the commands by title.
 */
public final class ImageJ1
{
	private ImageJ1()
	{}

	/** Runs {@code code} with {@code argument} (what the macro's {@code getArgument()} returns) in a fresh ImageJ 1.x. */
	public static void runMacro(final String code, final String argument)
	{
		session().runMacro(code, argument);
	}

	/** A fresh headless ImageJ 1.x that runs several macros one after the other (faster than one ImageJ each). */
	public static Session session()
	{
		final LegacyEnvironment ij1;
		try
		{
			ij1 = new LegacyEnvironment(null, true);
		}
		catch (final ClassNotFoundException e)
		{
			throw new IllegalStateException("ij1-patcher cannot patch ImageJ 1.x", e);
		}
		ij1.disableIJ1PluginDirs();
		ij1.addPluginClasspath(pluginClasspath());
		return new Session(ij1);
	}

	/** One ImageJ 1.x (one class loader) with this plugin. */
	public static final class Session
	{
		private final LegacyEnvironment ij1;

		private Session(final LegacyEnvironment ij1)
		{
			this.ij1 = ij1;
		}

		/** Runs {@code code} with {@code argument} (what the macro's {@code getArgument()} returns). */
		public void runMacro(final String code, final String argument)
		{
			ij1.runMacro(code, argument);
		}
	}

	/** The test class path without ImageJ itself (the legacy environment provides it), plus {@code src/main/ij1}. */
	private static File[] pluginClasspath()
	{
		final List<File> files = new ArrayList<>();
		files.add(new File("src/main/ij1"));
		for (final String entry : System.getProperty("java.class.path").split(File.pathSeparator))
		{
			final String name = new File(entry).getName();
			if (!name.matches("ij-\\d.*\\.jar") && !name.startsWith("ij1-patcher") && !entry.endsWith("test-classes"))
				files.add(new File(entry));
		}
		return files.toArray(new File[0]);
	}
}
