package io.github.smm.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

import io.github.smm.cli.CommandLauncher;
import io.github.smm.cli.Main;
import io.github.smm.cli.RunArguments;
import io.github.smm.command.CommandFailure;
import io.github.smm.command.ReportedFailures;

/**
 * The hostile corpus ({@link HostileCorpus}) run twice: through the headless launcher (exit code
 * 2 and one line {@code error: …} naming the item, or exit code 0 and a correct result) and
 * through a SciJava {@link Context} (a {@link CommandFailure} that is no internal error, or the
 * same result). Inputs are never changed and no temporary file is left behind.
 */
class HostileCorpusTest
{
	/** No case may take longer (a hang is a failure). */
	private static final java.time.Duration LIMIT = java.time.Duration.ofSeconds(60);

	private static Context context;

	private static Object reported;

	@TempDir
	static Path root;

	@BeforeAll
	static void start()
	{
		System.setProperty("smm.batch", "true");
		context = new Context();
		reported = ReportedFailures.subscribe(context);
	}

	@AfterAll
	static void stop()
	{
		java.lang.ref.Reference.reachabilityFence(reported);
		context.dispose();
	}

	@Test
	void theCorpusHasAtLeast300CasesOverEveryFormatAndCommand()
	{
		final List<HostileCase> cases = HostileCorpus.all();
		assertTrue(cases.size() >= 300, cases.size() + " cases");
		final long valid = cases.stream().filter(c -> !c.expectsError()).count();
		assertTrue(valid >= 20, "valid edge cases: " + valid);
		assertEquals(8, cases.stream().map(c -> c.command).distinct().count(), "every command");
		assertEquals(8, cases.stream().filter(c -> !c.expectsError()).map(c -> c.command).distinct().count(), "a valid case for every command");
	}

	@TestFactory
	Stream<DynamicTest> throughTheLauncher()
	{
		return HostileCorpus.all().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> assertTimeoutPreemptively(LIMIT, () -> launcher(c))));
	}

	@TestFactory
	Stream<DynamicTest> throughASciJavaContext()
	{
		return HostileCorpus.all().stream().filter(c -> !c.launcherOnly).map(c -> DynamicTest.dynamicTest(c.toString(), () -> assertTimeoutPreemptively(LIMIT, () -> inContext(c))));
	}

	private static void launcher(final HostileCase c) throws Exception
	{
		final Path dir = prepare(c, "launcher");
		final Map<String, byte[]> before = contents(dir);
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream(), logged = new ByteArrayOutputStream();
		final PrintStream systemErr = System.err;
		System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
		final int code;
		try
		{
			code = Main.run(new String[] { "run", c.command, c.arguments(dir) }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		}
		finally
		{
			System.setErr(systemErr);
		}
		final String message = err.toString(StandardCharsets.UTF_8).trim();
		assertFalse(logged.toString(StandardCharsets.UTF_8).contains("\tat "), "no stack trace: " + logged);
		if (c.expectsError())
		{
			assertEquals(2, code, "exit code of bad input; stderr: " + message);
			assertEquals(1, message.lines().count(), "one line: " + message);
			assertTrue(message.startsWith("error: "), message);
			for (final String f : c.fragments)
				assertTrue(message.contains(f), "names '" + f + "': " + message);
		}
		else
		{
			assertEquals(0, code, "exit code of a valid run; stderr: " + message);
			c.check.verify(dir, out.toString(StandardCharsets.UTF_8));
		}
		unchanged(dir, before);
	}

	private static void inContext(final HostileCase c) throws Exception
	{
		final Path dir = prepare(c, "context");
		final Map<String, byte[]> before = contents(dir);
		final Map<String, Object> inputs = new LinkedHashMap<>(RunArguments.parse(c.arguments(dir)));
		final CommandService commands = context.service(CommandService.class);
		try
		{
			final Module m = commands.run(new CommandLauncher(context).find(c.command), true, inputs).get();
			if (c.expectsError())
				fail("expected an error naming " + c.fragments + ", got: " + m.getOutput("summary"));
			c.check.verify(dir, String.valueOf(m.getOutput("summary")));
		}
		catch (final ExecutionException | RuntimeException e)
		{
			final CommandFailure f = CommandFailure.in(e);
			assertNotNull(f, "a command failure, not " + e);
			assertFalse(f.isInternal(), "bad input is no internal error: " + f.getMessage());
			if (!c.expectsError())
				fail("a valid case failed: " + f.getMessage());
			for (final String frag : c.fragments)
				assertTrue(f.getMessage().contains(frag), "names '" + frag + "': " + f.getMessage());
		}
		unchanged(dir, before);
	}

	private static Path prepare(final HostileCase c, final String path) throws IOException
	{
		final Path dir = Files.createTempDirectory(root, path);
		for (final Map.Entry<String, HostileCase.Content> f : c.files.entrySet())
		{
			final Path file = dir.resolve(f.getKey());
			Files.createDirectories(file.getParent());
			f.getValue().write(file);
		}
		return dir;
	}

	private static Map<String, byte[]> contents(final Path dir) throws IOException
	{
		final Map<String, byte[]> out = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(dir))
		{
			for (final Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator)
				out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
		}
		return out;
	}

	/** The inputs are as they were, and no temporary output file is left. */
	private static void unchanged(final Path dir, final Map<String, byte[]> before) throws IOException
	{
		final Map<String, byte[]> after = contents(dir);
		for (final Map.Entry<String, byte[]> e : before.entrySet())
			assertArrayEquals(e.getValue(), after.get(e.getKey()), "input " + e.getKey() + " unchanged");
		for (final String name : after.keySet())
			assertFalse(name.endsWith(".part") || name.contains(".part."), "temporary file left: " + name);
	}
}
