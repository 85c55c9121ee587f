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

import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/** Check Annotations run headless on hand-drawn ground truth with known problems. */
class CheckAnnotationsTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	/**
	 * Label 1: a 7×7 square with a 3×3 hole; 2: a 2-px sliver; 3: two 4×4 blobs apart; 4: two
	 * 3×3 blocks touching at one corner (one piece with 8-, two with 4-connectivity).
	 */
	private static void writeProblems(final Path file) throws Exception
	{
		EvaluateSegmentationTest.writeLabels(file, 30, 30, new int[] { 1, 1, 1, 7, 7 }, new int[] { 0, 3, 3, 3, 3 }, new int[] { 2, 20, 1, 2, 1 },
				new int[] { 3, 1, 15, 4, 4 }, new int[] { 3, 10, 15, 4, 4 }, new int[] { 4, 20, 20, 3, 3 }, new int[] { 4, 23, 23, 3, 3 });
	}

	@Test
	void labelImageProblemsAreListedWithIdsAndPixels(@TempDir final Path dir) throws Exception
	{
		final Path gt = dir.resolve("cells.tif"), csv = dir.resolve("problems.csv");
		writeProblems(gt);
		final CommandModule m = commands.run(CheckAnnotations.class, true, "ground_truth", gt.toFile(), "csv", csv.toFile()).get();
		assertEquals(List.of("image,kind,ids,pixels,count", "cells,sliver,2,2,1", "cells,pieces,3,32,2", "cells,hole,1,9,1"), Files.readAllLines(csv));
		assertEquals("1 image(s), 4 instances; problems overlap: 0, sliver: 1, pieces: 1, hole: 1", m.getOutput("summary"));
	}

	@Test
	void fourConnectivityAndAreaLimitChangeTheFindings(@TempDir final Path dir) throws Exception
	{
		final Path gt = dir.resolve("cells.tif"), csv = dir.resolve("problems.csv");
		writeProblems(gt);
		commands.run(CheckAnnotations.class, true, "ground_truth", gt.toFile(), "csv", csv.toFile(), "connectivity", "4", "min_area", 0).get();
		assertEquals(List.of("image,kind,ids,pixels,count", "cells,pieces,3,32,2", "cells,pieces,4,18,2", "cells,hole,1,9,1"), Files.readAllLines(csv));
	}

	@Test
	void overlapsInARoiFolderAreFound(@TempDir final Path dir) throws Exception
	{
		final Path folder = Files.createDirectory(dir.resolve("gt")), csv = dir.resolve("problems.csv");
		RoiSets.write(folder.resolve("a.zip"), Rois.fromInstances(List.of(new Instance(1, RleMask.rectangle(Box.ofSize(0, 0, 10, 10)), 1),
				new Instance(2, RleMask.rectangle(Box.ofSize(8, 8, 10, 10)), 1))));
		RoiSets.write(folder.resolve("b.zip"), Rois.fromInstances(List.of(new Instance(1, RleMask.rectangle(Box.ofSize(0, 0, 10, 10)), 1))));
		final CommandModule m = commands.run(CheckAnnotations.class, true, "ground_truth", folder.toFile(), "csv", csv.toFile()).get();
		assertEquals(List.of("image,kind,ids,pixels,count", "a,overlap,1 2,4,1"), Files.readAllLines(csv));
		assertTrue(((String) m.getOutput("summary")).startsWith("2 image(s), 3 instances; problems overlap: 1,"), (String) m.getOutput("summary"));
	}

	@Test
	void badConnectivityIsNamed(@TempDir final Path dir) throws Exception
	{
		final Path gt = dir.resolve("cells.tif");
		writeProblems(gt);
		final ExecutionException e = assertThrows(ExecutionException.class,
				() -> commands.run(CheckAnnotations.class, true, "ground_truth", gt.toFile(), "connectivity", "6").get());
		assertTrue(CommandsTest.messages(e).contains("connectivity 6 is for label stacks of z slices, and " + gt + " is not one: use 8 or 4"), CommandsTest.messages(e));
		final ExecutionException five = assertThrows(ExecutionException.class,
				() -> commands.run(CheckAnnotations.class, true, "ground_truth", gt.toFile(), "connectivity", "5").get());
		assertTrue(CommandsTest.messages(five).contains("connectivity: '5' is not one of 8, 4, 26, 18, 6"), CommandsTest.messages(five));
	}

	/**
	 * A 12 × 10 × 8 label stack: 1 a 5³ cube with a 3³ cavity (one hole of 27 voxels); 2 one
	 * voxel (a sliver below 10); 3 two 2³ cubes touching at a corner only (two pieces at 6, one at
	 * 26).
	 */
	@Test
	void labelStackIsCheckedInThreeDimensions(@TempDir final Path dir) throws Exception
	{
		final int w = 12, h = 10, d = 8;
		final ij.ImageStack stack = new ij.ImageStack(w, h);
		final short[][] planes = new short[d][w * h];
		for (int z = 0; z < 5; z++)
			for (int y = 0; y < 5; y++)
				for (int x = 0; x < 5; x++)
					if (!(x > 0 && x < 4 && y > 0 && y < 4 && z > 0 && z < 4))
						planes[z][y * w + x] = 1;
		planes[7][9 * w + 11] = 2;
		for (int z = 0; z < 2; z++)
			for (int y = 0; y < 2; y++)
				for (int x = 0; x < 2; x++)
				{
					planes[z][(6 + y) * w + 6 + x] = 3;
					planes[2 + z][(8 + y) * w + 8 + x] = 3;
				}
		for (final short[] p : planes)
			stack.addSlice(new ij.process.ShortProcessor(w, h, p, null));
		final Path gt = dir.resolve("stack.tif"), csv = dir.resolve("problems.csv");
		ij.IJ.saveAsTiff(new ij.ImagePlus("stack", stack), gt.toString());
		final CommandModule six = commands.run(CheckAnnotations.class, true, "ground_truth", gt.toFile(), "csv", csv.toFile(), "connectivity", "6").get();
		assertEquals("3D: 1 volume(s), 3 objects; problems overlap: 0, sliver: 1, pieces: 1, hole: 1", six.getOutput("summary"));
		final List<String> rows = Files.readAllLines(csv);
		assertTrue(rows.contains("stack,hole,1,27,1"), rows.toString());
		assertTrue(rows.contains("stack,sliver,2,1,1"), rows.toString());
		assertTrue(rows.contains("stack,pieces,3,16,2"), rows.toString());
		final CommandModule all = commands.run(CheckAnnotations.class, true, "ground_truth", gt.toFile(), "connectivity", "8", "min_area", 0).get();
		assertEquals("3D: 1 volume(s), 3 objects; problems overlap: 0, sliver: 0, pieces: 0, hole: 1", all.getOutput("summary"), "8 reads as 26 in a stack");
	}
}
