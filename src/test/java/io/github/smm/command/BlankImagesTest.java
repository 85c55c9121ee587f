package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.smm.ij.ThresholdWatershed;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TilePlan;

/**
 * A blank image (every pixel the same value) holds no object in Tiled Segment and Merge, and a
 * blank tile of a non-blank image holds none either — for 8-bit, 16-bit and float pixels, bright
 * and dark objects, one Otsu threshold of the whole image or one per tile, the open image and
 * the TIFF read from disk. Float data that is not 8-bit (values in 0..1) is thresholded on its
 * own range, so it gives the same objects as the 8-bit image it was scaled from.
 */
class BlankImagesTest
{
	private static final int W = 150, H = 100;

	private static final String[] SEGMENTERS = { "threshold_watershed", "threshold_watershed_dark" };

	private static final String[] THRESHOLDS = { "otsu_whole_image", "otsu_per_tile" };

	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	@Test
	void aBlankImageHoldsNoObject(@TempDir final Path dir) throws Exception
	{
		for (final ImageProcessor blank : new ImageProcessor[] { filled(new ByteProcessor(W, H), 0), filled(new ByteProcessor(W, H), 100), filled(new ByteProcessor(W, H), 255),
				filled(new ShortProcessor(W, H), 1000), filled(new FloatProcessor(W, H), 0.37), filled(new FloatProcessor(W, H), -2.5), filled(new FloatProcessor(W, H), Double.NaN) })
			for (final String segmenter : SEGMENTERS)
				for (final String threshold : THRESHOLDS)
					for (final boolean fromDisk : new boolean[] { false, true })
					{
						if (fromDisk && blank instanceof FloatProcessor && Float.isNaN(blank.getf(0)))
							continue; // the JDK's TIFF reader is not asked to read NaN planes; the open image is
						final String what = blank.getBitDepth() + "-bit blank of " + blank.getf(0) + ", " + segmenter + ", " + threshold + (fromDisk ? ", from disk" : "");
						assertEquals(0, objects(dir, blank, segmenter, threshold, fromDisk).size(), what);
					}
	}

	@Test
	void aBlankTileHoldsNoObject(@TempDir final Path dir) throws Exception
	{
		// five bright spots (dark ones for the dark segmenter) on the left; the right half is blank, so tiles there are constant
		for (final String segmenter : SEGMENTERS)
		{
			final ByteProcessor bp = halfBlank(segmenter.endsWith("dark"));
			final ShortProcessor sp = (ShortProcessor) bp.convertToShort(false);
			sp.multiply(100);
			final FloatProcessor fp = (FloatProcessor) bp.convertToFloat();
			fp.multiply(1 / 255.0);
			for (final ImageProcessor ip : new ImageProcessor[] { bp, sp, fp })
				for (final String threshold : THRESHOLDS)
					for (final boolean fromDisk : new boolean[] { false, true })
					{
						final String what = ip.getBitDepth() + "-bit, " + segmenter + ", " + threshold + (fromDisk ? ", from disk" : "");
						assertEquals(5, objects(dir, ip, segmenter, threshold, fromDisk).size(), what);
					}
		}
	}

	@Test
	void aBlankImageKeepsTheLabelsOfALabelFolder(@TempDir final Path dir) throws Exception
	{
		// the image only gives the grid: its pixels say nothing about precomputed tile labels
		final ShortProcessor truth = new ShortProcessor(W, H);
		truth.setValue(1);
		truth.fillOval(10, 10, 20, 20);
		truth.setValue(2);
		truth.fillOval(90, 40, 30, 30);
		final TilePlan plan = TilePlan.of(W, H, 48, Overlap.pixels(16));
		for (int k = 0; k < plan.tileCount(); k++)
		{
			final Box r = plan.tile(k).region();
			truth.setRoi((int) r.minX, (int) r.minY, (int) r.width(), (int) r.height());
			IJ.saveAsTiff(new ImagePlus("t", truth.crop()), dir.resolve("tile_x" + r.minX + "_y" + r.minY + ".tif").toString());
		}
		final Path coco = dir.resolve("merged.json");
		commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("blank", new ByteProcessor(W, H)), "tile_size", 48, "overlap", 16, "segmenter", "label_folder",
				"label_folder", dir.toFile(), "output_coco", coco.toFile()).get();
		assertEquals(2, CocoJson.read(coco).instancesOf(1).size());
	}

	@Test
	void theUntiledPipelineFindsNoObjectInABlankImage()
	{
		for (final ImageProcessor blank : new ImageProcessor[] { filled(new ByteProcessor(W, H), 100), filled(new ShortProcessor(W, H), 1000), filled(new FloatProcessor(W, H), 0.37) })
			assertEquals(0, largestLabel(new ThresholdWatershed(5).labels(blank).getProcessor()), blank.getBitDepth() + "-bit");
	}

	private static double largestLabel(final ImageProcessor labels)
	{
		return labels.getStatistics().max;
	}

	/** The merged objects of a 48 px tiling (16 px overlap) of {@code ip}. */
	private static List<Instance> objects(final Path dir, final ImageProcessor ip, final String segmenter, final String threshold, final boolean fromDisk) throws Exception
	{
		final Path coco = dir.resolve("merged.json"), tif = dir.resolve("image.tif");
		final ImagePlus imp = new ImagePlus("image", ip.duplicate());
		if (fromDisk)
			IJ.saveAsTiff(imp, tif.toString());
		commands.run(TiledSegmentAndMerge.class, true, fromDisk ? "image_file" : "image", fromDisk ? tif.toFile() : imp, "tile_size", 48, "overlap", 16, "segmenter", segmenter,
				"threshold", threshold, "min_area", 5, "output_coco", coco.toFile()).get();
		return CocoJson.read(coco).instancesOf(1);
	}

	private static ImageProcessor filled(final ImageProcessor ip, final double value)
	{
		ip.setValue(value);
		ip.fill();
		return ip;
	}

	/** Gray 40 (200 for dark objects) with five discs of 200 (40) in the left third. */
	private static ByteProcessor halfBlank(final boolean dark)
	{
		final ByteProcessor bp = (ByteProcessor) filled(new ByteProcessor(W, H), dark ? 200 : 40);
		bp.setValue(dark ? 40 : 200);
		for (int i = 0; i < 5; i++)
			bp.fillOval(4 + (i % 3) * 16, 10 + (i / 3) * 50, 11, 11);
		return bp;
	}
}
