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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import ij.IJ;
import ij.ImagePlus;
import io.github.smm.bench.VoronoiVolume;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.ImagePlusVolumes;
import io.github.smm.ij.RoiSets;
import io.github.smm.testutil.ImageJ1;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.Box3;
import io.github.smm.volume.LabelBlocks;
import io.github.smm.volume.VolumeCsv;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VolumeMasks;
import io.github.smm.volume.VoxelSize;

/** Merge Label Images on label stacks: a folder of 3D blocks, one volume, a stack per slice; headless and from a macro. */
class VolumeCommandsTest
{
	@RegisterExtension
	static final CommandContext commands = new CommandContext();

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
	void everyMethodAndCentralFusionMergeAFolderOfBlocks(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final Set<VolumeMask> truth = writeBlocks(blocks);
		// perfect blocks: central keeps a piece its block saw whole (or the union), union IoU joins
		// the pieces agreeing where their blocks meet: both give every cell back
		for (final String[] mf : new String[][] { { "smm-exact", "central" }, { "union_iou", "union" } })
		{
			final Path out = dir.resolve(mf[0] + "-" + mf[1] + ".tif");
			final CommandModule m = commands.run(MergeLabelImages.class, true, "input", blocks.toFile(), "output_labels", out.toFile(), "method", mf[0], "fusion", mf[1]).get();
			assertTrue(((String) m.getOutput("summary")).startsWith("3D: "), mf[0]);
			assertEquals(truth, read(out), mf[0] + " " + mf[1]);
		}
		// NMS keeps one piece of a cut cell, greedy NMM a union of some: every object lies inside one cell
		for (final String method : new String[] { "nms", "greedy_nmm" })
		{
			final Path out = dir.resolve(method + ".tif");
			commands.run(MergeLabelImages.class, true, "input", blocks.toFile(), "output_labels", out.toFile(), "method", method).get();
			final Set<VolumeMask> got = read(out);
			assertTrue(got.size() >= truth.size(), method + ": " + got.size());
			for (final VolumeMask g : got)
				assertTrue(truth.stream().anyMatch(t -> VolumeMasks.intersectionVolume(g, t) == g.volume()), method + ": an object spans two cells");
		}
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
		final Path sliceTable = dir.resolve("per_slice.csv");
		final CommandModule m = commands.run(MergeLabelImages.class, true, "input", whole.toFile(), "output_labels", flat.toFile(), "dimensions", "2d_per_slice", "table",
				sliceTable.toFile()).get();
		final String perSlice = (String) m.getOutput("summary");
		assertTrue(perSlice.startsWith("2D per slice: 24 planes"), perSlice);
		final ImagePlus flatStack = ImagePlusLabels.open(flat);
		assertEquals(24, flatStack.getStackSize());
		// one table: the plane's objects, each with its slice; per plane as many rows as labels in the merged plane, areas summing to the plane's labelled pixels
		final List<String> lines = Files.readAllLines(sliceTable);
		assertEquals(io.github.smm.io.ClusterCsv.SLICE_CLUSTER_HEADER, lines.get(0));
		final int[] rowsPerSlice = new int[25];
		final long[] areaPerSlice = new long[25];
		for (final String line : lines.subList(1, lines.size()))
		{
			final String[] f = line.split(",");
			final int slice = Integer.parseInt(f[0]);
			rowsPerSlice[slice]++;
			areaPerSlice[slice] += Long.parseLong(f[6]);
		}
		final ImagePlus wholeStack = ImagePlusLabels.open(whole);
		int objects = 0;
		for (int k = 1; k <= 24; k++)
		{
			final Set<Float> labels = new HashSet<>();
			long labelled = 0;
			final float[] outPlane = (float[]) flatStack.getStack().getProcessor(k).convertToFloat().getPixels();
			final float[] inPlane = (float[]) wholeStack.getStack().getProcessor(k).convertToFloat().getPixels();
			for (int i = 0; i < outPlane.length; i++)
			{
				if (outPlane[i] != 0)
					labels.add(outPlane[i]);
				if (inPlane[i] != 0)
					labelled++;
			}
			assertEquals(labels.size(), rowsPerSlice[k], "slice " + k);
			assertEquals(labelled, areaPerSlice[k], "slice " + k);
			objects += labels.size();
		}
		assertTrue(perSlice.contains("-> " + objects + " objects"), perSlice);
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
		final EvaluateSegmentationTest.Table t = new EvaluateSegmentationTest.Table(summaryCsv);
		assertEquals(List.of("iou_threshold", "volumes", "predictions", "ground_truth"), t.header.subList(0, 4));
		assertEquals("1", t.get(0, "volumes"));
		assertEquals(n - 2, Integer.parseInt(t.get(0, "predictions")), "predictions");
		assertEquals(n, Integer.parseInt(t.get(0, "ground_truth")), "ground truth");
		assertEquals(expectedTp, Integer.parseInt(t.get(0, "tp")), rows.get(1));
		assertEquals(1, Integer.parseInt(t.get(0, "merges")), "one merged prediction");
		assertEquals(1, Integer.parseInt(t.get(0, "missed")), "one missed cell");
		assertEquals(0, Integer.parseInt(t.get(0, "spurious")), "no spurious prediction");
		assertTrue(rows.get(0).endsWith(",missed,spurious,coco_ap_class_agnostic,coco_ap50_class_agnostic,coco_ap75_class_agnostic,coco_ar_class_agnostic"), rows.get(0));
		final double ap = t.number(0, "coco_ap_class_agnostic"), ap50 = t.number(0, "coco_ap50_class_agnostic"), ar = t.number(0, "coco_ar_class_agnostic");
		assertTrue(ap50 > 0.9 && ap50 <= 1 && ap <= ap50 && ar <= (double) (n - 2) / n, rows.get(1));
		final int coco = t.header.indexOf("coco_ap_class_agnostic");
		assertEquals(java.util.Arrays.asList(t.rows.get(0)).subList(coco, coco + 4), java.util.Arrays.asList(t.rows.get(1)).subList(coco, coco + 4), "COCO columns are the same on every row");
		assertTrue(summary.contains("missed 1, spurious 0; COCO AP "), summary);
		assertTrue(Files.readAllLines(csv).get(1).startsWith("pred.tif,0.5000,"));
		// the plots of the 3D numbers, as in 2D
		final Path png = dir.resolve("p.png");
		commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "plot_png", png.toFile()).get();
		VolumeFolderEvaluationTest.checkPlot(png);
	}

	@Test
	void macroMergesAFolderOfBlocks(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final Set<VolumeMask> truth = writeBlocks(blocks);
		ImageJ1.runMacro(Files.readString(Paths.get("macros", "merge_tile_labels.ijm")), blocks.toString());
		assertEquals(truth, read(dir.resolve("blocks_merged.tif")));
	}

	@Test
	void macroMergesEachSliceWithOneClusterTable(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final Set<VolumeMask> truth = writeBlocks(blocks);
		final Path whole = dir.resolve("whole.tif"), flat = dir.resolve("flat.tif"), table = dir.resolve("per_slice.csv"), flat2 = dir.resolve("flat2.tif"),
				table2 = dir.resolve("per_slice2.csv");
		IJ.saveAsTiff(ImagePlusVolumes.toImagePlus(new ArrayList<>(truth), new Box3(0, 0, 0, 60, 50, 24), "whole", VOXEL, "µm"), whole.toString());
		ImageJ1.runMacro("run(\"Merge Label Images\", \"input=[" + whole + "] dimensions=2d_per_slice output_labels=[" + flat + "] table=[" + table + "]\");\n", "");
		commands.run(MergeLabelImages.class, true, "input", whole.toFile(), "output_labels", flat2.toFile(), "dimensions", "2d_per_slice", "table", table2.toFile()).get();
		final List<String> lines = Files.readAllLines(table);
		assertEquals(Files.readAllLines(table2), lines, "the macro writes the table the command writes");
		assertEquals(io.github.smm.io.ClusterCsv.SLICE_CLUSTER_HEADER, lines.get(0));
		assertEquals("1", lines.get(1).split(",")[0]);
		assertEquals("24", lines.get(lines.size() - 1).split(",")[0]);
		assertEquals(24, ImagePlusLabels.open(flat).getStackSize());
	}

	@Test
	void theSliceTableShownInImageJHoldsTheCsvColumns()
	{
		final io.github.smm.model.Box box = io.github.smm.model.Box.ofSize(3, 4, 5, 6);
		final List<List<io.github.smm.io.ClusterRow>> perSlice = List.of(List.of(new io.github.smm.io.ClusterRow(1, new long[] { 7, 9 }, 0.5, 2, 30, box)), List.of(),
				List.of(new io.github.smm.io.ClusterRow(1, new long[] { 4 }, 1, 0, 12, box), new io.github.smm.io.ClusterRow(2, new long[] { 5 }, 0.25, 0, 8, box)));
		final ij.measure.ResultsTable rt = Outputs.sliceTable(perSlice);
		assertEquals(3, rt.size());
		assertEquals(List.of("slice", "cluster_id", "members", "n_members", "score", "class", "area", "bbox_x", "bbox_y", "bbox_width", "bbox_height"),
				List.of(rt.getHeadings()));
		assertEquals(List.of(1.0, 3.0, 3.0), List.of(rt.getValue("slice", 0), rt.getValue("slice", 1), rt.getValue("slice", 2)));
		assertEquals("7 9", rt.getStringValue("members", 0));
		assertEquals(2.0, rt.getValue("n_members", 0));
		assertEquals(List.of(30.0, 12.0, 8.0), List.of(rt.getValue("area", 0), rt.getValue("area", 1), rt.getValue("area", 2)));
		assertEquals(List.of(2.0, 0.25), List.of(rt.getValue("cluster_id", 2), rt.getValue("score", 2)));
		assertEquals(3.0, rt.getValue("bbox_x", 1));
		assertEquals(6.0, rt.getValue("bbox_height", 1));
	}

	@Test
	void macroChecksAndEvaluatesLabelStacks(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final List<VolumeMask> truth = new ArrayList<>(writeBlocks(blocks));
		final Path gt = dir.resolve("gt.tif"), problems = dir.resolve("problems.csv"), summary = dir.resolve("summary.csv");
		IJ.saveAsTiff(ImagePlusVolumes.toImagePlus(truth, new Box3(0, 0, 0, 60, 50, 24), "gt", VOXEL, "µm"), gt.toString());
		ImageJ1.runMacro("run(\"Check Annotations\", \"ground_truth=[" + gt + "] min_area=0 connectivity=6 csv=[" + problems + "]\");\n"
				+ "run(\"Evaluate Segmentation\", \"prediction=[" + gt + "] ground_truth=[" + gt + "] iou_thresholds=0.5 summary_csv=[" + summary + "]\");\n", "");
		// the macro lists what the core finds: discrete convex cells have no cavity, but a few come apart at 6-connectivity
		final io.github.smm.eval.AnnotationReport core = io.github.smm.volume.VolumeAnnotationCheck.check(LabelStacks.read(gt),
				io.github.smm.eval.AnnotationCheckOptions.defaults().withMinArea(0).withConnectivity(io.github.smm.eval.Connectivity.SIX));
		final List<String> rows = Files.readAllLines(problems);
		assertEquals(1 + core.pieces().size(), rows.size(), rows.toString());
		assertEquals(0, core.holes().size());
		for (final io.github.smm.eval.AnnotationReport.Pieces p : core.pieces())
			assertTrue(rows.stream().anyMatch(r -> r.startsWith("gt,pieces," + p.id() + ",") && r.endsWith("," + p.count())), rows.toString());
		final EvaluateSegmentationTest.Table t = new EvaluateSegmentationTest.Table(summary);
		assertEquals(truth.size(), Integer.parseInt(t.get(0, "tp")), "every object matches itself");
		assertEquals(1.0, t.number(0, "coco_ap_class_agnostic"), 1e-12, "COCO AP of the truth against itself");
	}

	/** A grey stack of the scene's size with the calibration of {@link #VOXEL} (z 1, y and x 0.5). */
	static ImagePlus greyStack()
	{
		final ij.ImageStack stack = new ij.ImageStack(60, 50);
		for (int z = 0; z < 24; z++)
		{
			final ij.process.ByteProcessor ip = new ij.process.ByteProcessor(60, 50);
			ip.setValue(40 + 4 * z);
			ip.fill();
			stack.addSlice(ip);
		}
		final ImagePlus imp = new ImagePlus("cells", stack);
		imp.getCalibration().pixelWidth = 0.5;
		imp.getCalibration().pixelHeight = 0.5;
		imp.getCalibration().pixelDepth = 1;
		return imp;
	}

	@Test
	void showMergeOverlayDrawsAStackSliceBySliceAndTheOrthogonalViews(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final List<VolumeMask> truth = new ArrayList<>(writeBlocks(blocks));
		final Path labels = dir.resolve("merged.tif"), png = dir.resolve("slice.png"), views = dir.resolve("views.png");
		IJ.saveAsTiff(ImagePlusVolumes.toImagePlus(truth, new Box3(0, 0, 0, 60, 50, 24), "merged", VOXEL, "µm"), labels.toString());
		final ImagePlus image = greyStack();
		final CommandModule m = commands.run(ShowMergeOverlay.class, true, "image", image, "labels", labels.toFile(), "png", png.toFile(), "orthogonal_png", views.toFile(), "planes",
				"30,25,12", "draw", "fills").get();
		assertEquals("3D: " + truth.size() + " objects on 24 slices; planes x=30 y=25 slice 12", m.getOutput("summary"));
		assertEquals(null, image.getOverlay(), "batch: the input image is not changed");
		final java.awt.image.BufferedImage slice = javax.imageio.ImageIO.read(png.toFile()), ortho = javax.imageio.ImageIO.read(views.toFile());
		assertEquals(60, slice.getWidth());
		assertEquals(60 + 4 + 24 * 2, ortho.getWidth(), "xy, then yz with each slice 2 pixels wide (z 1 µm, x 0.5 µm)");
		assertEquals(50 + 4 + 24 * 2, ortho.getHeight());
		// the slice png shows slice 12 (grey 40 + 4·11) under translucent fills: no pixel keeps the plain grey everywhere
		final int grey = 40 + 4 * 11;
		long plain = 0;
		for (int y = 0; y < 50; y++)
			for (int x = 0; x < 60; x++)
				if ((slice.getRGB(x, y) & 0xffffff) == (grey << 16 | grey << 8 | grey))
					plain++;
		assertTrue(plain < 60 * 50 / 4, "the cells are filled on the slice: " + plain + " plain pixels");
		final ExecutionException flat = assertThrows(ExecutionException.class, () -> commands.run(ShowMergeOverlay.class, true, "image",
				new ImagePlus("flat", new ij.process.ByteProcessor(60, 50)), "labels", labels.toFile(), "orthogonal_png", views.toFile()).get());
		assertTrue(CommandsTest.messages(flat).contains("orthogonal_png"), CommandsTest.messages(flat));
		final ExecutionException planes = assertThrows(ExecutionException.class,
				() -> commands.run(ShowMergeOverlay.class, true, "image", image, "labels", labels.toFile(), "planes", "30,25,25").get());
		assertTrue(CommandsTest.messages(planes).contains("planes '30,25,25'"), CommandsTest.messages(planes));
	}

	@Test
	void macroShowsAStackWithOrthogonalViews(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final List<VolumeMask> truth = new ArrayList<>(writeBlocks(blocks));
		final Path labels = dir.resolve("merged.tif"), stack = dir.resolve("cells.tif"), views = dir.resolve("views.png");
		IJ.saveAsTiff(ImagePlusVolumes.toImagePlus(truth, new Box3(0, 0, 0, 60, 50, 24), "merged", VOXEL, "µm"), labels.toString());
		IJ.saveAsTiff(greyStack(), stack.toString());
		ImageJ1.runMacro("open(\"" + stack + "\");\nrun(\"Show Merge Overlay\", \"image=cells.tif labels=[" + labels + "] orthogonal_png=[" + views + "] color_by=cluster\");\n", "");
		final java.awt.image.BufferedImage ortho = javax.imageio.ImageIO.read(views.toFile());
		assertEquals(60 + 4 + 24 * 2, ortho.getWidth(), "the stack's calibration sets the z stretch");
	}

	@Test
	void mergedObjectsGoOutAsAPerSliceRoiSetThatTheOtherCommandsRead(@TempDir final Path dir) throws Exception
	{
		final Path blocks = Files.createDirectory(dir.resolve("blocks"));
		final List<VolumeMask> truth = new ArrayList<>(writeBlocks(blocks));
		final Path rois = dir.resolve("merged.zip"), gt = dir.resolve("gt.tif"), summaryCsv = dir.resolve("summary.csv"), views = dir.resolve("views.png");
		commands.run(MergeLabelImages.class, true, "input", blocks.toFile(), "output_rois", rois.toFile()).get();
		final List<ij.gui.Roi> set = RoiSets.read(rois);
		assertTrue(set.size() > truth.size() && set.stream().allMatch(r -> r.getName().startsWith("object-") && r.getPosition() >= 1 && r.getPosition() <= 24), "one ROI per object and slice");
		final Set<VolumeMask> back = new HashSet<>();
		for (final io.github.smm.volume.VolumeInstance o : io.github.smm.ij.VolumeRois.toObjects(set, 1))
			back.add(o.mask());
		assertEquals(new HashSet<>(truth), back);
		IJ.saveAsTiff(ImagePlusVolumes.toImagePlus(truth, new Box3(0, 0, 0, 60, 50, 24), "gt", VOXEL, "µm"), gt.toString());
		final CommandModule e = commands.run(EvaluateSegmentation.class, true, "prediction", rois.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5", "summary_csv",
				summaryCsv.toFile()).get();
		assertTrue(((String) e.getOutput("summary")).contains("F1 1.0000 (TP " + truth.size() + ", FP 0, FN 0)"), (String) e.getOutput("summary"));
		final CommandModule c = commands.run(CheckAnnotations.class, true, "ground_truth", rois.toFile(), "min_area", 0, "connectivity", "26").get();
		assertTrue(((String) c.getOutput("summary")).startsWith("3D: 1 volume(s), " + truth.size() + " objects"), (String) c.getOutput("summary"));
		final CommandModule s = commands.run(ShowMergeOverlay.class, true, "image", greyStack(), "labels", rois.toFile(), "orthogonal_png", views.toFile()).get();
		assertTrue(((String) s.getOutput("summary")).startsWith("3D: " + truth.size() + " objects"), (String) s.getOutput("summary"));
	}
}
