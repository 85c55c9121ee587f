package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.RoiSets;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.testutil.ImageJ1;
import io.github.smm.testutil.TiledScene;

/**
 * Runs every batch macro of {@code macros/} with ImageJ 1.x's own macro interpreter (through
 * ij1-patcher), reaching the commands by title via the ImageJ 1.x {@code plugins.config}.
 */
class MacrosTest
{
	private static void runMacro(final String macro, final Path argument) throws Exception
	{
		ImageJ1.runMacro(Files.readString(Paths.get("macros", macro)), argument.toString());
	}

	@Test
	void mergeCocoFolder(@TempDir final Path dir) throws Exception
	{
		final TiledScene a = new TiledScene(31, 210, 210, 90, 30, 30), b = new TiledScene(32, 150, 150, 90, 30, 12);
		CommandFixtures.writeCoco(dir.resolve("a.json"), a);
		CommandFixtures.writeCoco(dir.resolve("b.json"), b);
		runMacro("merge_coco_folder.ijm", dir);
		assertEquals(a.truth.size(), CocoJson.read(dir.resolve("a_merged.json")).annotations().size());
		assertEquals(b.truth.size(), CocoJson.read(dir.resolve("b_merged.json")).annotations().size());
		assertTrue(Files.exists(dir.resolve("a_clusters.csv")));
	}

	@Test
	void mergeRoiSetsNextToImages(@TempDir final Path dir) throws Exception
	{
		final TiledScene scene = new TiledScene(33, 210, 210, 90, 30, 25);
		IJ.save(new ImagePlus("cells", new ByteProcessor(210, 210)), dir.resolve("cells.tif").toString());
		CommandFixtures.writeRoiSet(dir.resolve("cells_RoiSet.zip"), scene);
		runMacro("merge_roisets_folder.ijm", dir);
		assertEquals(scene.truth.size(), RoiSets.read(dir.resolve("cells_merged.zip")).size());
		final ImagePlus labels = ImagePlusLabels.open(dir.resolve("cells_labels.tif"));
		assertEquals(210, labels.getWidth(), "the label image takes the size of the image");
		assertEquals(scene.truth.size(), ImagePlusLabels.toInstances(labels).size());
	}

	@Test
	void mergeTileLabels(@TempDir final Path dir) throws Exception
	{
		final TiledScene scene = new TiledScene(34, 260, 200, 100, 30, 35);
		final Path tiles = Files.createDirectory(dir.resolve("tiles"));
		CommandFixtures.writeTileFolder(tiles, scene);
		runMacro("merge_tile_labels.ijm", tiles);
		assertEquals(scene.truth.size(), ImagePlusLabels.toInstances(ImagePlusLabels.open(dir.resolve("tiles_merged.tif"))).size());
	}

	@Test
	void tuneMergeParameters(@TempDir final Path dir) throws Exception
	{
		TuneMergeParametersTest.writeScenes(dir.resolve("predictions.json"), dir.resolve("ground_truth.json"));
		Files.writeString(dir.resolve("grid.txt"), "tile_size=120 overlap=30\n");
		Files.writeString(dir.resolve("tune_keys.txt"), "metric=f1 trials=8 folds=3 seed=2 tune=beta2,gamma\n");
		runMacro("tune_merge_parameters.ijm", dir);
		final String best = Files.readString(dir.resolve("best.json"));
		assertTrue(best.contains("\"held_out_tuned_mean\"") && best.contains("\"metric\": \"f1\""), best);
		assertEquals(1 + 8 * 4, Files.readAllLines(dir.resolve("trials.csv")).size());
		assertTrue(Files.size(dir.resolve("tuning.png")) > 1000);
		assertTrue(CocoJson.read(dir.resolve("merged.json")).annotations().size() > 0);
	}

	@Test
	void imageMayBeGivenAsAFilePath(@TempDir final Path dir) throws Exception
	{
		final TiledScene scene = new TiledScene(35, 210, 210, 90, 30, 20);
		final Path image = dir.resolve("cells.tif"), zip = dir.resolve("rois.zip"), labels = dir.resolve("labels.tif");
		IJ.save(new ImagePlus("cells", new ByteProcessor(230, 220)), image.toString());
		CommandFixtures.writeRoiSet(zip, scene);
		ImageJ1.runMacro("run(\"Merge ROIs\", \"rois=[" + zip + "] image=[" + image + "] output_labels=[" + labels + "]\");", "");
		final ImagePlus out = ImagePlusLabels.open(labels);
		assertEquals(230, out.getWidth(), "the label image takes the size of the image file");
		assertEquals(scene.truth.size(), ImagePlusLabels.toInstances(out).size());
	}

	@Test
	void segmentWithBioimageioModel(@TempDir final Path dir) throws Exception
	{
		final Path model = io.github.smm.testutil.TestPackages.format05(dir.resolve("blur"), 2), image = dir.resolve("spots.tif");
		IJ.saveAsTiff(new ImagePlus("spots", new ij.process.FloatProcessor(BioimageioCommandsTest.W, BioimageioCommandsTest.H, BioimageioCommandsTest.spots())), image.toString());
		ImageJ1.runMacro(Files.readString(Paths.get("macros", "segment_with_bioimageio_model.ijm")), image + ";" + model);
		final int expected = BioimageioCommandsTest.wholeImageObjects(model);
		assertEquals(expected, CocoJson.read(dir.resolve("spots_model_coco.json")).annotations().size());
		assertEquals(expected, ImagePlusLabels.toInstances(ImagePlusLabels.open(dir.resolve("spots_model_labels.tif"))).size());
	}
	@Test
	void runBioimageioModelWritesTheTiledOutputFromAMacro(@TempDir final Path dir) throws Exception
	{
		final Path model = io.github.smm.testutil.TestPackages.format05(dir.resolve("blur"), 2), image = dir.resolve("spots.tif"), out = dir.resolve("probability.tif");
		IJ.saveAsTiff(new ImagePlus("spots", new ij.process.FloatProcessor(BioimageioCommandsTest.W, BioimageioCommandsTest.H, BioimageioCommandsTest.spots())), image.toString());
		ImageJ1.runMacro("run(\"Run bioimage.io Model\", \"image_file=[" + image + "] model=[" + model
				+ "] tile_size=64 overlap=8 normalization=per_tile normalization_window=0 batch_size=2 threads=1 output_channel=0 output_file=[" + out + "]\");", "");
		final float[] written = (float[]) IJ.openImage(out.toString()).getProcessor().getPixels(), whole = BioimageioCommandsTest.wholeImageOutput(model);
		assertEquals(whole.length, written.length);
		double max = 0;
		for (int i = 0; i < whole.length; i++)
			max = Math.max(max, Math.abs(written[i] - whole[i]));
		assertTrue(max < 1e-6, "the macro's TIFF deviates from the whole-image run by " + max);
	}

	@Test
	void testBioimageioModelLogsTheDeviationFromAMacro(@TempDir final Path dir) throws Exception
	{
		final Path model = io.github.smm.testutil.TestPackages.format05(dir.resolve("blur"), 2), reached = dir.resolve("reached.txt");
		final java.io.PrintStream out = System.out;
		final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
		System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
		try
		{
			// headless, ImageJ's log goes to the console
			ImageJ1.runMacro("run(\"Test bioimage.io Model\", \"model=[" + model + "] threads=1\");\nFile.saveString(\"on\", \"" + reached + "\");", "");
		}
		finally
		{
			System.setOut(out);
		}
		final String said = buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(Files.exists(reached), "the macro stopped: " + said);
		assertTrue(said.contains("Test bioimage.io Model: ") && said.contains("reproduced (within 1e-4)"), said);
	}
}
