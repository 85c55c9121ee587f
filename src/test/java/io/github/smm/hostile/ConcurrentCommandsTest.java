package io.github.smm.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;

import io.github.smm.cli.CommandLauncher;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.model.Instance;
import io.github.smm.testutil.TiledScene;

/**
 * Commands run at the same time in one JVM share no mutable state: parallel merges of the same
 * input (through one SciJava context, and through separate ones) write byte-identical outputs,
 * identical to a run alone.
 */
class ConcurrentCommandsTest
{
	private static final int RUNS = 6;

	@Test
	void parallelMergesWriteIdenticalBytes(@TempDir final Path dir) throws Exception
	{
		final TiledScene scene = new TiledScene(41, 210, 210, 90, 30, 30);
		final List<Instance> plain = new ArrayList<>();
		for (final Instance p : scene.predictions)
			plain.add(new Instance(p.id(), p.mask(), p.score()));
		final Path in = dir.resolve("in.json");
		CocoJson.write(CocoDataset.builder().image(1, "a.png", 210, 210).category(0, "cell").instances(1, plain).build(), in, CocoWriteOptions.rle());
		System.setProperty("smm.batch", "true");
		final Context shared = new Context();
		try
		{
			final byte[] alone = run(shared, in, dir.resolve("alone.json"), dir.resolve("alone.csv"));
			final ExecutorService pool = Executors.newFixedThreadPool(RUNS);
			try
			{
				final List<Future<byte[]>> runs = new ArrayList<>();
				for (int k = 0; k < RUNS; k++)
				{
					final int run = k;
					// half through the shared context, half through their own
					runs.add(pool.submit(() -> run % 2 == 0 ? run(shared, in, dir.resolve("out" + run + ".json"), dir.resolve("t" + run + ".csv")) : runOwn(in, dir, run)));
				}
				for (int k = 0; k < RUNS; k++)
				{
					assertArrayEquals(alone, runs.get(k).get(), "merged COCO of run " + k);
					assertArrayEquals(Files.readAllBytes(dir.resolve("alone.csv")), Files.readAllBytes(dir.resolve("t" + k + ".csv")), "cluster table of run " + k);
				}
			}
			finally
			{
				pool.shutdown();
			}
		}
		finally
		{
			shared.dispose();
		}
		assertEquals(scene.truth.size(), CocoJson.read(dir.resolve("alone.json")).annotations().size(), "and the result is right");
	}

	private static byte[] runOwn(final Path in, final Path dir, final int run) throws Exception
	{
		final Context own = new Context();
		try
		{
			return run(own, in, dir.resolve("out" + run + ".json"), dir.resolve("t" + run + ".csv"));
		}
		finally
		{
			own.dispose();
		}
	}

	private static byte[] run(final Context context, final Path in, final Path out, final Path table) throws Exception
	{
		context.service(CommandService.class).run(new CommandLauncher(context).find("Merge COCO JSON"), true,
				"input", in.toFile(), "output", out.toFile(), "table", table.toFile(), "overlap_measure", "ios").get();
		return Files.readAllBytes(out);
	}
}
