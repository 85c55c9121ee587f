package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ShortProcessor;
import io.github.smm.testutil.ImageJ1;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.model.Instance;

/**
 * Tiled Segment and Merge through ImageJ 1.x's macro interpreter (ij1-patcher): the batch macro
 * of {@code macros/}, and the macro segmenter, which needs an ImageJ 1.x instance.
 */
class TiledSegmentAndMergeMacroTest
{
	private static Path writeDiscs(final Path dir, final ShortProcessor truth)
	{
		final ByteProcessor bp = TiledSegmentAndMergeTest.discs(truth);
		final Path image = dir.resolve("discs.tif");
		IJ.saveAsTiff(new ImagePlus("discs", bp), image.toString());
		return image;
	}

	@Test
	void batchMacroSegmentsAndMerges(@TempDir final Path dir) throws Exception
	{
		final ShortProcessor truth = new ShortProcessor(TiledSegmentAndMergeTest.W, TiledSegmentAndMergeTest.H);
		final Path image = writeDiscs(dir, truth);
		ImageJ1.runMacro(Files.readString(Paths.get("macros", "tiled_segment_and_merge.ijm")), image.toString());
		final List<Instance> merged = ImagePlusLabels.toInstances(IJ.openImage(dir.resolve("discs_labels.tif").toString()));
		final List<Instance> expected = ImagePlusLabels.toInstances(new ImagePlus("truth", truth));
		assertEquals(expected.size(), merged.size());
		assertTrue(Files.exists(dir.resolve("discs_RoiSet.zip")));
		assertTrue(Files.exists(dir.resolve("discs_coco.json")));
	}

	@Test
	void macroSegmenterRunsTheTileMacro(@TempDir final Path dir) throws Exception
	{
		final ShortProcessor truth = new ShortProcessor(TiledSegmentAndMergeTest.W, TiledSegmentAndMergeTest.H);
		final Path image = writeDiscs(dir, truth);
		final Path tileMacro = dir.resolve("tile.ijm"), out = dir.resolve("merged.tif");
		Files.writeString(tileMacro, "setAutoThreshold(\"Otsu dark\");\nrun(\"Convert to Mask\");\nrun(\"Analyze Particles...\", \"show=[Count Masks]\");\n");
		ImageJ1.runMacro("open(\"" + image + "\");\nrun(\"Tiled Segment and Merge\", \"image=[discs.tif] tile_size=200 overlap=0.2 segmenter=macro macro_code=[" + tileMacro
				+ "] output_labels=[" + out + "]\");", "");
		final List<Instance> merged = ImagePlusLabels.toInstances(IJ.openImage(out.toString()));
		final List<Instance> expected = ImagePlusLabels.toInstances(new ImagePlus("truth", truth));
		assertEquals(expected.size(), merged.size());
		assertTrue(TiledSegmentAndMergeTest.reproduced(expected, merged) >= 0.95 * expected.size());
	}
}
