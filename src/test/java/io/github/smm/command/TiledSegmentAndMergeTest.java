package io.github.smm.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.smm.ij.ImagePlusLabels;
import io.github.smm.ij.ThresholdWatershed;
import io.github.smm.io.coco.CocoJson;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;

/** Tiled Segment and Merge run headless through a SciJava context on generated discs. */
class TiledSegmentAndMergeTest
{
	static final int W = 600, H = 500;

	@RegisterExtension
	static final CommandContext commands = new CommandContext();

	/** Separated bright discs (radius 9..14) on a dark, slightly noisy background; label image of the truth in {@code truth}. */
	static ByteProcessor discs(final ShortProcessor truth)
	{
		final Random rnd = new Random(7);
		final ByteProcessor bp = new ByteProcessor(W, H);
		final java.util.List<int[]> placed = new java.util.ArrayList<>();
		int label = 0;
		for (int attempt = 0; attempt < 4000 && placed.size() < 220; attempt++)
		{
			final int r = 9 + rnd.nextInt(6), cx = r + 1 + rnd.nextInt(W - 2 * r - 2), cy = r + 1 + rnd.nextInt(H - 2 * r - 2);
			boolean free = true;
			for (final int[] p : placed)
				free &= Math.hypot(p[0] - cx, p[1] - cy) > p[2] + r + 4;
			if (!free)
				continue;
			placed.add(new int[] { cx, cy, r });
			label++;
			for (int y = cy - r; y <= cy + r; y++)
				for (int x = cx - r; x <= cx + r; x++)
					if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r)
					{
						bp.set(x, y, 200);
						truth.set(x, y, label);
					}
		}
		for (int k = 0; k < W * H; k++)
			bp.set(k, bp.get(k) + rnd.nextInt(20));
		return bp;
	}

	@Test
	void thresholdWatershedReproducesTheUntiledRun(@TempDir final Path dir) throws Exception
	{
		final ShortProcessor truth = new ShortProcessor(W, H);
		final ByteProcessor bp = discs(truth);
		final Path out = dir.resolve("merged.tif"), coco = dir.resolve("merged.json");
		final CommandModule m = commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("discs", bp), "tile_size", 160, "overlap", 0.25,
				"output_labels", out.toFile(), "output_coco", coco.toFile()).get();
		final List<Instance> tiled = ImagePlusLabels.toInstances(IJ.openImage(out.toString()));
		final List<Instance> untiled = ImagePlusLabels.toInstances(new ThresholdWatershed(10).labels(bp));
		final List<Instance> truthObjects = ImagePlusLabels.toInstances(new ImagePlus("truth", truth));
		assertTrue(Math.abs(tiled.size() - truthObjects.size()) <= 2, tiled.size() + " objects for " + truthObjects.size() + " discs: " + m.getOutput("summary"));
		assertTrue(reproduced(untiled, tiled) >= 0.95 * untiled.size(), reproduced(untiled, tiled) + " of " + untiled.size() + " untiled objects reproduced");
		assertTrue(reproduced(truthObjects, tiled) >= 0.95 * truthObjects.size());
		final int cocoObjects = CocoJson.read(coco).annotationsOf(1).size();
		assertTrue(((String) m.getOutput("summary")).contains("-> " + cocoObjects + " objects"), m.getOutput("summary") + " vs " + cocoObjects + " COCO annotations");
	}

	@Test
	void aTiffOnDiskGivesTheSameObjectsAsTheOpenImage(@TempDir final Path dir) throws Exception
	{
		final ByteProcessor bp = discs(new ShortProcessor(W, H));
		final Path tif = dir.resolve("discs.tif"), fromMemory = dir.resolve("memory.json"), fromDisk = dir.resolve("disk.json");
		IJ.saveAsTiff(new ImagePlus("discs", bp), tif.toString());
		commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("discs", bp), "tile_size", 160, "overlap", 0.25, "output_coco", fromMemory.toFile()).get();
		final CommandModule m = commands.run(TiledSegmentAndMerge.class, true, "image_file", tif.toFile(), "tile_size", 160, "overlap", 0.25, "output_coco", fromDisk.toFile()).get();
		final List<Instance> a = CocoJson.read(fromMemory).instancesOf(1), b = CocoJson.read(fromDisk).instancesOf(1);
		assertEquals(a.size(), b.size(), String.valueOf(m.getOutput("summary")));
		for (int i = 0; i < a.size(); i++)
			assertEquals(a.get(i).mask(), b.get(i).mask());
	}

	@Test
	void aSciJavaCommandSegmentsEachTile(@TempDir final Path dir) throws Exception
	{
		final ByteProcessor bp = discs(new ShortProcessor(W, H));
		final Path viaCommand = dir.resolve("command.json"), builtIn = dir.resolve("builtin.json");
		commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("discs", bp), "tile_size", 160, "overlap", 0.25, "segmenter", "command",
				"command_name", TileThresholdCommand.class.getName(), "output_coco", viaCommand.toFile()).get();
		commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("discs", bp), "tile_size", 160, "overlap", 0.25, "segmenter", "command",
				"command_name", "Tile Threshold Labels", "output_coco", builtIn.toFile()).get();
		final List<Instance> a = CocoJson.read(viaCommand).instancesOf(1);
		assertEquals(a.size(), CocoJson.read(builtIn).instancesOf(1).size(), "found by class name and by title");
		final List<Instance> untiled = ImagePlusLabels.toInstances(new ThresholdWatershed(10, 128).labels(bp));
		assertTrue(reproduced(untiled, a) >= 0.95 * untiled.size(), reproduced(untiled, a) + " of " + untiled.size());
		final java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class,
				() -> commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("discs", bp), "segmenter", "command", "command_name", "No Such Command").get());
		assertTrue(CommandsTest.messages(e).contains("'No Such Command'"), CommandsTest.messages(e));
	}

	@Test
	void everyFrameOfATimeLapseIsMergedOnItsOwn(@TempDir final Path dir) throws Exception
	{
		final ByteProcessor bp = discs(new ShortProcessor(W, H));
		final ij.ImageStack stack = new ij.ImageStack(W, H);
		stack.addSlice(bp);
		stack.addSlice(new ByteProcessor(W, H)); // an empty frame
		final ImageProcessor flipped = bp.duplicate();
		flipped.flipHorizontal();
		stack.addSlice(flipped);
		final ImagePlus movie = new ImagePlus("movie", stack);
		movie.setDimensions(1, 1, 3);
		final Path coco = dir.resolve("frames.json"), labels = dir.resolve("frames.tif"), single = dir.resolve("single.json");
		final CommandModule m = commands.run(TiledSegmentAndMerge.class, true, "image", movie, "frames", "all", "tile_size", 160, "overlap", 0.25,
				"output_coco", coco.toFile(), "output_labels", labels.toFile()).get();
		commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("frame 1", bp), "tile_size", 160, "overlap", 0.25, "output_coco", single.toFile()).get();
		final io.github.smm.io.coco.CocoDataset frames = CocoJson.read(coco);
		assertEquals(3, frames.images().size());
		final int first = CocoJson.read(single).annotationsOf(1).size();
		assertEquals(first, frames.annotationsOf(1).size(), "frame 1 alone and within the movie");
		assertEquals(0, frames.annotationsOf(2).size(), "the empty frame has no objects");
		assertEquals(first, frames.annotationsOf(3).size(), "the mirrored frame has as many");
		assertEquals(3, IJ.openImage(labels.toString()).getStackSize());
		assertTrue(((String) m.getOutput("summary")).startsWith("3 planes, "), String.valueOf(m.getOutput("summary")));
	}

	@Test
	void labelFolderWithPerfectTileLabelsGivesTheTruth(@TempDir final Path dir) throws Exception
	{
		final ShortProcessor truth = new ShortProcessor(W, H);
		final ByteProcessor bp = discs(truth);
		final TilePlan plan = TilePlan.of(W, H, 200, Overlap.pixels(40));
		for (int k = 0; k < plan.tileCount(); k++)
		{
			final Tile t = plan.tile(k);
			truth.setRoi((int) t.region().minX, (int) t.region().minY, (int) t.region().width(), (int) t.region().height());
			IJ.saveAsTiff(new ImagePlus("t", truth.crop()), dir.resolve("tile_x" + t.region().minX + "_y" + t.region().minY + ".tif").toString());
		}
		truth.resetRoi();
		final Path out = dir.resolve("merged.tif");
		commands.run(TiledSegmentAndMerge.class, true, "image", new ImagePlus("discs", bp), "tile_size", 200, "overlap", 40.0,
				"segmenter", "label_folder", "label_folder", dir.toFile(), "output_labels", out.toFile()).get();
		final List<Instance> merged = ImagePlusLabels.toInstances(IJ.openImage(out.toString()));
		final List<Instance> expected = ImagePlusLabels.toInstances(new ImagePlus("truth", truth));
		assertEquals(expected.size(), merged.size());
		assertEquals(expected.size(), reproduced(expected, merged, 1.0));
	}

	static int reproduced(final List<Instance> reference, final List<Instance> candidate)
	{
		return reproduced(reference, candidate, 0.9);
	}

	/** How many reference objects have a candidate with IoU at least {@code min}. */
	static int reproduced(final List<Instance> reference, final List<Instance> candidate, final double min)
	{
		int n = 0;
		for (final Instance r : reference)
			for (final Instance c : candidate)
				if (r.mask().box().intersects(c.mask().box()) && Masks.iou(r.mask(), c.mask()) >= min - 1e-12)
				{
					n++;
					break;
				}
		return n;
	}
}
