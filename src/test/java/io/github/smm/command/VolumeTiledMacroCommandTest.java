package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.testutil.ImageJ1;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeMask;

/**
 * segmenter=macro and segmenter=command on 3D blocks: the block as a stack, the label stack back,
 * merged across the block faces; the 2D route's refusals (block unchanged, wrong size, macro
 * errors) by block; bioimageio refused on volumes, saying why.
 */
class VolumeTiledMacroCommandTest
{
	private static Context context;
	private static CommandService commands;

	/** Two cubes of grey 150 and 200 on a background of 10, each crossing the faces of the 24 × 20 × 8 blocks (overlap 6). */
	private static final Box3 A = Box3.ofSize(12, 6, 3, 10, 10, 6), B = Box3.ofSize(28, 14, 1, 6, 8, 10);

	/** Labels each voxel above 100 by its grey value: the two cubes. */
	private static final String MACRO = "for (s = 1; s <= nSlices; s++) {\n setSlice(s);\n for (y = 0; y < getHeight(); y++)\n  for (x = 0; x < getWidth(); x++) {\n"
			+ "   v = getPixel(x, y);\n   if (v > 100) setPixel(x, y, v); else setPixel(x, y, 0);\n  }\n}\n";

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

	private static ImagePlus scene()
	{
		final ImageStack stack = new ImageStack(40, 30);
		for (int z = 0; z < 12; z++)
		{
			final ByteProcessor ip = new ByteProcessor(40, 30);
			ip.setValue(10);
			ip.fill();
			for (final Object[] c : new Object[][] { { A, 150 }, { B, 200 } })
			{
				final Box3 b = (Box3) c[0];
				if (z >= b.minZ && z < b.maxZ)
				{
					ip.setValue((Integer) c[1]);
					ip.setRoi((int) b.minX, (int) b.minY, (int) b.width(), (int) b.height());
					ip.fill();
				}
			}
			stack.addSlice(ip);
		}
		return new ImagePlus("scene", stack);
	}

	private static Set<VolumeMask> objects(final Path stack)
	{
		final ImagePlus imp = IJ.openImage(stack.toString());
		final Set<VolumeMask> out = new HashSet<>();
		for (final LabelBlocks.Piece p : LabelBlocks.pieces(ImagePlusVolumes.labels(imp), new Box3(0, 0, 0, imp.getWidth(), imp.getHeight(), imp.getStackSize())))
			out.add(p.mask);
		return out;
	}

	private static Object[] run(final Path out, final Object... more)
	{
		final Object[] base = { "image", scene(), "dimensions", "3d", "block_size", "24,20,8", "overlap", 6.0, "min_area", 0.0, "output_labels", out.toFile() };
		final Object[] all = new Object[base.length + more.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	private static String failure(final Path dir, final Object... more)
	{
		return CommandsTest.messages(assertThrows(ExecutionException.class, () -> commands.run(TiledSegmentAndMerge.class, true, run(dir.resolve("x.tif"), more)).get()));
	}

	@Test
	void aMacroSegmentsEachBlockAndThePiecesMergeBackIntoTheCubes(@TempDir final Path dir) throws Exception
	{
		final Path out = dir.resolve("labels.tif");
		final String summary = (String) commands.run(TiledSegmentAndMerge.class, true, run(out, "segmenter", "macro", "macro_code", MACRO)).get().getOutput("summary");
		assertTrue(summary.startsWith("3D: "), summary);
		assertEquals(Set.of(VolumeMask.box(A), VolumeMask.box(B)), objects(out), summary);
	}

	@Test
	void aCommandSegmentsEachBlockAsTheMacroDoes(@TempDir final Path dir) throws Exception
	{
		final Path out = dir.resolve("labels.tif");
		commands.run(TiledSegmentAndMerge.class, true, run(out, "segmenter", "command", "command_name", BlockValueLabelsCommand.class.getName())).get();
		assertEquals(Set.of(VolumeMask.box(A), VolumeMask.box(B)), objects(out));
		commands.run(TiledSegmentAndMerge.class, true, run(out, "segmenter", "command", "command_name", "Block Value Labels")).get();
		assertEquals(Set.of(VolumeMask.box(A), VolumeMask.box(B)), objects(out), "found by its menu title too");
	}

	@Test
	void theTwoDimensionalRefusalsHoldPerBlock(@TempDir final Path dir)
	{
		final String unchanged = failure(dir, "segmenter", "macro", "macro_code", "x = 1;");
		assertTrue(unchanged.contains("block x0 y0 z0 (24 x 20 x 8): macro macro_code left the block itself, unchanged"), unchanged);
		final String size = failure(dir, "segmenter", "macro", "macro_code", "newImage(\"l\", \"8-bit black\", 5, 5, 1);");
		assertTrue(size.contains("macro macro_code gave 5 x 5 x 1 voxels; a label stack of the block's size (24 x 20 x 8) is needed"), size);
		final String broken = failure(dir, "segmenter", "macro", "macro_code", "x = 1;\nfoo(;\n");
		assertTrue(broken.contains("block x0 y0 z0 (24 x 20 x 8): macro macro_code, line 2 (foo(;)"), broken);
		assertTrue(failure(dir, "segmenter", "macro").contains("segmenter=macro needs macro_code"));
		final String command = failure(dir, "segmenter", "command", "command_name", "No Such Command");
		assertTrue(command.contains("command_name 'No Such Command': no SciJava command"), command);
		assertTrue(failure(dir, "segmenter", "command").contains("segmenter=command needs command_name"));
	}

	@Test
	void bioimageioOnVolumesSaysTheModelsAre2D(@TempDir final Path dir)
	{
		final String model = failure(dir, "segmenter", "bioimageio");
		assertTrue(model.contains("segmenter=bioimageio does not take volumes: the bioimage.io route runs 2D models") && model.contains("models with a z axis are not supported"), model);
	}

	@Test
	void aMacroFileRunsOnBlocksFromAMacro(@TempDir final Path dir) throws Exception
	{
		final Path image = dir.resolve("scene.tif"), macro = dir.resolve("cubes.ijm"), out = dir.resolve("labels.tif");
		IJ.saveAsTiff(scene(), image.toString());
		java.nio.file.Files.writeString(macro, MACRO);
		ImageJ1.runMacro("open(\"" + image + "\");\nrun(\"Tiled Segment and Merge\", \"image=scene.tif dimensions=3d block_size=24,20,8 overlap=6 min_area=0 segmenter=macro macro_code=["
				+ macro + "] output_labels=[" + out + "]\");\n", "");
		assertEquals(Set.of(VolumeMask.box(A), VolumeMask.box(B)), objects(out));
	}
}
