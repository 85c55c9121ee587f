package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TilePlan;

/**
 * Blocks with halo and the seam merge give Tiled Segment and Merge's objects, object for
 * object, for several block sizes and partition counts, on images with objects on every
 * seam and corner, in 2 × 2 and 3 × 1 block grids.
 */
class BlockwiseEqualityTest
{
	@RegisterExtension
	static final LocalSpark spark = LocalSpark.of(2);

	@Test
	void twoByTwoAndThreeByOneBlockGridsEqualThePlugin(@TempDir final Path dir) throws Exception
	{
		final String common = "tile_size=160,overlap=40,min_area=10";
		final Path square = Discs.save(SeamDiscs.image(400, 400, 160, 40, 3), dir.resolve("square.tif"));
		final Path wide = Discs.save(SeamDiscs.image(700, 250, 160, 40, 4), dir.resolve("wide.tif"));
		assertEquals(2, blocksAcross(400, 400, 240, true));
		assertEquals(2, blocksAcross(400, 400, 240, false));
		assertEquals(3, blocksAcross(700, 250, 240, true));
		assertEquals(1, blocksAcross(700, 250, 240, false));
		final List<List<Instance>> plugin = new ArrayList<>();
		for (final Path image : List.of(square, wide))
			plugin.add(Instances.canonical(PluginReference.tiledSegmentAndMerge(common + ",image_file=[" + image + "]", dir.resolve(image.getFileName() + ".json"))));
		for (final int blocks : new int[] { 120, 240, 100000 })
			for (final int partitions : new int[] { 1, 3, 8 })
			{
				final List<JobOptions> batch = List.of(JobOptions.parse(common + ",blocks=" + blocks + ",image_file=[" + square + "]"),
						JobOptions.parse(common + ",blocks=" + blocks + ",image_file=[" + wide + "]"));
				final List<ImageResult> results = SparkTiledMerge.blockwise(spark.sc(), batch, partitions);
				for (int i = 0; i < 2; i++)
				{
					final String what = batch.get(i).get("image_file", "") + " blocks=" + blocks + " partitions=" + partitions;
					if (blocks < 100000)
						assertTrue(results.get(i).blocks() > 1 && results.get(i).seamInputs() > 20, what + ": " + results.get(i).blocks() + " blocks, "
								+ results.get(i).seamInputs() + " predictions at seams");
					else
						assertEquals(0, results.get(i).seamInputs(), what + ": one block has no seam");
					WholeImageJobTest.assertSameObjects(plugin.get(i), results.get(i).instances(), what);
				}
			}
	}

	@Test
	void theTilePredictionsAreCountedOnceAcrossBlocks(@TempDir final Path dir) throws Exception
	{
		final Path image = Discs.save(SeamDiscs.image(400, 400, 160, 40, 5), dir.resolve("count.tif"));
		final JobOptions whole = JobOptions.parse("tile_size=160,overlap=40,image_file=[" + image + "]");
		final ImageResult single = ImageRun.wholeImage(whole);
		final ImageResult blocks = SparkTiledMerge.blockwise(spark.sc(), List.of(whole.with("blocks", "120")), 4).get(0);
		assertEquals(single.tiles(), blocks.tiles(), "every tile segmented once");
		assertEquals(single.inputs(), blocks.inputs(), "every tile prediction in one block");
		assertEquals(9, blocks.blocks());
	}

	/** Number of distinct block columns (x) or rows of the plan's block grid. */
	private static int blocksAcross(final long w, final long h, final int block, final boolean x)
	{
		final java.util.Set<Integer> starts = new java.util.HashSet<>();
		for (final Block b : BlockPlan.of(TilePlan.of(w, h, 160, Overlap.pixels(40)), 0, block))
			starts.add(x ? b.c0 : b.r0);
		return starts.size();
	}
}
