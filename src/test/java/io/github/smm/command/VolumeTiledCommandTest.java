package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.MergeOptions;
import io.github.smm.Preset;
import io.github.smm.bench.CellStack;
import io.github.smm.bench.VoronoiVolume;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.testutil.ImageJ1;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VoxelSize;
import io.github.smm.volume.tiled.BlockSegmenter;
import io.github.smm.volume.tiled.CompressedTiffStackWriter;
import io.github.smm.volume.tiled.ThresholdBlockSegmenter;
import io.github.smm.volume.tiled.TiffStack;
import io.github.smm.volume.tiled.TiledVolumeMerge;
import io.github.smm.volume.tiled.VolumeList;
import io.github.smm.volume.tiled.WatershedBlockSegmenter;

/** Tiled Segment and Merge on volumes: a TIFF stack streamed from disk, an open stack, per-block label stacks; headless and from a macro. */
class VolumeTiledCommandTest
{
	private static final VoxelSize VOXEL = new VoxelSize(1, 0.5, 0.5);
	private static final int W = 60, H = 50, D = 30;
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	private static VoronoiVolume cells()
	{
		return VoronoiVolume.generate(W, H, D, VOXEL, 6, 5, 1);
	}

	private static Set<VolumeMask> labels(final Path stack) throws Exception
	{
		final ImagePlus imp = IJ.openImage(stack.toString());
		final Set<VolumeMask> out = new HashSet<>();
		for (final LabelBlocks.Piece p : LabelBlocks.pieces(ImagePlusVolumes.labels(imp), new Box3(0, 0, 0, imp.getWidth(), imp.getHeight(), imp.getStackSize())))
			out.add(p.mask);
		return out;
	}

	@Test
	void aStackOnDiskIsSegmentedIn3DBlocksAsTheCoreRunnerDoes(@TempDir final Path dir) throws Exception
	{
		sameAsTheCoreRunner(dir.resolve("watershed"), "threshold_watershed", "auto", 1, s -> new WatershedBlockSegmenter(io.github.smm.ij.tiling.VolumeLevels.otsu(s), false, 0, 1, s.voxelSize()));
		sameAsTheCoreRunner(dir.resolve("components"), "threshold_components", "auto", 1, s -> new ThresholdBlockSegmenter(io.github.smm.ij.tiling.VolumeLevels.otsu(s), false, 0));
		sameAsTheCoreRunner(dir.resolve("no-halo"), "threshold_components", "0", 0, s -> new ThresholdBlockSegmenter(io.github.smm.ij.tiling.VolumeLevels.otsu(s), false, 0));
	}

	/** The command with {@code segmenter} gives the core runner's objects with the segmenter {@code core} makes. */
	private static void sameAsTheCoreRunner(final Path dir, final String segmenter, final String halo, final int expectedHalo,
			final java.util.function.Function<TiffStack, BlockSegmenter> coreSegmenter) throws Exception
	{
		Files.createDirectories(dir);
		final Path image = dir.resolve("cells.tif"), out = dir.resolve("labels.tif"), csv = dir.resolve("objects.csv");
		new CellStack(cells()).write(image);
		final CommandModule m = commands.run(TiledSegmentAndMerge.class, true, "image_file", image.toFile(), "block_size", "24,24,16", "overlap", 4.0, "min_area", 0.0,
				"segmenter", segmenter, "halo", halo, "output_labels", out.toFile(), "table", csv.toFile()).get();
		final String summary = (String) m.getOutput("summary");
		assertTrue(summary.startsWith("3D: "), summary);
		assertEquals(expectedHalo > 0, summary.contains("halo " + expectedHalo + " x " + expectedHalo + " x " + expectedHalo), summary);
		final VolumeList core = new VolumeList();
		try (TiffStack s = new TiffStack(image))
		{
			final BlockPlan plan = BlockPlan.of(W, H, D, new int[] { 24, 24, 16 }, new int[] { 4, 4, 4 }).withHalo(new int[] { expectedHalo, expectedHalo, expectedHalo });
			new TiledVolumeMerge(plan, MergeOptions.preset(Preset.MICROSCOPY), s.voxelSize()).run(s, coreSegmenter.apply(s), core);
		}
		// the label stack gives a voxel claimed twice to the earlier object (equal scores): paint them last to first
		final List<VolumeMask> reversed = new ArrayList<>();
		for (final VolumeInstance o : core.objects())
			reversed.add(0, o.mask());
		final Set<VolumeMask> expected = new HashSet<>();
		for (final LabelBlocks.Piece p : LabelBlocks.pieces(LabelBlocks.paint(reversed, new Box3(0, 0, 0, W, H, D)), new Box3(0, 0, 0, W, H, D)))
			expected.add(p.mask);
		final Set<VolumeMask> written = labels(out);
		assertTrue(expected.equals(written), "the label stack holds the core runner's objects (" + expected.size() + " vs " + written.size() + ")");
		assertTrue(summary.contains(core.objects().size() + " objects"), summary);
		final List<String> lines = Files.readAllLines(csv);
		assertEquals(core.objects().size() + 1, lines.size());
		final ImagePlus opened = IJ.openImage(out.toString());
		assertEquals(D, opened.getNSlices());
		assertEquals(1, opened.getCalibration().pixelDepth, 1e-9);
		assertEquals(0.5, opened.getCalibration().pixelWidth, 1e-6);
	}

	@Test
	void compressedAndTiledStacksOnDiskGiveTheObjectsOfTheUncompressedOne(@TempDir final Path dir) throws Exception
	{
		final Path plain = dir.resolve("plain.tif"), lzw = dir.resolve("lzw.tif"), tiled = dir.resolve("tiled.tif");
		new CellStack(cells()).write(plain);
		new CellStack(cells()).write(lzw, CompressedTiffStackWriter.Compression.LZW, true, 3, 0);
		new CellStack(cells()).write(tiled, CompressedTiffStackWriter.Compression.DEFLATE, false, 0, 16);
		assertTrue(Files.size(lzw) < Files.size(plain) / 2 && Files.size(tiled) < Files.size(plain) / 2, Files.size(lzw) + ", " + Files.size(tiled) + " of " + Files.size(plain) + " bytes");
		final List<Set<VolumeMask>> objects = new ArrayList<>();
		final List<List<String>> tables = new ArrayList<>();
		for (final Path image : new Path[] { plain, lzw, tiled })
		{
			final Path out = dir.resolve("labels_" + image.getFileName()), csv = dir.resolve("objects_" + image.getFileName() + ".csv");
			final String summary = (String) commands.run(TiledSegmentAndMerge.class, true, "image_file", image.toFile(), "block_size", "24,24,16", "overlap", 4.0, "min_area", 0.0,
					"segmenter", "threshold_watershed", "output_labels", out.toFile(), "table", csv.toFile()).get().getOutput("summary");
			assertTrue(summary.startsWith("3D: "), image.getFileName() + ": " + summary);
			objects.add(labels(out));
			tables.add(Files.readAllLines(csv));
		}
		assertTrue(objects.get(0).size() > 20, objects.get(0).size() + " objects");
		assertEquals(objects.get(0), objects.get(1), "LZW strips with predictor 2: the uncompressed stack's objects");
		assertEquals(objects.get(0), objects.get(2), "Deflate tiles of 16 x 16: the uncompressed stack's objects");
		assertEquals(tables.get(0), tables.get(1));
		assertEquals(tables.get(0), tables.get(2));
	}

	@Test
	void aJpegStackIsRefusedByNameIn3D(@TempDir final Path dir) throws Exception
	{
		final Path jpeg = java.nio.file.Paths.get(TiffStack.class.getResource("tiffcp/jpeg8.tif").toURI());
		final ExecutionException e = assertThrows(ExecutionException.class,
				() -> commands.run(TiledSegmentAndMerge.class, true, "image_file", jpeg.toFile(), "dimensions", "3d", "block_size", "16", "overlap", 4.0, "output_labels", dir.resolve("x.tif").toFile()).get());
		assertTrue(CommandsTest.messages(e).contains("jpeg8.tif page 1: JPEG compression (TIFF compression 7)"), CommandsTest.messages(e));
	}

	@Test
	void aJpegStackIsRefusedByNameWithAutoToo(@TempDir final Path dir) throws Exception
	{
		// before, dimensions=auto sent it to the 2D runner, which segmented its first slice only
		final Path jpeg = java.nio.file.Paths.get(TiffStack.class.getResource("tiffcp/jpeg8.tif").toURI());
		final Path out = dir.resolve("x.tif");
		final ExecutionException e = assertThrows(ExecutionException.class,
				() -> commands.run(TiledSegmentAndMerge.class, true, "image_file", jpeg.toFile(), "tile_size", 64, "overlap", 8.0, "output_labels", out.toFile()).get());
		final String m = CommandsTest.messages(e);
		assertTrue(m.contains("jpeg8.tif page 1: JPEG compression (TIFF compression 7)") && m.contains("only its first slice"), m);
		assertFalse(Files.exists(out), "no output for a refused input");
	}

	@Test
	void anOpenStackOfZSlicesIsAVolumeUnless2dPerSliceIsAsked(@TempDir final Path dir) throws Exception
	{
		final Path image = dir.resolve("cells.tif"), a = dir.resolve("a.tif"), b = dir.resolve("b.tif");
		new CellStack(cells()).write(image);
		final ImagePlus imp = IJ.openImage(image.toString());
		final String volume = (String) commands.run(TiledSegmentAndMerge.class, true, "image", imp, "tile_size", 24, "overlap", 4.0, "output_labels", a.toFile()).get().getOutput("summary");
		assertTrue(volume.startsWith("3D: "), volume);
		final String fromDisk = (String) commands.run(TiledSegmentAndMerge.class, true, "image_file", image.toFile(), "tile_size", 24, "overlap", 4.0, "output_labels", b.toFile()).get()
				.getOutput("summary");
		assertEquals(labels(b), labels(a), "the open stack and the file give the same objects");
		final String flat = (String) commands.run(TiledSegmentAndMerge.class, true, "image", imp, "tile_size", 24, "overlap", 4.0, "dimensions", "2d_per_slice").get().getOutput("summary");
		assertFalse(flat.startsWith("3D"), flat);
		assertTrue(fromDisk.startsWith("3D: "), fromDisk);
	}

	@Test
	void perBlockLabelStacksAreMergedByNameOrByCsv(@TempDir final Path dir) throws Exception
	{
		final VoronoiVolume cells = cells();
		final Path named = Files.createDirectory(dir.resolve("named")), plain = Files.createDirectory(dir.resolve("plain"));
		final StringBuilder csv = new StringBuilder("file,x,y,z\n");
		int k = 0;
		for (final Box3 b : BlockPlan.of(W, H, D, new int[] { 28, 24, 16 }, new int[] { 5, 5, 5 }).blocks())
		{
			final int[] dense = new int[(int) b.volume()];
			cells.fill(b, dense);
			final List<VolumeMask> masks = new ArrayList<>();
			for (final LabelBlocks.Piece p : LabelBlocks.pieces(dense, b))
				masks.add(p.mask);
			final ImagePlus block = ImagePlusVolumes.toImagePlus(masks, b, "block", VOXEL, "micron");
			IJ.saveAsTiff(block, named.resolve("block_x" + b.minX + "_y" + b.minY + "_z" + b.minZ + ".tif").toString());
			IJ.saveAsTiff(block, plain.resolve("b" + k + ".tif").toString());
			csv.append("b").append(k++).append(".tif,").append(b.minX).append(',').append(b.minY).append(',').append(b.minZ).append('\n');
		}
		final Path offsets = Files.writeString(dir.resolve("offsets.csv"), csv);
		final ImagePlus blank = IJ.createImage("blank", "8-bit black", W, H, D);
		final Path a = dir.resolve("a.tif"), b = dir.resolve("b.tif");
		commands.run(TiledSegmentAndMerge.class, true, "image", blank, "block_size", "28,24,16", "overlap", 5.0, "segmenter", "label_folder", "label_folder", named.toFile(),
				"voxel_size", "1,0.5,0.5", "output_labels", a.toFile()).get();
		commands.run(TiledSegmentAndMerge.class, true, "image", blank, "block_size", "28,24,16", "overlap", 5.0, "segmenter", "label_folder", "label_folder", plain.toFile(), "offsets",
				offsets.toFile(), "voxel_size", "1,0.5,0.5", "output_labels", b.toFile()).get();
		assertEquals(new HashSet<>(cells.cells().values()), labels(a), "perfect block labels give every cell back");
		assertEquals(labels(a), labels(b));
		final ExecutionException e = assertThrows(ExecutionException.class, () -> commands.run(TiledSegmentAndMerge.class, true, "image", blank, "block_size", "28,24,15", "overlap", 5.0,
				"segmenter", "label_folder", "label_folder", named.toFile()).get());
		assertTrue(CommandsTest.messages(e).contains("block_x0_y0_z0.tif: 28 x 24 x 16 voxels, the block needs 28 x 24 x 15"), CommandsTest.messages(e));
	}

	/**
	 * The halo key on the scene of the disk bench, cut small (256 × 256 × 128 voxels, 15 µm
	 * cells at 0.5 µm, blocks of 128 with 16 voxels overlap): without a halo, pieces of a cell
	 * that a block cuts at its face and that join only beyond it stay separate predictions that
	 * the neighbour's whole cell cannot absorb, and the tiled run has more objects than one
	 * block over the whole volume; with the default halo (a quarter of the overlap) its objects
	 * are the untiled run's.
	 */
	@Test
	void theDefaultHaloGivesTheUntiledObjectsWhereNoHaloLeavesDuplicates(@TempDir final Path dir) throws Exception
	{
		final Path image = dir.resolve("cells.tif");
		new CellStack(VoronoiVolume.generate(256, 256, 128, new VoxelSize(0.5, 0.5, 0.5), 15, 1, 2)).write(image);
		final Path untiled = dir.resolve("untiled.tif"), none = dir.resolve("none.tif"), halo = dir.resolve("halo.tif");
		final int untiledObjects = haloRun(image, untiled, "256,256,128", "0"), noHaloObjects = haloRun(image, none, "128", "0"), haloObjects = haloRun(image, halo, "128", "auto");
		// a duplicate lies on the cell it repeats, so the label stack hides it: count the objects
		assertTrue(noHaloObjects > untiledObjects, "without a halo the blocks leave duplicates (" + noHaloObjects + " objects vs untiled " + untiledObjects + ")");
		assertEquals(untiledObjects, haloObjects, "with the default halo as many objects as untiled");
		assertEquals(labels(untiled), labels(halo), "with the default halo the tiled objects are the untiled ones");
	}

	/** The number of objects the run's CSV lists. */
	private static int haloRun(final Path image, final Path out, final String blockSize, final String halo) throws Exception
	{
		final Path csv = out.resolveSibling(out.getFileName() + ".csv");
		commands.run(TiledSegmentAndMerge.class, true, "image_file", image.toFile(), "block_size", blockSize, "overlap", 16.0, "segmenter", "threshold_components", "min_area", 0.0, "halo", halo,
				"output_labels", out.toFile(), "table", csv.toFile()).get();
		return Files.readAllLines(csv).size() - 1;
	}

	@Test
	void segmentersAndOutputsWithout3DFormAreRefusedByName() throws Exception
	{
		final ImagePlus stack = IJ.createImage("stack", "8-bit ramp", 40, 30, 6);
		final ExecutionException model = assertThrows(ExecutionException.class, () -> commands.run(TiledSegmentAndMerge.class, true, "image", stack, "segmenter", "bioimageio").get());
		assertTrue(CommandsTest.messages(model).contains("segmenter=bioimageio does not take volumes: the bioimage.io route runs 2D models")
				&& CommandsTest.messages(model).contains("the shared models are 2D"), CommandsTest.messages(model));
		final ExecutionException rois = assertThrows(ExecutionException.class,
				() -> commands.run(TiledSegmentAndMerge.class, true, "image", stack, "output_rois", new java.io.File("x.zip")).get());
		assertTrue(CommandsTest.messages(rois).contains("output_rois: 3D objects"), CommandsTest.messages(rois));
		final ImagePlus hyper = IJ.createHyperStack("hyper", 40, 30, 2, 3, 1, 8);
		final ExecutionException channels = assertThrows(ExecutionException.class, () -> commands.run(TiledSegmentAndMerge.class, true, "image", hyper, "dimensions", "3d").get());
		assertTrue(CommandsTest.messages(channels).contains("hyper has 2 channels and 1 frames"), CommandsTest.messages(channels));
		final ExecutionException size = assertThrows(ExecutionException.class, () -> commands.run(TiledSegmentAndMerge.class, true, "image", stack, "block_size", "16,16").get());
		assertTrue(CommandsTest.messages(size).contains("block_size '16,16'"), CommandsTest.messages(size));
		final ExecutionException wide = assertThrows(ExecutionException.class,
				() -> commands.run(TiledSegmentAndMerge.class, true, "image", stack, "block_size", "16", "overlap", 4.0, "halo", "2").get());
		assertTrue(CommandsTest.messages(wide).contains("halo '2': block halo along x must be 0 or in [1, 1] (under half the overlap of 4)"), CommandsTest.messages(wide));
		final ExecutionException word = assertThrows(ExecutionException.class, () -> commands.run(TiledSegmentAndMerge.class, true, "image", stack, "halo", "some").get());
		assertTrue(CommandsTest.messages(word).contains("halo 'some': give auto"), CommandsTest.messages(word));
	}

	@Test
	void aMacroRunsThe3DRunner(@TempDir final Path dir) throws Exception
	{
		final Path image = dir.resolve("cells.tif"), out = dir.resolve("labels.tif");
		new CellStack(cells()).write(image);
		ImageJ1.runMacro("run(\"Tiled Segment and Merge\", \"image_file=[" + image + "] dimensions=3d block_size=24 overlap=4 halo=1 output_labels=[" + out + "]\");", "");
		assertTrue(labels(out).size() > 20, "objects written");
	}
}
