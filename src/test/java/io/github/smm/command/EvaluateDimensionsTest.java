package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ShortProcessor;
import io.github.smm.command.EvaluateSegmentationTest.Table;
import io.github.smm.command.VolumeFolderEvaluationTest.Counts;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.VolumeRois;
import io.github.smm.testutil.ImageJ1;

/**
 * The {@code dimensions} key of Evaluate Segmentation and Check Annotations, headless, on small
 * generated label stacks: {@code 2d_per_slice} scores every plane as a 2D image (rows
 * {@code name:slice k}) pooled as a 2D folder of those planes, against a brute-force recount;
 * {@code 3d} on a 2D pair gives the 2D figures, and reads a stack of time frames as z slices;
 * {@code auto} is the reading without the key; every bad input named.
 */
class EvaluateDimensionsTest
{
	/** The volumes' size, as {@link VolumeFolderEvaluationTest} writes them. */
	private static final int W = 24, H = 20, D = 10;

	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	private static CommandModule evaluate(final Object... inputs) throws Exception
	{
		return commands.run(EvaluateSegmentation.class, true, inputs).get();
	}

	private static CommandModule check(final Object... inputs) throws Exception
	{
		return commands.run(CheckAnnotations.class, true, inputs).get();
	}

	private static String checkFailure(final Object... inputs)
	{
		final ExecutionException e = assertThrows(ExecutionException.class, () -> commands.run(CheckAnnotations.class, true, inputs).get());
		return CommandsTest.messages(e);
	}

	private static int[] plane(final int[] volume, final int z)
	{
		return Arrays.copyOfRange(volume, z * W * H, (z + 1) * W * H);
	}

	/** Two stacks per side ({@code a} of 6 boxes, {@code b} of 12); returns {prediction, truth} voxel arrays by name. */
	private static Map<String, int[][]> writeStacks(final Path pred, final Path gt)
	{
		final Random r = new Random(11);
		final Map<String, int[][]> out = new LinkedHashMap<>();
		for (final String name : List.of("b", "a"))
		{
			final List<int[]> truthBoxes = VolumeFolderEvaluationTest.randomBoxes(r, name.equals("a") ? 6 : 12);
			final int[] g = VolumeFolderEvaluationTest.boxes(r, truthBoxes), p = VolumeFolderEvaluationTest.boxes(r, VolumeFolderEvaluationTest.predicted(r, truthBoxes, 2));
			VolumeFolderEvaluationTest.writeStack(gt.resolve(name + ".tif"), g, D);
			VolumeFolderEvaluationTest.writeStack(pred.resolve(name + ".tif"), p, D);
			out.put(name, new int[][] { p, g });
		}
		return out;
	}

	@Test
	void perSliceScoresEveryPlaneAndPoolsAsATwoDimensionalFolder(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		final Map<String, int[][]> volumes = writeStacks(pred, gt);
		final Path csv = dir.resolve("planes.csv"), sum = dir.resolve("summary.csv");
		final CommandModule m = evaluate("prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5,0.7", "dimensions", "2d_per_slice", "csv", csv.toFile(),
				"summary_csv", sum.toFile());
		final String summary = (String) m.getOutput("summary");
		assertTrue(summary.startsWith("2D per slice: 20 image(s), class agnostic, IoU 0.50"), summary);
		// one row per plane and threshold: a's planes first (name order), slices from 1; each the brute-force count of its plane pair
		final Table t = new Table(csv);
		assertEquals(2 * D * 2, t.rows.size());
		final Counts all = new Counts();
		int row = 0;
		for (final String name : List.of("a", "b"))
			for (int z = 0; z < D; z++)
			{
				final Counts c = Counts.of(plane(volumes.get(name)[0], z), plane(volumes.get(name)[1], z));
				all.add(c);
				for (int k = 0; k < 2; k++, row++)
				{
					final String what = name + " plane " + z + " at " + k;
					assertEquals(name + ":slice " + (z + 1), t.get(row, "image"), what);
					assertEquals(c.tp[k], Long.parseLong(t.get(row, "tp")), what);
					assertEquals(c.predictions - c.tp[k], Long.parseLong(t.get(row, "fp")), what);
					assertEquals(c.truth - c.tp[k], Long.parseLong(t.get(row, "fn")), what);
				}
			}
		// pooled over the planes: counts summed, every ratio from the sums
		final Table s = new Table(sum);
		final double[] thresholds = { 0.5, 0.7 };
		for (int k = 0; k < 2; k++)
		{
			assertEquals(thresholds[k], s.number(k, "threshold"));
			assertEquals("20", s.get(k, "images"));
			assertEquals(all.tp[k], Long.parseLong(s.get(k, "tp")));
			assertEquals(all.predictions - all.tp[k], Long.parseLong(s.get(k, "fp")));
			assertEquals(all.truth - all.tp[k], Long.parseLong(s.get(k, "fn")));
			assertEquals(all.f1(k), s.number(k, "f1"), 1e-6);
			assertEquals(2 * all.iou[k] / (all.predictions + all.truth), s.number(k, "pq"), 1e-6);
			assertEquals(all.seg / all.truth, s.number(k, "seg"), 1e-6);
		}
		// the same numbers as the 2D path on a folder holding the planes as single images
		final Path pred2 = Files.createDirectory(dir.resolve("pred2")), gt2 = Files.createDirectory(dir.resolve("gt2"));
		for (final Map.Entry<String, int[][]> v : volumes.entrySet())
			for (int z = 0; z < D; z++)
			{
				VolumeFolderEvaluationTest.writeStack(pred2.resolve(v.getKey() + "_" + (char) ('a' + z) + ".tif"), plane(v.getValue()[0], z), 1);
				VolumeFolderEvaluationTest.writeStack(gt2.resolve(v.getKey() + "_" + (char) ('a' + z) + ".tif"), plane(v.getValue()[1], z), 1);
			}
		final Path csv2 = dir.resolve("planes2.csv"), sum2 = dir.resolve("summary2.csv");
		evaluate("prediction", pred2.toFile(), "ground_truth", gt2.toFile(), "iou_thresholds", "0.5,0.7", "csv", csv2.toFile(), "summary_csv", sum2.toFile());
		assertEquals(Files.readAllLines(sum2), Files.readAllLines(sum), "pooled as the 2D folder pools its images");
		final List<String> expected = new ArrayList<>();
		for (final String line : Files.readAllLines(csv2))
		{
			final java.util.regex.Matcher mm = java.util.regex.Pattern.compile("^([ab])_([a-j]),(.*)$").matcher(line);
			expected.add(mm.matches() ? mm.group(1) + ":slice " + (mm.group(2).charAt(0) - 'a' + 1) + "," + mm.group(3) : line);
		}
		assertEquals(expected, Files.readAllLines(csv), "every plane's row as the 2D row of that plane");
	}

	@Test
	void perSliceNamesPairsOfDifferentPlanesOrSizesAndThreeDimensionalRoiSets(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		writeStacks(pred, gt);
		final Path shortStack = dir.resolve("short.tif");
		VolumeFolderEvaluationTest.writeStack(shortStack, new int[W * H * D], D - 2);
		String msg = EvaluateSegmentationTest.failure(commands, "prediction", shortStack.toFile(), "ground_truth", gt.resolve("a.tif").toFile(), "dimensions", "2d_per_slice");
		assertTrue(msg.contains("prediction " + shortStack + " has 8 plane(s) but ground_truth " + gt.resolve("a.tif") + " has 10"), msg);
		final ImageStack wide = new ImageStack(W + 2, H);
		for (int z = 0; z < D; z++)
			wide.addSlice(new ShortProcessor(W + 2, H));
		IJ.saveAsTiff(new ImagePlus("wide", wide), pred.resolve("b.tif").toString());
		msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "dimensions", "2d_per_slice");
		assertTrue(msg.contains("prediction " + pred.resolve("b.tif") + " is 26 x 20 but ground_truth " + gt.resolve("b.tif") + " is 24 x 20"), msg);
		Files.delete(pred.resolve("b.tif"));
		msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "dimensions", "2d_per_slice");
		assertTrue(msg.contains("no prediction for ground-truth image(s) [b]"), msg);
		// a 3D ROI set is one object over several slices: refused by name, not flattened
		final Path rois = dir.resolve("a3d.zip");
		RoiSets.write(rois, VolumeRois.fromObjects(LabelStacks.read(gt.resolve("a.tif"))));
		msg = EvaluateSegmentationTest.failure(commands, "prediction", rois.toFile(), "ground_truth", gt.resolve("a.tif").toFile(), "dimensions", "2d_per_slice");
		assertTrue(msg.contains("prediction " + rois + " is a 3D ROI set"), msg);
		msg = EvaluateSegmentationTest.failure(commands, "prediction", gt.resolve("a.tif").toFile(), "ground_truth", gt.resolve("a.tif").toFile(), "dimensions", "volumetric");
		assertTrue(msg.contains("volumetric"), msg);
	}

	@Test
	void threeDimensionsOnTwoDimensionalImagesGiveTheTwoDimensionalFigures(@TempDir final Path dir) throws Exception
	{
		final Random r = new Random(5);
		final Path pred = dir.resolve("pred.tif"), gt = dir.resolve("gt.tif");
		final List<int[]> truthBoxes = new ArrayList<>();
		for (final int[] b : VolumeFolderEvaluationTest.randomBoxes(r, 10))
			truthBoxes.add(new int[] { b[0], b[1], 0, b[3], b[4], 1 });
		final List<int[]> predBoxes = new ArrayList<>();
		for (final int[] b : VolumeFolderEvaluationTest.predicted(r, truthBoxes, 3))
			predBoxes.add(new int[] { b[0], b[1], 0, b[3], b[4], 1 });
		VolumeFolderEvaluationTest.writeStack(gt, VolumeFolderEvaluationTest.boxes(r, truthBoxes), 1);
		VolumeFolderEvaluationTest.writeStack(pred, VolumeFolderEvaluationTest.boxes(r, predBoxes), 1);
		final Path csv2 = dir.resolve("flat.csv"), csv3 = dir.resolve("volume.csv");
		final String flat = (String) evaluate("prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5:0.1:0.9", "csv", csv2.toFile()).getOutput("summary");
		assertTrue(flat.startsWith("1 image(s)"), flat);
		final String volume = (String) evaluate("prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5:0.1:0.9", "dimensions", "3d", "csv", csv3.toFile())
				.getOutput("summary");
		assertTrue(volume.startsWith("3D: 1 volume, class agnostic, IoU 0.50"), volume);
		final Table a = new Table(csv2), b = new Table(csv3);
		assertEquals(5, a.rows.size());
		assertEquals(5, b.rows.size());
		long matched = 0;
		for (int k = 0; k < 5; k++)
		{
			assertEquals(a.number(k, "threshold"), b.number(k, "iou_threshold"), 1e-12);
			for (final String c : List.of("tp", "fp", "fn", "splits", "merges", "missed", "spurious"))
				assertEquals(a.get(k, c), b.get(k, c), c + " at row " + k);
			for (final String c : List.of("precision", "recall", "f1", "pq", "seg"))
				assertEquals(a.number(k, c), b.number(k, c), 1e-6, c + " at row " + k);
			matched += Long.parseLong(a.get(k, "tp"));
		}
		assertTrue(matched > 0 && Long.parseLong(a.get(0, "fp")) > 0, "the scene has matches and errors");
	}

	@Test
	void threeDimensionsReadsTimeFramesAsSlicesAndAutoKeepsTodaysReading(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		writeStacks(pred, gt);
		final Path movie = dir.resolve("movie.tif");
		final ImagePlus frames = IJ.openImage(pred.resolve("a.tif").toString());
		frames.setDimensions(1, 1, D);
		IJ.saveAsTiff(frames, movie.toString());
		final String auto = EvaluateSegmentationTest.failure(commands, "prediction", movie.toFile(), "ground_truth", gt.resolve("a.tif").toFile());
		assertTrue(auto.contains("prediction " + movie + " is not"), auto);
		final Path forced = dir.resolve("forced.csv"), zstack = dir.resolve("zstack.csv");
		evaluate("prediction", movie.toFile(), "ground_truth", gt.resolve("a.tif").toFile(), "iou_thresholds", "0.5,0.7", "dimensions", "3d", "summary_csv", forced.toFile());
		final String z = (String) evaluate("prediction", pred.resolve("a.tif").toFile(), "ground_truth", gt.resolve("a.tif").toFile(), "iou_thresholds", "0.5,0.7", "dimensions", "auto",
				"summary_csv", zstack.toFile()).getOutput("summary");
		assertTrue(z.startsWith("3D: 1 volume,"), z);
		assertEquals(Files.readAllLines(zstack), Files.readAllLines(forced), "the frames read as the z slices they hold");
		// auto and no key at all are the same reading
		final Path none = dir.resolve("none.csv");
		evaluate("prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5,0.7", "summary_csv", none.toFile());
		final Path autoCsv = dir.resolve("auto.csv");
		evaluate("prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5,0.7", "dimensions", "auto", "summary_csv", autoCsv.toFile());
		assertEquals(Files.readAllLines(none), Files.readAllLines(autoCsv));
		assertEquals("iou_threshold", new Table(autoCsv).header.get(0), "a folder of z stacks is evaluated in 3D under auto");
		// 3d on a folder of 2D images needs no stack in it; a file 3d cannot read as a volume is named
		final Path geo = dir.resolve("gt.geojson");
		Files.writeString(geo, "{\"type\":\"FeatureCollection\",\"features\":[]}");
		final String msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.resolve("a.tif").toFile(), "ground_truth", geo.toFile(), "dimensions", "3d");
		assertTrue(msg.contains("ground_truth " + geo + " is not a label image or stack"), msg);
	}

	/**
	 * A stack of 3 planes, 12 × 10: plane 1 a sliver (label 1, 2 px) and a box; plane 2 label 3 in
	 * two pieces (8-connected: apart); plane 3 label 4 with a hole.
	 */
	private static Path writeProblemStack(final Path file)
	{
		final int w = 12, h = 10;
		final short[][] planes = new short[3][w * h];
		planes[0][0] = planes[0][1] = 1;
		for (int y = 4; y < 8; y++)
			for (int x = 4; x < 8; x++)
				planes[0][y * w + x] = 2;
		for (int y = 0; y < 3; y++)
			for (int x = 0; x < 3; x++)
			{
				planes[1][y * w + x] = 3;
				planes[1][(y + 6) * w + x + 7] = 3;
			}
		for (int y = 2; y < 7; y++)
			for (int x = 2; x < 7; x++)
				if (x != 4 || y != 4)
					planes[2][y * w + x] = 4;
		final ImageStack stack = new ImageStack(w, h);
		for (final short[] p : planes)
			stack.addSlice(new ShortProcessor(w, h, p, null));
		IJ.saveAsTiff(new ImagePlus("stack", stack), file.toString());
		return file;
	}

	@Test
	void checkAnnotationsPerSliceAndInThreeDimensions(@TempDir final Path dir) throws Exception
	{
		final Path stack = writeProblemStack(dir.resolve("stack.tif")), csv = dir.resolve("problems.csv");
		final CommandModule perSlice = check("ground_truth", stack.toFile(), "min_area", 5, "connectivity", "8", "dimensions", "2d_per_slice", "csv", csv.toFile());
		assertEquals("2D per slice: 3 image(s), 4 instances; problems overlap: 0, sliver: 1, pieces: 1, hole: 1", perSlice.getOutput("summary"));
		assertEquals(List.of("image,kind,ids,pixels,count", "stack:slice 1,sliver,1,2,1", "stack:slice 2,pieces,3,18,2", "stack:slice 3,hole,4,1,1"), Files.readAllLines(csv));
		// the same stack under auto is one volume of 4 objects: 3D wording
		final String volume = (String) check("ground_truth", stack.toFile(), "min_area", 5, "connectivity", "26").getOutput("summary");
		assertTrue(volume.startsWith("3D: 1 volume(s), 4 objects; problems"), volume);
		// 3d on a 2D image: a one-slice volume, its sliver and pieces as in 2D
		final Path flat = dir.resolve("flat.tif");
		final ImagePlus imp = IJ.openImage(stack.toString());
		imp.setSlice(2);
		final ImagePlus two = new ImagePlus("flat", imp.getProcessor().duplicate());
		IJ.saveAsTiff(two, flat.toString());
		final Path csv2 = dir.resolve("flat2d.csv"), csv3 = dir.resolve("flat3d.csv");
		assertEquals("1 image(s), 1 instances; problems overlap: 0, sliver: 0, pieces: 1, hole: 0",
				check("ground_truth", flat.toFile(), "min_area", 5, "connectivity", "8", "csv", csv2.toFile()).getOutput("summary"));
		assertEquals("3D: 1 volume(s), 1 objects; problems overlap: 0, sliver: 0, pieces: 1, hole: 0",
				check("ground_truth", flat.toFile(), "min_area", 5, "connectivity", "8", "dimensions", "3d", "csv", csv3.toFile()).getOutput("summary"));
		assertEquals(Files.readAllLines(csv2), Files.readAllLines(csv3));
		// errors naming the value or the input
		String msg = checkFailure("ground_truth", stack.toFile(), "connectivity", "6", "dimensions", "2d_per_slice");
		assertTrue(msg.contains("connectivity 6 is for volumes, and dimensions=2d_per_slice checks every plane of " + stack + " in 2D"), msg);
		msg = checkFailure("ground_truth", stack.toFile(), "dimensions", "4d");
		assertTrue(msg.contains("4d"), msg);
	}

	@Test
	void checkAnnotationsPerSliceOnAFolderNamesEveryPlane(@TempDir final Path dir) throws Exception
	{
		final Path gt = Files.createDirectory(dir.resolve("gt"));
		writeProblemStack(gt.resolve("s.tif"));
		VolumeFolderEvaluationTest.writeStack(gt.resolve("flat.tif"), VolumeFolderEvaluationTest.boxes(null, List.of(new int[] { 1, 1, 0, 2, 1, 1 })), 1);
		final Path csv = dir.resolve("problems.csv");
		final String summary = (String) check("ground_truth", gt.toFile(), "min_area", 5, "dimensions", "2d_per_slice", "csv", csv.toFile()).getOutput("summary");
		assertEquals("2D per slice: 4 image(s), 5 instances; problems overlap: 0, sliver: 2, pieces: 1, hole: 1", summary);
		assertEquals(List.of("image,kind,ids,pixels,count", "flat,sliver,1,2,1", "s:slice 1,sliver,1,2,1", "s:slice 2,pieces,3,18,2", "s:slice 3,hole,4,1,1"), Files.readAllLines(csv));
	}

	@Test
	void macroEvaluatesPerSlice(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		writeStacks(pred, gt);
		final Path csv = dir.resolve("planes.csv"), sum = dir.resolve("summary.csv");
		ImageJ1.runMacro("run(\"Evaluate Segmentation\", \"prediction=[" + pred + "] ground_truth=[" + gt + "] iou_thresholds=0.5,0.7 dimensions=2d_per_slice csv=[" + csv + "] summary_csv=["
				+ sum + "]\");\n", "");
		final Path csv2 = dir.resolve("planes2.csv"), sum2 = dir.resolve("summary2.csv");
		evaluate("prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5,0.7", "dimensions", "2d_per_slice", "csv", csv2.toFile(), "summary_csv", sum2.toFile());
		assertEquals(Files.readAllLines(csv2), Files.readAllLines(csv), "the macro writes what the command computes");
		assertEquals(Files.readAllLines(sum2), Files.readAllLines(sum));
		assertEquals("a:slice 1", new Table(csv).get(0, "image"));
	}
}
