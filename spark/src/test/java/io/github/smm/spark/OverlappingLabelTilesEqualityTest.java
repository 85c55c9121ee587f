package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ShortProcessor;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;

/**
 * Tile predictions that overlap each other heavily (label_folder tiles where every tile sees its
 * own, shifted and resized version of each object, and neighbouring objects overlap so that the
 * paint order, different from tile to tile, decides who wins a pixel) give Tiled Segment and
 * Merge's objects through the blockwise job, object for object, for several block sizes and
 * partition counts, with objects on every seam and corner of 2 × 2 and 3 × 1 block grids.
 */
class OverlappingLabelTilesEqualityTest
{
	private static final int TILE = 160, OVERLAP = 40;

	@RegisterExtension
	static final LocalSpark spark = LocalSpark.of(2);

	@Test
	void overlappingTilePredictionsEqualThePlugin(@TempDir final Path dir) throws Exception
	{
		final List<String> common = new ArrayList<>();
		final List<Path> images = new ArrayList<>();
		for (final int[] size : new int[][] { { 400, 400 }, { 700, 250 } })
		{
			final String name = size[0] + "x" + size[1];
			final Path image = Discs.save(Discs.random(size[0], size[1], 3), dir.resolve(name + ".tif"));
			final Path labels = Files.createDirectories(dir.resolve(name + "-labels"));
			writeTileLabels(size[0], size[1], labels, 40 + size[0]);
			images.add(image);
			common.add("tile_size=" + TILE + ",overlap=" + OVERLAP + ",segmenter=label_folder,label_folder=[" + labels + "],image_file=[" + image + "]");
		}
		final List<List<Instance>> plugin = new ArrayList<>();
		for (int i = 0; i < 2; i++)
			plugin.add(Instances.canonical(PluginReference.tiledSegmentAndMerge(common.get(i), dir.resolve("plugin" + i + ".json"))));
		for (int i = 0; i < 2; i++)
			assertTrue(plugin.get(i).size() > 30, images.get(i) + ": " + plugin.get(i).size() + " objects in the plugin's result");
		for (final int blocks : new int[] { 120, 240, 100000 })
			for (final int partitions : new int[] { 1, 3, 8 })
			{
				final List<JobOptions> batch = List.of(JobOptions.parse(common.get(0) + ",blocks=" + blocks), JobOptions.parse(common.get(1) + ",blocks=" + blocks));
				final List<ImageResult> results = SparkTiledMerge.blockwise(spark.sc(), batch, partitions);
				for (int i = 0; i < 2; i++)
				{
					final String what = images.get(i).getFileName() + " blocks=" + blocks + " partitions=" + partitions;
					if (blocks < 100000)
						assertTrue(results.get(i).blocks() > 1 && results.get(i).seamInputs() > 20, what + ": " + results.get(i).blocks() + " blocks, "
								+ results.get(i).seamInputs() + " predictions at seams");
					WholeImageJobTest.assertSameObjects(plugin.get(i), results.get(i).instances(), what);
				}
			}
	}

	/**
	 * One label TIFF per tile of the plan, named as label_folder expects. The objects are discs on
	 * every seam middle and tile corner plus random ones packed closer than their radii; each tile
	 * draws them shifted by up to 4 px and resized by up to 3 px, depending on the tile, in an
	 * order that is reversed on every other tile.
	 */
	private static void writeTileLabels(final int width, final int height, final Path folder, final long seed)
	{
		final TilePlan plan = TilePlan.of(width, height, TILE, Overlap.pixels(OVERLAP));
		final Random rnd = new Random(seed);
		final List<int[]> discs = new ArrayList<>();
		final List<Integer> xs = new ArrayList<>(), ys = new ArrayList<>();
		for (int k = 0; k < plan.tileCount(); k++)
		{
			final Tile t = plan.tile(k);
			if (t.region().minX > 0)
				xs.add((int) (t.region().minX + OVERLAP / 2));
			if (t.region().minY > 0)
				ys.add((int) (t.region().minY + OVERLAP / 2));
		}
		for (final int x : xs)
			for (final int y : ys)
				discs.add(new int[] { x, y, 14 });
		for (final int x : xs)
			for (int y = 15; y < height; y += 24)
				discs.add(new int[] { x + rnd.nextInt(9) - 4, y, 8 + rnd.nextInt(6) });
		for (final int y : ys)
			for (int x = 15; x < width; x += 24)
				discs.add(new int[] { x, y + rnd.nextInt(9) - 4, 8 + rnd.nextInt(6) });
		for (int n = 0; n < width * height / 1500; n++)
			discs.add(new int[] { rnd.nextInt(width), rnd.nextInt(height), 6 + rnd.nextInt(8) });
		for (int k = 0; k < plan.tileCount(); k++)
		{
			final Tile t = plan.tile(k);
			final int x0 = (int) t.region().minX, y0 = (int) t.region().minY, w = (int) t.region().width(), h = (int) t.region().height();
			final ShortProcessor sp = new ShortProcessor(w, h);
			final int dx = k % 3 * 4 - 4, dy = k / 3 % 3 * 4 - 4, dr = k % 4 - 1;
			int label = 0;
			for (int d = 0; d < discs.size(); d++)
			{
				final int[] c = discs.get(k % 2 == 0 ? d : discs.size() - 1 - d);
				final int cx = c[0] + dx - x0, cy = c[1] + dy - y0, r = Math.max(3, c[2] + dr);
				if (cx + r < 0 || cy + r < 0 || cx - r >= w || cy - r >= h)
					continue;
				label++;
				for (int y = Math.max(0, cy - r); y <= Math.min(h - 1, cy + r); y++)
					for (int x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++)
						if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r)
							sp.set(x, y, label);
			}
			IJ.saveAsTiff(new ImagePlus("t", sp), folder.resolve("tile_x" + x0 + "_y" + y0 + ".tif").toString());
		}
	}
}
