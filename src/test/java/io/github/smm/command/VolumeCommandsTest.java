package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.bench.VoronoiVolume;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.testutil.ImageJ1;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeCsv;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VoxelSize;

/** Merge Label Images on label stacks: a folder of 3D blocks, one volume, a stack per slice; headless and from a macro. */
class VolumeCommandsTest
{
	private static Context context;
	private static CommandService commands;

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

	static final VoxelSize VOXEL = new VoxelSize(1, 0.5, 0.5);

	/** A 60 × 50 × 24 Voronoi volume written as blocks of 28 × 24 × 14 with overlap 6 × 6 × 4; returns its cells. */
	static Set<VolumeMask> writeBlocks(final Path folder) throws Exception
	{
		final VoronoiVolume scene = VoronoiVolume.generate(60, 50, 24, VOXEL, 4.5, 3, 1);
		for (final Box3 b : BlockPlan.of(60, 50, 24, new int[] { 28, 24, 14 }, new int[] { 6, 6, 4 }).blocks())
		{
			final int[] dense = new int[(int) b.volume()];
			scene.fill(b, dense);
			final List<VolumeMask> masks = new ArrayList<>();
			for (final LabelBlocks.Piece p : LabelBlocks.pieces(dense, b))
				masks.add(p.mask);
			IJ.saveAsTiff(ImagePlusVolumes.toImagePlus(masks, b, "block", VOXEL, "µm"), folder.resolve("block_x" + b.minX + "_y" + b.minY + "_z" + b.minZ + ".tif").toString());
		}
		return new HashSet<>(scene.cells().values());
	}

	static Set<VolumeMask> read(final Path stack) throws Exception
	{
		final ImagePlus imp = ImagePlusLabels.open(stack);
		final Set<VolumeMask> out = new HashSet<>();
		for (final LabelBlocks.Piece p : LabelBlocks.pieces(ImagePlusVolumes.labels(imp), new Box3(0, 0, 0, imp.getWidth(), imp.getHeight(), imp.getStackSize())))
			out.add(p.mask);
		return out;
	}

	@Test
	void folderOfBlocksMergesBackIntoTheVolume(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final Set<VolumeMask> truth = writeBlocks(blocks);
		final Path out = dir.resolve("merged.tif"), table = dir.resolve("objects.csv");
		final CommandModule m = commands.run(MergeLabelImages.class, true, "input", blocks.toFile(), "output_labels", out.toFile(), "table", table.toFile()).get();
		final String summary = (String) m.getOutput("summary");
		assertTrue(summary.startsWith("3D: ") && summary.contains("-> " + truth.size() + " objects") && summary.contains("1.0,0.5,0.5"), summary);
		assertEquals(truth, read(out));
		final ImagePlus merged = ImagePlusLabels.open(out);
		assertEquals(24, merged.getStackSize());
		assertEquals(1.0, merged.getCalibration().pixelDepth, 1e-9, "the calibration travels");
		final List<String> lines = Files.readAllLines(table);
		assertEquals(VolumeCsv.HEADER, lines.get(0));
		assertEquals(truth.size() + 1, lines.size());
	}

	@Test
	void oneStackIsAVolumeUnlessToldOtherwise(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final Set<VolumeMask> truth = writeBlocks(blocks);
		final Path whole = dir.resolve("whole.tif"), again = dir.resolve("again.tif"), flat = dir.resolve("flat.tif");
		IJ.saveAsTiff(ImagePlusVolumes.toImagePlus(new ArrayList<>(truth), new Box3(0, 0, 0, 60, 50, 24), "whole", VOXEL, "µm"), whole.toString());
		commands.run(MergeLabelImages.class, true, "input", whole.toFile(), "output_labels", again.toFile()).get();
		assertEquals(truth, read(again));
		final CommandModule m = commands.run(MergeLabelImages.class, true, "input", whole.toFile(), "output_labels", flat.toFile(), "dimensions", "2d_per_slice").get();
		assertTrue(((String) m.getOutput("summary")).startsWith("2D per slice: 24 planes"), (String) m.getOutput("summary"));
		assertEquals(24, ImagePlusLabels.open(flat).getStackSize());
		final ExecutionException bad = assertThrows(ExecutionException.class,
				() -> commands.run(MergeLabelImages.class, true, "input", whole.toFile(), "voxel_size", "1,0").get());
		assertTrue(CommandsTest.messages(bad).contains("voxel_size '1,0'"), CommandsTest.messages(bad));
		Files.writeString(blocks.resolve("stray.tif"), "x");
		final ExecutionException unnamed = assertThrows(ExecutionException.class, () -> commands.run(MergeLabelImages.class, true, "input", blocks.toFile(), "dimensions", "3d").get());
		assertTrue(CommandsTest.messages(unnamed).contains("stray.tif"), CommandsTest.messages(unnamed));
	}

	@Test
	void evaluateSegmentationScoresTwoStacksInThreeDimensions(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final List<VolumeMask> truth = new ArrayList<>(writeBlocks(blocks));
		truth.sort(java.util.Comparator.comparingLong((VolumeMask m) -> m.box().minZ).thenComparingLong(m -> m.box().minY).thenComparingLong(m -> m.box().minX));
		final Box3 all = new Box3(0, 0, 0, 60, 50, 24);
		final Path gt = dir.resolve("gt.tif"), pred = dir.resolve("pred.tif"), summaryCsv = dir.resolve("summary.csv"), csv = dir.resolve("per_image.csv");
		IJ.saveAsTiff(ImagePlusVolumes.toImagePlus(truth, all, "gt", VOXEL, "µm"), gt.toString());
		// the prediction: every cell but the first, and the second and third joined into one object
		final List<VolumeMask> p = new ArrayList<>(truth.subList(1, truth.size()));
		p.set(0, io.github.smm.volume.VolumeMasks.union(List.of(truth.get(1), truth.get(2))));
		p.remove(1);
		IJ.saveAsTiff(ImagePlusVolumes.toImagePlus(p, all, "pred", VOXEL, "µm"), pred.toString());
		final CommandModule m = commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5,0.9", "summary_csv",
				summaryCsv.toFile(), "csv", csv.toFile()).get();
		final String summary = (String) m.getOutput("summary");
		final int n = truth.size();
		assertTrue(summary.startsWith("3D: 1 volume"), summary);
		// the union still matches the larger of cells 2 and 3 at IoU 0.5 (IoU = its share of the union)
		final int expectedTp = n - 3 + (truth.get(1).volume() != truth.get(2).volume() ? 1 : 0);
		final List<String> rows = Files.readAllLines(summaryCsv);
		assertEquals(3, rows.size());
		final String[] f = rows.get(1).split(",");
		assertEquals(n - 2, Integer.parseInt(f[1]), "predictions");
		assertEquals(n, Integer.parseInt(f[2]), "ground truth");
		assertEquals(expectedTp, Integer.parseInt(f[3]), rows.get(1));
		assertEquals(1, Integer.parseInt(f[12]), "one merged prediction");
		assertTrue(Files.readAllLines(csv).get(1).startsWith("pred.tif,0.5000,"));
		assertThrows(ExecutionException.class, () -> commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "plot_png",
				dir.resolve("p.png").toFile()).get());
	}

	@Test
	void macroMergesAFolderOfBlocks(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final Set<VolumeMask> truth = writeBlocks(blocks);
		ImageJ1.runMacro(Files.readString(Paths.get("macros", "merge_tile_labels.ijm")), blocks.toString());
		assertEquals(truth, read(dir.resolve("blocks_merged.tif")));
	}
}
