package io.github.smm.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import ij.io.FileInfo;
import io.github.smm.InvalidOptionException;

/**
 * Checks the parameters of this plugin's commands before they run, whoever runs them (the
 * launcher, a macro, a script, the SciJava UI): a choice must be one of its choices, a number
 * finite and within its {@code min}/{@code max}, and no output file may be an input file (or
 * another output) — inputs are never overwritten. Runs after the input harvester, so it sees
 * what a dialog filled in.
 */
@Plugin(type = PreprocessorPlugin.class, priority = Priority.VERY_LOW - 1)
public final class InputChecks extends AbstractPreprocessorPlugin
{
	private static final String OURS = "io.github.smm.command.";

	@Override
	public void process(final Module module)
	{
		if (!module.getInfo().getDelegateClassName().startsWith(OURS))
			return;
		try
		{
			check(module);
		}
		catch (final IllegalArgumentException e)
		{
			throw CommandFailure.of(module.getInfo().getTitle(), e);
		}
	}

	/**
	 * @throws InvalidOptionException naming the parameter that is out of range or not a choice
	 * @throws IllegalArgumentException naming the output that would overwrite an input
	 */
	static void check(final Module module)
	{
		final Map<String, Path> inputs = new LinkedHashMap<>(), outputs = new LinkedHashMap<>();
		for (final ModuleItem<?> item : module.getInfo().inputs())
		{
			final Object value = item.getValue(module);
			if (value == null && item.isRequired() && isParameter(item))
				throw new IllegalArgumentException("parameter " + item.getName() + " is missing (" + item.getDescription() + ")");
			if (value instanceof String)
				choice(item, (String) value);
			else if (value instanceof Number)
				range(item, (Number) value);
			else if (value instanceof File && !((File) value).getPath().trim().isEmpty())
				(isOutput(item) ? outputs : inputs).put(item.getName(), ((File) value).toPath());
			else if (value instanceof ImagePlus && item.isRequired() && ((ImagePlus) value).getProcessor() == null)
				throw new IllegalArgumentException("parameter " + item.getName() + ": image '" + ((ImagePlus) value).getTitle() + "' has no pixels (not opened?)");
			else if (value instanceof ImagePlus && file((ImagePlus) value) != null)
				inputs.put(item.getName(), file((ImagePlus) value));
		}
		for (final Map.Entry<String, Path> in : inputs.entrySet())
			if (!Files.exists(in.getValue()))
				throw new IllegalArgumentException(in.getKey() + "=" + in.getValue() + " does not exist");
		for (final Map.Entry<String, Path> out : outputs.entrySet())
		{
			if (Files.isDirectory(out.getValue()))
				throw new IllegalArgumentException(out.getKey() + "=" + out.getValue() + " is a folder, not a file");
			for (final Map.Entry<String, Path> in : inputs.entrySet())
				if (same(out.getValue(), in.getValue()))
					throw new IllegalArgumentException(out.getKey() + "=" + out.getValue() + " is also the input " + in.getKey() + "=" + in.getValue() + ": inputs are never overwritten, choose another file");
			for (final Map.Entry<String, Path> other : outputs.entrySet())
				if (!other.getKey().equals(out.getKey()) && same(out.getValue(), other.getValue()))
					throw new IllegalArgumentException("outputs " + out.getKey() + " and " + other.getKey() + " are the same file " + out.getValue());
		}
	}

	/** True for an input a user gives (not a service or the context, which SciJava fills in). */
	private static boolean isParameter(final ModuleItem<?> item)
	{
		return !org.scijava.service.Service.class.isAssignableFrom(item.getType()) && !org.scijava.Context.class.isAssignableFrom(item.getType());
	}

	private static boolean isOutput(final ModuleItem<?> item)
	{
		final String style = item.getWidgetStyle();
		return style != null && style.contains("save");
	}

	private static void choice(final ModuleItem<?> item, final String value)
	{
		final List<?> choices = item.getChoices();
		if (choices == null || choices.isEmpty() || choices.contains(value))
			return;
		throw new InvalidOptionException(item.getName(), "'" + value + "' is not one of " + join(choices));
	}

	private static void range(final ModuleItem<?> item, final Number value)
	{
		final double v = value.doubleValue();
		if (Double.isNaN(v) || Double.isInfinite(v))
			throw new InvalidOptionException(item.getName(), value + " is not a finite number");
		final Object min = item.getMinimumValue(), max = item.getMaximumValue();
		if (min instanceof Number && v < ((Number) min).doubleValue())
			throw new InvalidOptionException(item.getName(), value + " is below its minimum " + min);
		if (max instanceof Number && v > ((Number) max).doubleValue())
			throw new InvalidOptionException(item.getName(), value + " is above its maximum " + max);
	}

	/** The file an image was opened from, or {@code null}. */
	private static Path file(final ImagePlus imp)
	{
		final FileInfo fi = imp.getOriginalFileInfo();
		if (fi == null || fi.fileName == null || fi.directory == null || fi.directory.isEmpty())
			return null;
		return Path.of(fi.directory, fi.fileName);
	}

	/** True when both paths name one file (also through links or different spellings). */
	static boolean same(final Path a, final Path b)
	{
		if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize()))
			return true;
		try
		{
			return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
		}
		catch (final IOException e)
		{
			return false;
		}
	}

	private static String join(final List<?> choices)
	{
		final StringBuilder sb = new StringBuilder();
		for (final Object c : choices)
			sb.append(sb.length() == 0 ? "" : ", ").append(c);
		return sb.toString();
	}
}
