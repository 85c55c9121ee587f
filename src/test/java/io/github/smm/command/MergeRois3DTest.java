package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import ij.gui.Roi;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.VolumeRois;
import io.github.smm.testutil.ImageJ1;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMask;

/** Merge ROIs on 3D ROI sets: merged in 3D, written as a 3D ROI set, a label stack and a CSV; mixed 2D/3D sets refused by ROI. */
class MergeRois3DTest
{
	private static Context context;
	private static CommandService commands;

	/** Cube A seen by two blocks overlapping in z as two pieces (z 1–5 and 2–6, IoU 2/3); B whole, in one block. */
	private static final Box3 A = Box3.ofSize(2, 2, 1, 6, 6, 6), B = Box3.ofSize(14, 3, 2, 5, 4, 3);

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

	private static List<Roi> pieces()
	{
		return VolumeRois.fromObjects(List.of(object(1, Box3.ofSize(2, 2, 1, 6, 6, 5)), object(2, Box3.ofSize(2, 2, 2, 6, 6, 5)), object(3, B)));
	}

	private static VolumeInstance object(final long id, final Box3 box)
	{
		return new VolumeInstance(id, VolumeMask.box(box), 0.9, 0, null, VolumeInstance.NO_BLOCK);
	}

	private static Set<VolumeMask> objects(final Path stack)
	{
		final ImagePlus imp = IJ.openImage(stack.toString());
		final Set<VolumeMask> out = new HashSet<>();
		for (final LabelBlocks.Piece p : LabelBlocks.pieces(ImagePlusVolumes.labels(imp), new Box3(0, 0, 0, imp.getWidth(), imp.getHeight(), imp.getStackSize())))
			out.add(p.mask);
		return out;
	}

	@Test
	void aThreeDimensionalRoiSetIsMergedIn3D(@TempDir final Path dir) throws Exception
	{
		final Path in = dir.resolve("pieces.zip"), rois = dir.resolve("merged3d.zip"), labels = dir.resolve("merged.tif"), table = dir.resolve("objects.csv");
		RoiSets.write(in, pieces());
		final String summary = (String) commands.run(MergeRois.class, true, "rois", in.toFile(), "output_rois", rois.toFile(), "output_labels", labels.toFile(), "table", table.toFile())
				.get().getOutput("summary");
		assertTrue(summary.startsWith("3D: 3 objects (" + pieces().size() + " ROIs) -> 2 objects"), summary);
		assertEquals(Set.of(VolumeMask.box(A), VolumeMask.box(B)), objects(labels));
		final ImagePlus stack = IJ.openImage(labels.toString());
		assertEquals(List.of(19, 8, 7), List.of(stack.getWidth(), stack.getHeight(), stack.getStackSize()), "the objects' extent without an image");
		final List<VolumeInstance> back = VolumeRois.toObjects(RoiSets.read(rois), 1);
		final Set<VolumeMask> masks = new HashSet<>();
		back.forEach(o -> masks.add(o.mask()));
		assertEquals(Set.of(VolumeMask.box(A), VolumeMask.box(B)), masks, "the 3D ROI set holds the merged objects");
		assertEquals(3, Files.readAllLines(table).size(), "header and one line per object");
	}

	@Test
	void theImageGivesTheStackSizeAndMixedSetsAreRefused(@TempDir final Path dir) throws Exception
	{
		final Path in = dir.resolve("pieces.zip"), labels = dir.resolve("merged.tif"), mixed = dir.resolve("mixed.zip");
		RoiSets.write(in, pieces());
		final ImagePlus image = IJ.createImage("cells", "8-bit black", 30, 20, 9);
		commands.run(MergeRois.class, true, "rois", in.toFile(), "image", image, "output_labels", labels.toFile()).get();
		final ImagePlus stack = IJ.openImage(labels.toString());
		assertEquals(List.of(30, 20, 9), List.of(stack.getWidth(), stack.getHeight(), stack.getStackSize()));
		final List<Roi> both = new ArrayList<>(pieces());
		final Roi flat = new Roi(20, 10, 4, 4);
		flat.setName("cell");
		both.add(flat);
		RoiSets.write(mixed, both);
		final String m = CommandsTest.messages(assertThrows(ExecutionException.class, () -> commands.run(MergeRois.class, true, "rois", mixed.toFile()).get()));
		assertTrue(m.contains("rois " + mixed + " mixes 3D and 2D ROIs: ROI 0 'object-1' is the section of a 3D object") && m.contains("ROI " + (both.size() - 1) + " 'cell' is not"), m);
		final String geojson = CommandsTest.messages(
				assertThrows(ExecutionException.class, () -> commands.run(MergeRois.class, true, "rois", in.toFile(), "output_geojson", dir.resolve("x.geojson").toFile()).get()));
		assertTrue(geojson.contains("output_geojson: 3D objects") && geojson.contains("GeoJSON is 2D"), geojson);
	}

	@Test
	void aMacroMergesAThreeDimensionalRoiSet(@TempDir final Path dir) throws Exception
	{
		final Path in = dir.resolve("pieces.zip"), labels = dir.resolve("merged.tif");
		RoiSets.write(in, pieces());
		ImageJ1.runMacro("run(\"Merge ROIs\", \"rois=[" + in + "] output_labels=[" + labels + "]\");\n", "");
		assertEquals(Set.of(VolumeMask.box(A), VolumeMask.box(B)), objects(labels));
	}
}
