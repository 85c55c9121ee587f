package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.io.coco.CocoJson;
import io.github.smm.testutil.TiledScene;

/** {@code parameters=} on a merge command: the file's values, explicit keys on top, bad files named. */
class ParametersKeyTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	private static int objects(final Path out)
	{
		return CocoJson.read(out).annotationsOf(1).size();
	}

	@Test
	void theFileDecidesAndExplicitKeysOverrideIt(@TempDir final Path dir) throws Exception
	{
		final TiledScene a = new TiledScene(31, 210, 210, 90, 30, 30);
		final Path in = dir.resolve("pred.json"), params = dir.resolve("best.json"), out = dir.resolve("out.json");
		CommandFixtures.writeCoco(in, a);
		commands.run(MergeCocoJson.class, true, "input", in.toFile(), "output", out.toFile(), "overlap_measure", "ios").get();
		final int merged = objects(out);
		assertEquals(a.truth.size(), merged);
		// gamma 50: every pair cannot-link, nothing merges
		Files.writeString(params, "{\"format\": \"smm-merge-parameters\", \"parameters\": {\"gamma\": 50, \"overlap_measure\": \"ios\"}}");
		commands.run(MergeCocoJson.class, true, "input", in.toFile(), "output", out.toFile(), "parameters", params.toFile()).get();
		assertEquals(a.predictions.size(), objects(out));
		commands.run(MergeCocoJson.class, true, "input", in.toFile(), "output", out.toFile(), "parameters", params.toFile(), "gamma", 0.4).get();
		assertEquals(merged, objects(out), "gamma given explicitly overrides the file");
	}

	@Test
	void badFilesFailNamingTheFileAndTheKey(@TempDir final Path dir) throws Exception
	{
		final TiledScene a = new TiledScene(32, 150, 150, 90, 30, 10);
		final Path in = dir.resolve("pred.json"), params = dir.resolve("typo.json");
		CommandFixtures.writeCoco(in, a);
		Files.writeString(params, "{\"parameters\": {\"gammma\": 0.5}}");
		final ExecutionException e = assertThrows(ExecutionException.class,
				() -> commands.run(MergeCocoJson.class, true, "input", in.toFile(), "output", dir.resolve("o.json").toFile(), "parameters", params.toFile()).get());
		assertTrue(CommandsTest.messages(e).contains("gammma") && CommandsTest.messages(e).contains("typo.json"), CommandsTest.messages(e));
		final ExecutionException both = assertThrows(ExecutionException.class, () -> commands
				.run(MergeCocoJson.class, true, "input", in.toFile(), "output", dir.resolve("o.json").toFile(), "parameters", params.toFile(), "preset", "paper").get());
		assertTrue(CommandsTest.messages(both).contains("preset=paper"), CommandsTest.messages(both));
	}
}
