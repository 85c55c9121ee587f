package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;

import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.testutil.ImageJ1;

/**
 * The {@code chain_cost} key of the merge commands, headless and from a macro: three pieces in a
 * row, a–b and b–c overlapping, a and c beyond ρ (no candidates). At chain cost 1 joining a costs λ
 * for a–c and a stays apart (2 objects); at 0 the chain is one object. Out of [0, 1]: an error naming the key.
 */
class ChainCostKeyTest
{
	private static Context context;

	private static CommandService commands;

	/** preset=custom with the overlap term only (β 0/8/0), plain IoU. */
	private static final Object[] CUSTOM = { "preset", "custom", "beta1", 0.0, "beta2", 8.0, "beta3", 0.0, "overlap_measure", "iou" };

	@BeforeAll
	static void start()
	{
		context = new Context(CommandService.class);
		commands = context.service(CommandService.class);
	}

	@AfterAll
	static void stop()
	{
		context.dispose();
	}

	private static Path chainOfPieces(final Path dir)
	{
		final Path file = dir.resolve("pieces.json");
		final List<Instance> pieces = List.of(new Instance(1, RleMask.rectangle(Box.ofSize(0, 0, 12, 10)), 1, 1, null, Instance.NO_TILE),
				new Instance(2, RleMask.rectangle(Box.ofSize(8, 0, 20, 10)), 1, 1, null, Instance.NO_TILE),
				new Instance(3, RleMask.rectangle(Box.ofSize(22, 0, 12, 10)), 1, 1, null, Instance.NO_TILE));
		CocoJson.write(CocoDataset.builder().category(1, "nucleus").image(1, "pieces.png", 40, 20).instances(1, pieces).build(), file, CocoWriteOptions.rle());
		return file;
	}

	private static int merged(final Path in, final Path out, final Object... chainCost) throws Exception
	{
		final Object[] inputs = new Object[CUSTOM.length + 4 + chainCost.length];
		System.arraycopy(new Object[] { "input", in.toFile(), "output", out.toFile() }, 0, inputs, 0, 4);
		System.arraycopy(CUSTOM, 0, inputs, 4, CUSTOM.length);
		System.arraycopy(chainCost, 0, inputs, 4 + CUSTOM.length, chainCost.length);
		commands.run(MergeCocoJson.class, true, inputs).get();
		return CocoJson.read(out).annotationsOf(1).size();
	}

	@Test
	void theKeySetsTheChainCostHeadless(@TempDir final Path dir) throws Exception
	{
		final Path in = chainOfPieces(dir), out = dir.resolve("out.json");
		assertEquals(2, merged(in, out, "chain_cost", "1"), "published objective: a stays apart");
		assertEquals(1, merged(in, out, "chain_cost", "0"), "free chains: one object");
		assertEquals(1, merged(in, out, "chain_cost", "0.1"));
		for (final String bad : new String[] { "1.5", "-0.1", "cheap" })
		{
			final ExecutionException e = assertThrows(ExecutionException.class, () -> merged(in, out, "chain_cost", bad));
			assertTrue(CommandsTest.messages(e).contains("chain_cost") && CommandsTest.messages(e).contains(bad), CommandsTest.messages(e));
		}
	}

	@Test
	void theKeySetsTheChainCostFromAMacro(@TempDir final Path dir) throws Exception
	{
		final Path in = chainOfPieces(dir), published = dir.resolve("c1.json"), free = dir.resolve("c0.json");
		final String keys = "preset=custom beta1=0 beta2=8 beta3=0 overlap_measure=iou";
		ImageJ1.runMacro("run(\"Merge COCO JSON\", \"input=[" + in + "] output=[" + published + "] " + keys + " chain_cost=1\");\n"
				+ "run(\"Merge COCO JSON\", \"input=[" + in + "] output=[" + free + "] " + keys + " chain_cost=0\");", "");
		assertEquals(2, CocoJson.read(published).annotationsOf(1).size());
		assertEquals(1, CocoJson.read(free).annotationsOf(1).size());
	}
}
