package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;
import org.scijava.log.LogListener;
import org.scijava.log.LogService;
import org.scijava.module.ModuleService;

import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.model.Instance;
import io.github.smm.testutil.NoisyTiledScene;
import io.github.smm.tune.ParameterFile;

/** Tune Merge Parameters headless through a SciJava context, on generated tiled scenes with ground truth. */
class TuneMergeParametersTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	/** Predictions (without windows: the grid keys give them back) and ground truth of three scenes as two COCO files. */
	static void writeScenes(final Path predictions, final Path truth)
	{
		final CocoDataset.Builder p = CocoDataset.builder().category(1, "nucleus"), g = CocoDataset.builder().category(1, "nucleus");
		long id = 1;
		for (int k = 0; k < 3; k++)
		{
			final NoisyTiledScene s = new NoisyTiledScene(60 + k, 300, 260, 120, 30, 70);
			p.image(k + 1, "scene" + k + ".png", s.width, s.height);
			g.image(k + 1, "scene" + k + ".png", s.width, s.height);
			final List<Instance> pred = new ArrayList<>(), gt = new ArrayList<>();
			for (final Instance i : s.predictions)
				pred.add(new Instance(id++, i.mask(), i.score(), 1, null, Instance.NO_TILE));
			for (final Instance i : s.truth)
				gt.add(new Instance(id++, i.mask(), 1, 1, null, Instance.NO_TILE));
			p.instances(k + 1, pred);
			g.instances(k + 1, gt);
		}
		CocoJson.write(p.build(), predictions, CocoWriteOptions.rle());
		CocoJson.write(g.build(), truth, CocoWriteOptions.rle());
	}

	@Test
	void writesTheBestSettingsTrialsAndPlotsTheSameForTheSameSeed(@TempDir final Path dir) throws Exception
	{
		final Path pred = dir.resolve("pred.json"), gt = dir.resolve("gt.json"), best = dir.resolve("best.json"), csv = dir.resolve("trials.csv"), png = dir.resolve("plot.png");
		writeScenes(pred, gt);
		final CommandModule m = commands.run(TuneMergeParameters.class, true, "predictions", pred.toFile(), "ground_truth", gt.toFile(), "tile_size", 120, "overlap", 30.0,
				"trials", 12, "folds", 3, "seed", 5L, "tune", "beta2,gamma,overlap_measure", "output_parameters", best.toFile(), "trials_csv", csv.toFile(), "plot_png",
				png.toFile()).get();
		final String summary = (String) m.getOutput("summary");
		assertTrue(summary.contains("held-out pq over 3 folds"), summary);
		final String json = Files.readString(best);
		assertTrue(json.contains("\"held_out_tuned_mean\"") && json.contains("\"metric\": \"pq\""), json);
		ParameterFile.read(best);
		assertEquals(1 + 12 * 4, Files.readAllLines(csv).size());
		final byte[] head = Files.readAllBytes(png);
		assertEquals((byte) 0x89, head[0]);
		assertEquals('P', head[1]);
		final Path again = dir.resolve("again.json");
		commands.run(TuneMergeParameters.class, true, "predictions", pred.toFile(), "ground_truth", gt.toFile(), "tile_size", 120, "overlap", 30.0, "trials", 12, "folds", 3,
				"seed", 5L, "tune", "beta2,gamma,overlap_measure", "output_parameters", again.toFile()).get();
		assertEquals(json, Files.readString(again), "same seed, same file");
		// the file merges: the merge command takes it as parameters=
		commands.run(MergeCocoJson.class, true, "input", pred.toFile(), "tile_size", 120, "overlap", 30.0, "parameters", best.toFile(), "output", dir.resolve("m.json").toFile())
				.get();
		assertTrue(Files.size(dir.resolve("m.json")) > 0);
	}

	@Test
	void badKeysFailNamingThem(@TempDir final Path dir) throws Exception
	{
		final Path pred = dir.resolve("pred.json"), gt = dir.resolve("gt.json");
		writeScenes(pred, gt);
		final ExecutionException metric = assertThrows(ExecutionException.class, () -> commands.run(TuneMergeParameters.class, true, "predictions", pred.toFile(),
				"ground_truth", gt.toFile(), "metric", "f2", "output_parameters", dir.resolve("b.json").toFile()).get());
		assertTrue(CommandsTest.messages(metric).contains("metric 'f2'"), CommandsTest.messages(metric));
		final ExecutionException tune = assertThrows(ExecutionException.class, () -> commands.run(TuneMergeParameters.class, true, "predictions", pred.toFile(),
				"ground_truth", gt.toFile(), "tune", "gamma,betta", "output_parameters", dir.resolve("b.json").toFile()).get());
		assertTrue(CommandsTest.messages(tune).contains("betta"), CommandsTest.messages(tune));
		final ExecutionException folds = assertThrows(ExecutionException.class, () -> commands.run(TuneMergeParameters.class, true, "predictions", pred.toFile(),
				"ground_truth", gt.toFile(), "folds", 5, "output_parameters", dir.resolve("b.json").toFile()).get());
		assertTrue(CommandsTest.messages(folds).contains("folds"), CommandsTest.messages(folds));
	}

	@Test
	void aSciJavaCancelStopsTheRunningTuningBetweenTrialsAndWritesTheBestSoFar(@TempDir final Path dir) throws Exception
	{
		final Path pred = dir.resolve("pred.json"), gt = dir.resolve("gt.json"), best = dir.resolve("best.json"), csv = dir.resolve("trials.csv");
		writeScenes(pred, gt);
		final ModuleService modules = commands.context().service(ModuleService.class);
		final CommandModule module = (CommandModule) modules.createModule(commands.getCommand(TuneMergeParameters.class));
		// cancelled by SciJava while running: when the command logs that the tuning starts
		final LogListener cancelAtStart = m -> {
			if (String.valueOf(m.text()).startsWith("Tune Merge Parameters:"))
				module.cancel("cancelled by the test");
		};
		final LogService log = commands.context().service(LogService.class);
		log.addLogListener(cancelAtStart);
		try
		{
			modules.run(module, true, "predictions", pred.toFile(), "ground_truth", gt.toFile(), "tile_size", 120, "overlap", 30.0, "trials", 40, "folds", 3, "seed", 5L,
					"tune", "beta2,gamma", "output_parameters", best.toFile(), "trials_csv", csv.toFile()).get();
		}
		finally
		{
			log.removeLogListener(cancelAtStart);
		}
		assertTrue(module.isCanceled());
		assertTrue(module.getCancelReason().contains("after 4 trial(s)"), module.getCancelReason());
		assertEquals(1 + 4, Files.readAllLines(csv).size(), "one batch of four trials, then stopped; no fold run");
		final String json = Files.readString(best);
		assertTrue(json.contains("\"beta2\"") && json.contains("\"gamma\""), json);
		ParameterFile.read(best);
	}
}
