package io.github.smm.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;

/**
 * Runs a SciJava command of this plugin headless by its title, with Fiji's {@code --run}
 * argument syntax: {@code java -jar smm.jar run "Merge COCO JSON" "input=a.json,output=b.json"}.
 */
public final class CommandLauncher
{
	/** The package holding this plugin's commands. */
	private static final String COMMAND_PACKAGE = "io.github.smm.command.";

	private final Context context;

	public CommandLauncher(final Context context)
	{
		this.context = context;
	}

	/** The titles of this plugin's commands. */
	public List<String> titles()
	{
		final List<String> out = new ArrayList<>();
		for (final CommandInfo info : ours())
			out.add(info.getTitle());
		return out;
	}

	/**
	 * Runs the command titled {@code title}.
	 *
	 * @throws IllegalArgumentException for an unknown title or an argument that the command has
	 *             no input for (naming it)
	 */
	public Module run(final String title, final Map<String, String> arguments) throws InterruptedException, ExecutionException
	{
		final CommandInfo info = find(title);
		final Map<String, Object> inputs = new LinkedHashMap<>();
		for (final Map.Entry<String, String> e : arguments.entrySet())
		{
			final ModuleItem<?> item = info.getInput(e.getKey());
			if (item == null)
				throw new IllegalArgumentException("command '" + title + "' has no parameter '" + e.getKey() + "' (parameters: " + ArgumentValues.parameters(info) + ")");
			inputs.put(e.getKey(), ArgumentValues.of(info, item, e.getValue()));
		}
		return context.service(CommandService.class).run(info, true, inputs).get();
	}

	/** The command with this title (case-insensitive), among this plugin's commands. */
	public CommandInfo find(final String title)
	{
		for (final CommandInfo info : ours())
			if (info.getTitle().equalsIgnoreCase(title.trim()))
				return info;
		throw new IllegalArgumentException("no command titled '" + title + "' (commands: " + String.join(", ", titles()) + ")");
	}

	private List<CommandInfo> ours()
	{
		final List<CommandInfo> out = new ArrayList<>();
		for (final CommandInfo info : context.service(CommandService.class).getCommands())
			if (info.getClassName().startsWith(COMMAND_PACKAGE))
				out.add(info);
		out.sort((a, b) -> a.getTitle().compareTo(b.getTitle()));
		return out;
	}
}
