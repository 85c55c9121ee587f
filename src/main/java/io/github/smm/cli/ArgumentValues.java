package io.github.smm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scijava.Context;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

import ij.IJ;
import ij.ImagePlus;

/**
 * Turns the launcher's {@code key=value} strings into a command's parameter values, refusing
 * what SciJava's conversion would silently turn into something else: a boolean that is not
 * {@code true}/{@code false}, a number that does not parse or is NaN or infinite, an image file
 * that does not open, a SciJava service given as if it were an option. Ranges and choices are
 * checked for every caller by {@link io.github.smm.command.InputChecks}.
 */
final class ArgumentValues
{
	private ArgumentValues()
	{}

	/**
	 * The value of {@code raw} for {@code item} of {@code command}.
	 *
	 * @throws IllegalArgumentException naming the parameter and what was found
	 */
	static Object of(final ModuleInfo command, final ModuleItem<?> item, final String raw)
	{
		final Class<?> type = item.getType();
		final String key = item.getName();
		if (isService(item))
			throw new IllegalArgumentException("'" + key + "' is a service of command '" + command.getTitle() + "', not a parameter (parameters: " + parameters(command) + ")");
		if (type == boolean.class || type == Boolean.class)
			return bool(key, raw);
		if (type.isPrimitive() || Number.class.isAssignableFrom(type))
			return number(key, raw, type);
		if (type == ImagePlus.class)
			return image(key, raw);
		return raw;
	}

	/** The names a user may give, in declaration order: every input but the services. */
	static String parameters(final ModuleInfo command)
	{
		final List<String> names = new ArrayList<>();
		for (final ModuleItem<?> item : command.inputs())
			if (!isService(item))
				names.add(item.getName());
		return String.join(", ", names);
	}

	/** True for an input SciJava fills in itself (a service, the context). */
	static boolean isService(final ModuleItem<?> item)
	{
		return Service.class.isAssignableFrom(item.getType()) || Context.class.isAssignableFrom(item.getType());
	}

	private static Boolean bool(final String key, final String raw)
	{
		final String v = raw.trim().toLowerCase(Locale.ROOT);
		if (v.equals("true") || v.equals("false"))
			return Boolean.valueOf(v);
		throw new IllegalArgumentException("parameter " + key + ": '" + raw + "' is not true or false");
	}

	private static Object number(final String key, final String raw, final Class<?> type)
	{
		final double v;
		try
		{
			v = Double.parseDouble(raw.trim());
		}
		catch (final NumberFormatException e)
		{
			throw new IllegalArgumentException("parameter " + key + ": '" + raw + "' is not a number");
		}
		if (Double.isNaN(v) || Double.isInfinite(v))
			throw new IllegalArgumentException("parameter " + key + ": '" + raw + "' is not a finite number");
		if (type == double.class || type == Double.class)
			return v;
		if (type == float.class || type == Float.class)
			return (float) v;
		if (v != Math.rint(v))
			throw new IllegalArgumentException("parameter " + key + ": '" + raw + "' is not a whole number");
		if (type == int.class || type == Integer.class)
		{
			if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)
				throw new IllegalArgumentException("parameter " + key + ": '" + raw + "' is out of the range of an integer");
			return (int) v;
		}
		if (type == long.class || type == Long.class)
			return (long) v;
		return raw;
	}

	private static ImagePlus image(final String key, final String raw)
	{
		final Path p = Path.of(raw.trim());
		if (!Files.isRegularFile(p))
			throw new IllegalArgumentException("parameter " + key + ": image file " + raw + " does not exist");
		final ImagePlus imp = IJ.openImage(p.toString());
		if (imp == null)
			throw new IllegalArgumentException("parameter " + key + ": " + raw + " is not an image ImageJ can open");
		return imp;
	}
}
