package io.github.smm.command;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleException;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

/**
 * Runs one of this plugin's SciJava commands from plain ImageJ 1.x (no Fiji): builds a
 * {@link GenericDialog} from the command's parameters — so {@code run("Merge ROIs", "…")}
 * macros and the macro recorder work, with the parameter names as keys — then runs the
 * command through a SciJava {@link Context}. Registered by the {@code plugins.config} of the
 * separate ImageJ 1.x jar, never in Fiji (where the commands appear by themselves).
 */
public class CommandPlugIn implements PlugIn
{
	private static Context context;

	@Override
	public void run(final String commandClass)
	{
		final Thread thread = Thread.currentThread();
		final ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(getClass().getClassLoader());
		try
		{
			final CommandInfo info = context().service(CommandService.class).getCommand(commandClass);
			if (info == null)
				throw new IllegalArgumentException("no command " + commandClass);
			final Map<String, Object> inputs = ask(info);
			if (inputs == null)
				return;
			final Module m = context().service(CommandService.class).run(info, true, inputs).get();
			final Object summary = m.getOutput("summary");
			if (summary != null)
				IJ.log(info.getTitle() + ": " + summary);
		}
		catch (final ExecutionException | ModuleException | RuntimeException e)
		{
			final Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
			IJ.error("Spatial Mask Merging", cause.getMessage() != null ? cause.getMessage() : cause.toString());
			Macro.abort();
		}
		catch (final InterruptedException e)
		{
			thread.interrupt();
		}
		finally
		{
			thread.setContextClassLoader(previous);
		}
	}

	private static synchronized Context context()
	{
		if (context == null)
			context = new Context();
		return context;
	}

	/** Shows the dialog (or reads the macro options); null when cancelled. */
	private static Map<String, Object> ask(final CommandInfo info) throws ModuleException
	{
		final Module defaults = info.createModule();
		final GenericDialog gd = new GenericDialog(info.getTitle());
		final List<ModuleItem<?>> shown = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs())
			if (add(gd, item, item.getValue(defaults)))
				shown.add(item);
		gd.addHelp(help(info, shown));
		gd.showDialog();
		if (gd.wasCanceled())
			return null;
		final Map<String, Object> values = new LinkedHashMap<>();
		for (final ModuleItem<?> item : shown)
			values.put(item.getName(), read(gd, item));
		return values;
	}

	/** An HTML page listing every shown parameter with its description. */
	private static String help(final CommandInfo info, final List<ModuleItem<?>> items)
	{
		final StringBuilder sb = new StringBuilder("<html><h3>").append(info.getTitle()).append("</h3><dl>");
		for (final ModuleItem<?> item : items)
			sb.append("<dt><b>").append(item.getName()).append("</b></dt><dd>").append(item.getDescription() == null ? "" : item.getDescription()).append("</dd>");
		return sb.append("</dl></html>").toString();
	}

	private static boolean add(final GenericDialog gd, final ModuleItem<?> item, final Object value)
	{
		final Class<?> type = item.getType();
		final String name = item.getName();
		if (Service.class.isAssignableFrom(type) || Context.class.isAssignableFrom(type))
			return false;
		if (type == ImagePlus.class)
		{
			final ImagePlus current = WindowManager.getCurrentImage();
			gd.addStringField(name, current == null ? "" : current.getTitle(), 30);
		}
		else if (type == boolean.class || type == Boolean.class)
			gd.addCheckbox(name, Boolean.TRUE.equals(value));
		else if (type == double.class || type == int.class || type == Double.class || type == Integer.class)
			gd.addNumericField(name, value == null ? 0 : ((Number) value).doubleValue(), type == int.class || type == Integer.class ? 0 : 3);
		else if (item.getChoices() != null && !item.getChoices().isEmpty())
		{
			final List<?> choices = item.getChoices();
			final String[] items = new String[choices.size()];
			for (int i = 0; i < items.length; i++)
				items[i] = choices.get(i).toString();
			gd.addChoice(name, items, value == null ? items[0] : value.toString());
		}
		else if (type == File.class && !java.awt.GraphicsEnvironment.isHeadless())
			gd.addFileField(name, value == null ? "" : value.toString());
		else if (type == File.class)
			gd.addStringField(name, value == null ? "" : value.toString(), 30);
		else if (type == String.class)
			gd.addStringField(name, value == null ? "" : value.toString(), 30);
		else
			return false;
		return true;
	}

	/** An open image by title, else an image file by path; null for an empty name. */
	private static ImagePlus image(final String name)
	{
		if (name.isEmpty())
			return null;
		final ImagePlus open = WindowManager.getImage(name);
		if (open != null)
			return open;
		final ImagePlus file = new File(name).isFile() ? IJ.openImage(name) : null;
		if (file == null)
			throw new IllegalArgumentException("image '" + name + "' is neither an open image nor an image file");
		return file;
	}

	private static Object read(final GenericDialog gd, final ModuleItem<?> item)
	{
		final Class<?> type = item.getType();
		if (type == ImagePlus.class)
			return image(gd.getNextString().trim());
		if (type == boolean.class || type == Boolean.class)
			return gd.getNextBoolean();
		if (type == double.class || type == Double.class)
			return gd.getNextNumber();
		if (type == int.class || type == Integer.class)
			return (int) Math.round(gd.getNextNumber());
		if (item.getChoices() != null && !item.getChoices().isEmpty())
			return gd.getNextChoice();
		final String s = gd.getNextString().trim();
		if (type == File.class)
			return s.isEmpty() ? null : new File(s);
		return s;
	}
}
