package io.github.smm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.eval.Matching;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingStats;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.RoiSets;
import io.github.smm.ij.Rois;
import io.github.smm.ij.ThresholdWatershed;
import io.github.smm.io.ClusterCsv;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.io.coco.CocoWriteOptions;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * The main job on a default input: a cell image (generated, or a real one from
 * {@code ../shared/data} with {@code --shared}) is cut into overlapping tiles, each tile is
 * segmented with ImageJ's classical pipeline, the tile predictions are merged with SMM, and
 * the results — label image, ROI set, COCO JSON, cluster table, summary — are written to a
 * folder, with before/after counts and accuracy against the ground truth.
 */
final class Demo
{
	private Demo()
	{}

	static int run(final String[] args, final PrintStream out, final PrintStream err) throws IOException
	{
		Path dir = Paths.get("smm-demo");
		boolean shared = false;
		int tile = 256, overlap = 64;
		for (int i = 0; i < args.length; i++)
		{
			switch (args[i])
			{
			case "--out":
				dir = Paths.get(value(args, ++i, "--out"));
				break;
			case "--shared":
				shared = true;
				break;
			case "--tile":
				tile = Integer.parseInt(value(args, ++i, "--tile"));
				break;
			case "--overlap":
				overlap = Integer.parseInt(value(args, ++i, "--overlap"));
				break;
			default:
				throw new IllegalArgumentException("demo: unknown option '" + args[i] + "' (options: --out DIR, --shared, --tile PX, --overlap PX)");
			}
		}
		if (overlap < 0 || overlap >= tile)
			throw new IllegalArgumentException("demo: --overlap must be in [0, --tile)");
		Files.createDirectories(dir);
		final ImagePlus image;
		final List<Instance> truth;
		if (shared)
		{
			final Path[] pair = sharedPair();
			image = IJ.openImage(pair[0].toString());
			truth = ImagePlusLabels.toInstances(ImagePlusLabels.open(pair[1]));
			out.println("image: " + pair[0].getFileName() + " (" + image.getWidth() + "x" + image.getHeight() + ", " + truth.size() + " annotated nuclei)");
		}
		else
		{
			final SyntheticCells cells = SyntheticCells.generate(1024, 1024, 7);
			image = cells.image;
			truth = cells.truth;
			out.println("image: generated 1024x1024 nuclei (" + truth.size() + " nuclei, many touching)");
		}
		IJ.save(image, dir.resolve("image.tif").toString());
		final Box region = Box.ofSize(0, 0, image.getWidth(), image.getHeight());
		// one threshold for the whole image, as a tiled pipeline would fix it: per-tile Otsu turns
		// nearly empty tiles into noise
		final ThresholdWatershed segmenter = new ThresholdWatershed(10, ThresholdWatershed.otsuLevel(image.getProcessor()));
		final List<Instance> untiled = ImagePlusLabels.toInstances(segmenter.labels(image.getProcessor()));
		final List<Instance> predictions = segmentTiles(image, segmenter, tile, overlap);
		final MergeResult merged = SpatialMaskMerging.merge(predictions, MergeOptions.defaults());
		write(dir, image, merged);
		final Map<String, Object> summary = summary(tile, overlap, truth, untiled, predictions, merged);
		Files.writeString(dir.resolve("summary.json"), new GsonBuilder().setPrettyPrinting().create().toJson(summary));
		report(out, summary, dir);
		return 0;
	}

	/** Tile predictions: every tile segmented on its own, labels placed in global coordinates. */
	private static List<Instance> segmentTiles(final ImagePlus image, final ThresholdWatershed segmenter, final int tile, final int overlap)
	{
		final List<Instance> out = new ArrayList<>();
		final int w = image.getWidth(), h = image.getHeight(), stride = tile - overlap;
		int t = 0;
		for (int y0 = 0;; y0 += stride)
		{
			final int y = Math.max(0, Math.min(y0, h - tile));
			for (int x0 = 0;; x0 += stride)
			{
				final int x = Math.max(0, Math.min(x0, w - tile));
				final Box window = Box.ofSize(x, y, Math.min(tile, w), Math.min(tile, h));
				final ImageProcessor ip = image.getProcessor();
				ip.setRoi((int) window.minX, (int) window.minY, (int) window.width(), (int) window.height());
				final ImagePlus labels = segmenter.labels(ip.crop());
				out.addAll(ImagePlusLabels.toInstances(labels, 1, x, y, window, t, 100_000L * t));
				t++;
				if (x0 + tile >= w)
					break;
			}
			if (y0 + tile >= h)
				break;
		}
		image.getProcessor().resetRoi();
		return out;
	}

	private static void write(final Path dir, final ImagePlus image, final MergeResult merged) throws IOException
	{
		final Box region = Box.ofSize(0, 0, image.getWidth(), image.getHeight());
		IJ.saveAsTiff(ImagePlusLabels.toImagePlus(merged.merged(), region, "merged labels"), dir.resolve("merged_labels.tif").toString());
		RoiSets.write(dir.resolve("merged_rois.zip"), Rois.fromInstances(merged.merged()));
		CocoJson.write(CocoDataset.builder().image(1, "image.tif", image.getWidth(), image.getHeight()).category(0, "nucleus")
				.instances(1, merged.merged()).build(), dir.resolve("merged_coco.json"), CocoWriteOptions.rle());
		ClusterCsv.writeClusters(dir.resolve("clusters.csv"), ClusterCsv.rows(merged));
	}

	private static Map<String, Object> summary(final int tile, final int overlap, final List<Instance> truth, final List<Instance> untiled, final List<Instance> predictions, final MergeResult merged)
	{
		final MatchingOptions at50 = MatchingOptions.defaults().withThresholds(0.5);
		final Map<String, Object> s = new LinkedHashMap<>();
		s.put("tile", tile);
		s.put("overlap", overlap);
		s.put("truth_objects", truth.size());
		s.put("untiled_objects", untiled.size());
		s.put("tile_predictions", predictions.size());
		s.put("merged_objects", merged.clusterCount());
		s.put("merge_seconds", round(merged.mergeSeconds()));
		s.put("f1_untiled", round(f1(untiled, truth, at50)));
		s.put("f1_tile_predictions", round(f1(predictions, truth, at50)));
		s.put("f1_merged", round(f1(merged.merged(), truth, at50)));
		final MatchingStats seam = Matching.match(merged.merged(), untiled, MatchingOptions.defaults().withThresholds(0.9)).stats(0.9);
		s.put("untiled_reproduced_iou90", round(seam.recall()));
		return s;
	}

	private static double f1(final List<Instance> predictions, final List<Instance> truth, final MatchingOptions options)
	{
		return Matching.match(predictions, truth, options).stats(0.5).f1();
	}

	private static double round(final double v)
	{
		return Math.round(v * 1e4) / 1e4;
	}

	private static void report(final PrintStream out, final Map<String, Object> s, final Path dir)
	{
		out.println(String.format(Locale.ROOT, "tiles %s px, overlap %s px: %s tile predictions -> %s merged objects (untiled run: %s, truth: %s) in %s s",
				s.get("tile"), s.get("overlap"), s.get("tile_predictions"), s.get("merged_objects"), s.get("untiled_objects"), s.get("truth_objects"), s.get("merge_seconds")));
		out.println(String.format(Locale.ROOT, "F1 at IoU 0.5 vs truth: tile predictions %s, merged %s, untiled %s; untiled objects reproduced with IoU >= 0.9: %s",
				s.get("f1_tile_predictions"), s.get("f1_merged"), s.get("f1_untiled"), s.get("untiled_reproduced_iou90")));
		out.println("wrote " + dir.toAbsolutePath() + ": image.tif, merged_labels.tif, merged_rois.zip, merged_coco.json, clusters.csv, summary.json");
	}

	/** The densest large DSB fluorescence image of ../shared/data (1272 x 603, 289 nuclei) with its labels. */
	private static Path[] sharedPair() throws IOException
	{
		final Path data = Paths.get("..", "shared", "data");
		if (!Files.isDirectory(data))
			throw new IOException("--shared: " + data.toAbsolutePath().normalize() + " is not there");
		try (DirectoryStream<Path> images = Files.newDirectoryStream(data.resolve("images"), "dsb_fluo_1272x603_20b20ab0*.png"))
		{
			for (final Path p : images)
			{
				final String name = p.getFileName().toString().replace(".png", "");
				return new Path[] { p, data.resolve("labels").resolve(name + ".tif") };
			}
		}
		throw new IOException("--shared: no dsb_fluo_1272x603_20b20ab0 image in " + data.resolve("images"));
	}

	private static String value(final String[] args, final int i, final String option)
	{
		if (i >= args.length)
			throw new IllegalArgumentException("demo: " + option + " needs a value");
		return args[i];
	}
}
