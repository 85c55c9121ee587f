package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.RoiSets;
import io.github.smm.io.ClusterCsv;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.model.Instance;
import io.github.smm.testutil.TiledScene;

/** The three merge commands run headless through a SciJava context, on generated tiled scenes. */
class CommandsTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	@Test
	void mergeCocoJsonMergesEveryImage(@TempDir final Path dir) throws Exception
	{
		final TiledScene a = new TiledScene(21, 210, 210, 90, 30, 30), b = new TiledScene(22, 150, 210, 90, 30, 25);
		final Path in = dir.resolve("pred.json"), out = dir.resolve("merged.json"), table = dir.resolve("clusters.csv");
		CommandFixtures.writeCoco(in, a, b);
		final CommandModule m = commands.run(MergeCocoJson.class, true, "input", in.toFile(), "output", out.toFile(), "table", table.toFile(), "overlap_measure", "ios").get();
		final CocoDataset merged = CocoJson.read(out);
		assertEquals(a.truth.size(), merged.annotationsOf(1).size());
		assertEquals(b.truth.size(), merged.annotationsOf(2).size());
		assertEquals(a.truth.size() + b.truth.size(), ClusterCsv.readClusters(table).size());
		final String summary = (String) m.getOutput("summary");
		assertTrue(summary.contains("-> " + (a.truth.size() + b.truth.size()) + " objects"), summary);
		// what the exact solver proved, over both images
		assertTrue(summary.matches(".*; (\\d+) components \\(\\1 proven optimal, largest \\d+, total gap 0\\), solver [0-9.]+ s"), summary);
	}

	@Test
	void mergeCocoJsonReadsDetectionResultsWithTheirImagesFile(@TempDir final Path dir) throws Exception
	{
		final TiledScene a = new TiledScene(25, 210, 210, 90, 30, 30);
		final Path full = dir.resolve("full.json"), results = dir.resolve("results.json"), images = dir.resolve("images.json"), out = dir.resolve("merged.json");
		CommandFixtures.writeCoco(full, a);
		final CocoDataset dataset = CocoJson.read(full);
		CocoJson.writeResults(dataset, results, io.github.smm.io.coco.CocoWriteOptions.rle());
		CocoJson.write(new CocoDataset(dataset.images(), dataset.categories(), List.of()), images, io.github.smm.io.coco.CocoWriteOptions.rle());
		commands.run(MergeCocoJson.class, true, "input", results.toFile(), "images", images.toFile(), "output", out.toFile()).get();
		assertEquals(a.truth.size(), CocoJson.read(out).annotations().size());
		assertEquals("image1.png", CocoJson.read(out).images().get(0).fileName(), "images and categories come from the images file");
		final Path alone = dir.resolve("alone.json");
		commands.run(MergeCocoJson.class, true, "input", results.toFile(), "output", alone.toFile()).get();
		assertEquals(a.truth.size(), CocoJson.read(alone).annotations().size(), "without the images file: sizes from the RLE");
		assertEquals(a.width, CocoJson.read(alone).images().get(0).width());
	}

	@Test
	void mergeCocoJsonMergesADetectron2ListAlone(@TempDir final Path dir) throws Exception
	{
		final Path in = io.github.smm.testutil.Golden.file("detectron2_results.json"), out = dir.resolve("merged.json");
		final CommandModule m = commands.run(MergeCocoJson.class, true, "input", in.toFile(), "output", out.toFile()).get();
		final CocoDataset merged = CocoJson.read(out);
		assertEquals(3, merged.annotationsOf(1).size(), "A, B (two copies) and C (fragment + whole)");
		assertEquals(1, merged.annotationsOf(2).size());
		assertEquals(2, merged.categories().size());
		assertTrue(((String) m.getOutput("summary")).contains("2 images: 6 annotations -> 4 objects"), (String) m.getOutput("summary"));
	}

	@Test
	void mergeLabelImagesReadsATileFolderWithWindows(@TempDir final Path dir) throws Exception
	{
		final TiledScene scene = new TiledScene(23, 260, 220, 100, 30, 40);
		final Path tiles = Files.createDirectory(dir.resolve("tiles"));
		CommandFixtures.writeTileFolder(tiles, scene);
		final Path out = dir.resolve("merged.tif"), rois = dir.resolve("merged.zip");
		commands.run(MergeLabelImages.class, true, "input", tiles.toFile(), "output_labels", out.toFile(), "output_rois", rois.toFile()).get();
		final List<Instance> merged = ImagePlusLabels.toInstances(ImagePlusLabels.open(out));
		assertEquals(scene.truth.size(), merged.size());
		for (final Instance m : merged)
			assertTrue(scene.truth.contains(m.mask()), "not a truth disc: " + m);
		assertEquals(scene.truth.size(), RoiSets.read(rois).size());
	}

	@Test
	void mergeRoisReadsARoiSet(@TempDir final Path dir) throws Exception
	{
		final TiledScene scene = new TiledScene(24, 210, 210, 90, 30, 30);
		final Path zip = dir.resolve("RoiSet.zip"), out = dir.resolve("merged.zip"), labels = dir.resolve("labels.tif");
		CommandFixtures.writeRoiSet(zip, scene);
		commands.run(MergeRois.class, true, "rois", zip.toFile(), "output_rois", out.toFile(), "output_labels", labels.toFile()).get();
		assertEquals(scene.truth.size(), RoiSets.read(out).size());
		assertEquals(scene.truth.size(), ImagePlusLabels.toInstances(ImagePlusLabels.open(labels)).size());
	}

	@Test
	void badInputsFailNamingTheProblem(@TempDir final Path dir) throws Exception
	{
		final Path broken = dir.resolve("broken.json");
		Files.writeString(broken, "{\"images\": [");
		final ExecutionException e = assertThrows(ExecutionException.class, () -> commands.run(MergeCocoJson.class, true, "input", broken.toFile()).get());
		assertTrue(messages(e).contains("broken.json"), messages(e));
		final ExecutionException missing = assertThrows(ExecutionException.class,
				() -> commands.run(MergeLabelImages.class, true, "input", dir.resolve("nope").toFile()).get());
		assertTrue(messages(missing).contains("does not exist"), messages(missing));
	}

	/** The messages of an exception and all its causes. */
	static String messages(final Throwable t)
	{
		final StringBuilder sb = new StringBuilder();
		for (Throwable c = t; c != null; c = c.getCause())
			sb.append(c.getMessage()).append(" | ");
		return sb.toString();
	}
}
