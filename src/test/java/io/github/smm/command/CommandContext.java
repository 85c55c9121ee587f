package io.github.smm.command;

import java.util.Map;
import java.util.concurrent.Future;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/**
 * The SciJava context of a command test class, headless: made before the class's first test and
 * disposed after its last. Register it as
 * {@code @RegisterExtension static final CommandContext commands = new CommandContext();} and
 * call {@code commands.run(…)} as on a {@link CommandService}.
 */
final class CommandContext implements BeforeAllCallback, AfterAllCallback
{
	private Context context;

	private CommandService commands;

	@Override
	public void beforeAll(final ExtensionContext extension)
	{
		context = new Context(CommandService.class);
		commands = context.service(CommandService.class);
	}

	@Override
	public void afterAll(final ExtensionContext extension)
	{
		context.dispose();
		context = null;
		commands = null;
	}

	/** The context, for the services a test needs besides commands. */
	Context context()
	{
		return context;
	}

	/** As {@link CommandService#run(Class, boolean, Object...)}. */
	<C extends Command> Future<CommandModule> run(final Class<C> type, final boolean process, final Object... inputs)
	{
		return commands.run(type, process, inputs);
	}

	/** As {@link CommandService#run(Class, boolean, Map)}. */
	<C extends Command> Future<CommandModule> run(final Class<C> type, final boolean process, final Map<String, Object> inputs)
	{
		return commands.run(type, process, inputs);
	}

	/** As {@link CommandService#getCommand(Class)}. */
	<C extends Command> CommandInfo getCommand(final Class<C> type)
	{
		return commands.getCommand(type);
	}
}
