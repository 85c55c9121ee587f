package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ShortProcessor;
import io.github.smm.command.EvaluateSegmentationTest.Table;
import io.github.smm.command.evaluation.EvaluationPlots;
import io.github.smm.testutil.ImageJ1;

/**
 * Evaluate Segmentation and Check Annotations on folders of label stacks, headless: pairing by
 * name, one csv row per volume and threshold, the pooled summary against a brute-force recount on
 * the voxel arrays, the plot PNG, and the errors that name the offending file.
 */
class VolumeFolderEvaluationTest
{
	private static final int W = 24, H = 20, D = 10;

	private static final double[] THRESHOLDS = { 0.5, 0.7 };

	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	/** A label volume of {@code n} random boxes painted in order (a later box covers an earlier one). */
	static int[] boxes(final Random r, final List<int[]> boxes)
	{
		final int[] labels = new int[W * H * D];
		for (int k = 0; k < boxes.size(); k++)
		{
			final int[] b = boxes.get(k);
			for (int z = Math.max(0, b[2]); z < Math.min(D, b[2] + b[5]); z++)
				for (int y = Math.max(0, b[1]); y < Math.min(H, b[1] + b[4]); y++)
					for (int x = Math.max(0, b[0]); x < Math.min(W, b[0] + b[3]); x++)
						labels[(z * H + y) * W + x] = k + 1;
		}
		return labels;
	}

	/** {x, y, z, width, height, depth} of {@code n} random boxes. */
	static List<int[]> randomBoxes(final Random r, final int n)
	{
		final List<int[]> out = new ArrayList<>();
		for (int k = 0; k < n; k++)
			out.add(new int[] { r.nextInt(W - 3), r.nextInt(H - 3), r.nextInt(D - 2), 3 + r.nextInt(5), 3 + r.nextInt(5), 2 + r.nextInt(4) });
		return out;
	}

	/** The truth's boxes, 4 in 5 kept (half of those moved by a voxel along one axis, some a voxel larger), and {@code spurious} more. */
	static List<int[]> predicted(final Random r, final List<int[]> truth, final int spurious)
	{
		final List<int[]> out = new ArrayList<>();
		for (final int[] b : truth)
			if (r.nextDouble() < 0.8)
			{
				final int[] p = b.clone();
				if (r.nextBoolean())
					p[r.nextInt(3)] += r.nextBoolean() ? 1 : -1;
				if (r.nextDouble() < 0.3)
					p[3 + r.nextInt(3)]++;
				out.add(p);
			}
		out.addAll(randomBoxes(r, spurious));
		return out;
	}

	static void writeStack(final Path file, final int[] labels, final int depth)
	{
		final int w = W, h = H;
		final ImageStack stack = new ImageStack(w, h);
		for (int z = 0; z < depth; z++)
		{
			final ShortProcessor ip = new ShortProcessor(w, h);
			for (int i = 0; i < w * h; i++)
				ip.set(i % w, i / w, labels[z * w * h + i]);
			stack.addSlice(ip);
		}
		IJ.saveAsTiff(new ImagePlus(file.getFileName().toString(), stack), file.toString());
	}

	/** Brute-force counts of one volume pair from the voxel arrays: {predictions, truth, tp(t)…, sum IoU(t)…, SEG sum}. */
	static final class Counts
	{
		long predictions, truth, segSum = 0;
		double seg;
		final long[] tp = new long[THRESHOLDS.length];
		final double[] iou = new double[THRESHOLDS.length];

		static Counts of(final int[] pred, final int[] gt)
		{
			final Map<Integer, Long> p = new HashMap<>(), g = new HashMap<>();
			final Map<Long, Long> inter = new HashMap<>();
			for (int i = 0; i < pred.length; i++)
			{
				if (pred[i] > 0)
					p.merge(pred[i], 1L, Long::sum);
				if (gt[i] > 0)
					g.merge(gt[i], 1L, Long::sum);
				if (pred[i] > 0 && gt[i] > 0)
					inter.merge((long) pred[i] << 32 | gt[i], 1L, Long::sum);
			}
			final Counts c = new Counts();
			c.predictions = p.size();
			c.truth = g.size();
			for (int t = 0; t < THRESHOLDS.length; t++)
			{
				final Map<Integer, Integer> usedP = new HashMap<>(), usedG = new HashMap<>();
				for (final Map.Entry<Long, Long> e : inter.entrySet())
				{
					final int a = (int) (e.getKey() >>> 32), b = (int) (long) e.getKey();
					final double iou = (double) e.getValue() / (p.get(a) + g.get(b) - e.getValue());
					if (iou < THRESHOLDS[t])
						continue;
					// labels are disjoint, so at IoU >= 0.5 a pair is the only candidate of both objects (asserted)
					assertEquals(null, usedP.put(a, b), "the test scene is unambiguous");
					assertEquals(null, usedG.put(b, a), "the test scene is unambiguous");
					c.tp[t]++;
					c.iou[t] += iou;
				}
			}
			for (final Map.Entry<Long, Long> e : inter.entrySet())
			{
				final int a = (int) (e.getKey() >>> 32), b = (int) (long) e.getKey();
				if (2 * e.getValue() > g.get(b))
					c.seg += (double) e.getValue() / (p.get(a) + g.get(b) - e.getValue());
			}
			return c;
		}

		void add(final Counts o)
		{
			predictions += o.predictions;
			truth += o.truth;
			seg += o.seg;
			for (int t = 0; t < THRESHOLDS.length; t++)
			{
				tp[t] += o.tp[t];
				iou[t] += o.iou[t];
			}
		}

		/** Asserts a csv row at threshold {@code t} holds these counts. */
		void check(final Table table, final int row, final int t, final String what)
		{
			assertEquals(Double.toString(THRESHOLDS[t]), Double.toString(table.number(row, "iou_threshold")), what);
			assertEquals(predictions, Long.parseLong(table.get(row, "predictions")), what);
			assertEquals(truth, Long.parseLong(table.get(row, "ground_truth")), what);
			assertEquals(tp[t], Long.parseLong(table.get(row, "tp")), what);
			assertEquals(predictions - tp[t], Long.parseLong(table.get(row, "fp")), what);
			assertEquals(truth - tp[t], Long.parseLong(table.get(row, "fn")), what);
			assertEquals((double) tp[t] / predictions, table.number(row, "precision"), 1e-6, what);
			assertEquals((double) tp[t] / truth, table.number(row, "recall"), 1e-6, what);
			assertEquals(f1(t), table.number(row, "f1"), 1e-6, what);
			assertEquals(2 * iou[t] / (predictions + truth), table.number(row, "pq"), 1e-6, what);
			assertEquals(seg / truth, table.number(row, "seg"), 1e-6, what);
		}

		double f1(final int t)
		{
			return 2.0 * tp[t] / (predictions + truth);
		}
	}

	/** Three volumes of 3, 8 and 16 boxes (so that pooling differs from averaging), written in the folders; returns the brute-force counts by name. */
	static Map<String, Counts> writeScenes(final Path pred, final Path gt)
	{
		final Random r = new Random(7);
		final Map<String, Counts> out = new java.util.TreeMap<>();
		final String[] names = { "c_big", "a_small", "b_mid" };
		final int[] n = { 16, 3, 8 };
		for (int k = 0; k < names.length; k++)
		{
			final List<int[]> truthBoxes = randomBoxes(r, n[k]);
			final int[] g = boxes(r, truthBoxes), p = boxes(r, predicted(r, truthBoxes, 1 + k));
			writeStack(gt.resolve(names[k] + ".tif"), g, D);
			writeStack(pred.resolve(names[k] + ".tif"), p, D);
			out.put(names[k], Counts.of(p, g));
		}
		return out;
	}

	@Test
	void foldersOfStacksArePairedByNameAndPooled(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		final Map<String, Counts> counts = writeScenes(pred, gt);
		Files.writeString(pred.resolve("notes.txt"), "not a volume");
		final Path csv = dir.resolve("volumes.csv"), sum = dir.resolve("summary.csv"), png = dir.resolve("plots.png");
		final CommandModule m = commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5,0.7", "csv", csv.toFile(),
				"summary_csv", sum.toFile(), "plot_png", png.toFile()).get();
		final String summary = (String) m.getOutput("summary");
		assertTrue(summary.startsWith("3D: 3 volumes, class agnostic, IoU 0.50"), summary);
		// one row per volume and threshold, volumes in name order, each the brute-force count of its pair
		final Table t = new Table(csv);
		assertEquals(6, t.rows.size());
		final List<String> names = new ArrayList<>(counts.keySet());
		for (int v = 0; v < 3; v++)
			for (int k = 0; k < THRESHOLDS.length; k++)
			{
				assertEquals(names.get(v), t.get(2 * v + k, "image"));
				counts.get(names.get(v)).check(t, 2 * v + k, k, names.get(v) + " at " + THRESHOLDS[k]);
			}
		// the summary pools the counts of all volumes (not the mean of their F1)
		final Counts all = new Counts();
		counts.values().forEach(all::add);
		final Table s = new Table(sum);
		assertEquals("iou_threshold", s.header.get(0));
		assertEquals(2, s.rows.size());
		double meanF1 = 0;
		for (final Counts c : counts.values())
			meanF1 += c.f1(0) / 3;
		assertNotEquals(meanF1, all.f1(0), 1e-3, "the scene tells pooling from averaging");
		for (int k = 0; k < THRESHOLDS.length; k++)
		{
			assertEquals("3", s.get(k, "volumes"));
			all.check(s, k, k, "pooled at " + THRESHOLDS[k]);
			for (final String c : List.of("splits", "merges", "missed", "spurious"))
			{
				long perVolume = 0;
				for (int v = 0; v < 3; v++)
					perVolume += Long.parseLong(t.get(2 * v + k, c));
				assertEquals(perVolume, Long.parseLong(s.get(k, c)), c + " summed over the volumes");
			}
		}
		assertTrue(summary.contains(String.format(java.util.Locale.ROOT, "F1 %.4f (TP %d,", all.f1(0), all.tp[0])), summary);
		final double ap50 = s.number(0, "coco_ap50_class_agnostic");
		assertTrue(ap50 > 0 && ap50 <= 1 && s.number(0, "coco_ap_class_agnostic") <= ap50, s.rows.get(0)[0]);
		checkPlot(png);
	}

	/** Both plots side by side, drawn: the F1 / IoU-0.5 colour present in each half. */
	static void checkPlot(final Path png)
	{
		final ImagePlus imp = IJ.openImage(png.toString());
		assertEquals(2 * EvaluationPlots.WIDTH, imp.getWidth());
		assertEquals(EvaluationPlots.HEIGHT, imp.getHeight());
		assertEquals(ImagePlus.COLOR_RGB, imp.getType());
		assertTrue(imp.getProcessor().getStatistics().stdDev > 0, "the plot image is not blank");
		final int[] blue = new int[2];
		final int[] pixels = (int[]) imp.getProcessor().getPixels();
		for (int i = 0; i < pixels.length; i++)
		{
			final int r = pixels[i] >> 16 & 0xff, g = pixels[i] >> 8 & 0xff, b = pixels[i] & 0xff;
			if (Math.abs(r - 0x1f) < 40 && Math.abs(g - 0x77) < 40 && Math.abs(b - 0xb4) < 40)
				blue[i % imp.getWidth() < EvaluationPlots.WIDTH ? 0 : 1]++;
		}
		assertTrue(blue[0] > 50 && blue[1] > 50, "a curve in each plot: " + blue[0] + ", " + blue[1]);
	}

	@Test
	void perfectPredictionsScoreOneEverywhere(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		writeScenes(gt, gt);
		writeScenes(pred, Files.createDirectory(dir.resolve("unused")));
		final Path sum = dir.resolve("summary.csv");
		commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5", "summary_csv", sum.toFile()).get();
		final Table s = new Table(sum);
		for (final String c : List.of("f1", "pq", "seg", "coco_ap_class_agnostic", "coco_ap50_class_agnostic", "coco_ar_class_agnostic"))
			assertEquals(1.0, s.number(0, c), 1e-12, c);
		assertEquals(List.of("0", "0", "0", "0"), List.of(s.get(0, "splits"), s.get(0, "merges"), s.get(0, "missed"), s.get(0, "spurious")));
	}

	@Test
	void unpairedVolumesAreNamed(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		writeScenes(pred, gt);
		final int[] one = boxes(null, List.of(new int[] { 1, 1, 1, 4, 4, 3 }));
		writeStack(pred.resolve("only_pred.tif"), one, D);
		writeStack(gt.resolve("only_truth.tif"), one, D);
		final String msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile());
		assertTrue(msg.contains("no ground truth for prediction volume(s) [only_pred]") && msg.contains("no prediction for ground-truth volume(s) [only_truth]"), msg);
	}

	@Test
	void aTwoDimensionalImageAmongStacksIsNamed(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		writeScenes(pred, gt);
		writeStack(gt.resolve("flat.tif"), boxes(null, List.of(new int[] { 1, 1, 0, 4, 4, 1 })), 1);
		final String msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile());
		assertTrue(msg.contains("flat.tif is 2D (one plane) but a_small.tif is a volume"), msg);
		// two single files: a stack against a 2D image
		final String single = EvaluateSegmentationTest.failure(commands, "prediction", gt.resolve("flat.tif").toFile(), "ground_truth", gt.resolve("b_mid.tif").toFile());
		assertTrue(single.contains("ground_truth " + gt.resolve("b_mid.tif") + " is a label stack of z slices (3D) but prediction " + gt.resolve("flat.tif") + " is not"), single);
	}

	@Test
	void volumesOfDifferentSizesAreNamed(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		writeScenes(pred, gt);
		writeStack(pred.resolve("b_mid.tif"), new int[W * H * D], D - 2);
		final String msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile());
		assertTrue(msg.contains("b_mid.tif is 24 x 20 x 8 but ground_truth ") && msg.contains("b_mid.tif is 24 x 20 x 10"), msg);
	}

	@Test
	void aFolderWithoutStacksAndATimeSeriesAreNamed(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		writeScenes(pred, Files.createDirectory(dir.resolve("unused")));
		Files.writeString(gt.resolve("notes.txt"), "nothing here");
		String msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile());
		assertTrue(msg.contains("ground_truth folder " + gt + " holds no label stack"), msg);
		// a stack of frames (time) is no volume
		writeScenes(gt, Files.createDirectory(dir.resolve("unused2")));
		final Path movie = gt.resolve("b_mid.tif");
		final ImagePlus frames = IJ.openImage(movie.toString());
		frames.setDimensions(1, 1, D);
		IJ.saveAsTiff(frames, movie.toString());
		msg = EvaluateSegmentationTest.failure(commands, "prediction", pred.toFile(), "ground_truth", gt.toFile());
		assertTrue(msg.contains(movie + " is not a label stack of z slices: it has 1 channel(s), 1 slice(s) and 10 frame(s)"), msg);
	}

	@Test
	void checkAnnotationsReportsEveryVolumeOfAFolder(@TempDir final Path dir) throws Exception
	{
		final Path gt = Files.createDirectory(dir.resolve("gt"));
		// a: a sliver (label 2, 2 voxels) and a box in two pieces (label 1); b: one clean box
		final int[] a = boxes(null, List.of(new int[] { 1, 1, 1, 4, 4, 3 }));
		a[(5 * H + 15) * W + 20] = 1;
		a[(8 * H + 2) * W + 20] = 2;
		a[(8 * H + 2) * W + 21] = 2;
		writeStack(gt.resolve("a.tif"), a, D);
		writeStack(gt.resolve("b.tif"), boxes(null, List.of(new int[] { 5, 5, 2, 6, 6, 4 })), D);
		final Path csv = dir.resolve("problems.csv");
		final CommandModule m = commands.run(CheckAnnotations.class, true, "ground_truth", gt.toFile(), "min_area", 5, "connectivity", "26", "csv", csv.toFile()).get();
		assertEquals(List.of("image,kind,ids,pixels,count", "a,sliver,2,2,1", "a,pieces,1,49,2"), Files.readAllLines(csv));
		assertTrue(((String) m.getOutput("summary")).startsWith("3D: 2 volume(s), 3 objects; problems overlap: 0, sliver: 1, pieces: 1, hole: 0"), (String) m.getOutput("summary"));
	}

	@Test
	void macroEvaluatesAndChecksFoldersOfStacks(@TempDir final Path dir) throws Exception
	{
		final Path pred = Files.createDirectory(dir.resolve("pred")), gt = Files.createDirectory(dir.resolve("gt"));
		writeScenes(pred, gt);
		final Path csv = dir.resolve("volumes.csv"), sum = dir.resolve("summary.csv"), png = dir.resolve("plots.png"), problems = dir.resolve("problems.csv");
		ImageJ1.runMacro("run(\"Evaluate Segmentation\", \"prediction=[" + pred + "] ground_truth=[" + gt + "] iou_thresholds=0.5,0.7 csv=[" + csv + "] summary_csv=[" + sum + "] plot_png=["
				+ png + "]\");\nrun(\"Check Annotations\", \"ground_truth=[" + gt + "] min_area=30 connectivity=6 csv=[" + problems + "]\");\n", "");
		final Path csv2 = dir.resolve("volumes2.csv"), sum2 = dir.resolve("summary2.csv"), problems2 = dir.resolve("problems2.csv");
		commands.run(EvaluateSegmentation.class, true, "prediction", pred.toFile(), "ground_truth", gt.toFile(), "iou_thresholds", "0.5,0.7", "csv", csv2.toFile(), "summary_csv",
				sum2.toFile()).get();
		commands.run(CheckAnnotations.class, true, "ground_truth", gt.toFile(), "min_area", 30, "connectivity", "6", "csv", problems2.toFile()).get();
		assertEquals(Files.readAllLines(csv2), Files.readAllLines(csv), "the macro writes what the command computes");
		assertEquals(Files.readAllLines(sum2), Files.readAllLines(sum));
		assertEquals(Files.readAllLines(problems2), Files.readAllLines(problems));
		assertTrue(Files.readAllLines(problems).size() > 1, "boxes under 30 voxels are slivers");
		checkPlot(png);
	}
}
