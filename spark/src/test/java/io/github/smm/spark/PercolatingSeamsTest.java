package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import ij.process.ByteProcessor;
import io.github.smm.MergeOptions;
import io.github.smm.baseline.UnionFind;
import io.github.smm.index.CandidatePairs;
import io.github.smm.index.Candidates;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.TilePlan;

/**
 * Dense tissue: a lattice of discs 4 px apart, closer than ρ = 5, so the box graph of the tile
 * predictions is one component running through all nine blocks (keyed by box candidates, one
 * seam task would merge every open prediction). The attracting graph only joins the copies of
 * one disc, so the seam stage splits into one task per seam and corner, each within a 2 × 2
 * square of blocks, and the objects are still Tiled Segment and Merge's.
 */
class PercolatingSeamsTest
{
	@RegisterExtension
	static final LocalSpark spark = LocalSpark.of(2);

	@Test
	void aPercolatingBoxGraphSplitsIntoSeamsAndCorners(@TempDir final Path dir) throws Exception
	{
		final Path image = Discs.save(lattice(760, 760, 10, 25, 8), dir.resolve("lattice.tif"));
		final String options = "tile_size=160,overlap=40,min_area=10,image_file=[" + image + "]";
		final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(options, dir.resolve("plugin.json")));
		final List<Block> blocks = BlockPlan.of(TilePlan.of(760, 760, 160, Overlap.pixels(40)), 0, 240);
		assertEquals(9, blocks.size());
		assertEquals(9, blocksTouchedByOneBoxComponent(plugin, blocks), "the box graph percolates through every block");

		final ImageResult r = SparkTiledMerge.blockwise(spark.sc(), List.of(JobOptions.parse(options + ",blocks=240")), 3).get(0);
		WholeImageJobTest.assertSameObjects(plugin, r.instances(), "lattice, blocks=240");
		assertEquals(r.seamInputs(), r.seamGroups().stream().mapToLong(SeamGroup::predictions).sum(), "every open prediction in one seam task");
		assertTrue(r.seamGroups().size() >= 12 + 4, "at least one task per seam and per corner: " + r.seamGroups());
		long largest = 0;
		for (final SeamGroup g : r.seamGroups())
		{
			final int[] b = g.blocks();
			final int columns = Arrays.stream(b).map(k -> k % 3).max().getAsInt() - Arrays.stream(b).map(k -> k % 3).min().getAsInt();
			final int rows = Arrays.stream(b).map(k -> k / 3).max().getAsInt() - Arrays.stream(b).map(k -> k / 3).min().getAsInt();
			assertTrue(columns <= 1 && rows <= 1, "a seam task's blocks lie in a 2 x 2 square: " + g);
			largest = Math.max(largest, g.predictions());
		}
		assertTrue(largest * 10 < r.seamInputs(), "no task merges more than a tenth of the open predictions: largest " + largest + " of " + r.seamInputs());
	}

	/** The key graph follows the options: resolved overlaps (pixel-sharing pairs join keys), the greedy solver, another λ, a baseline, the paper preset. */
	@Test
	void mergeOptionsThatChangeTheKeyGraphStillEqualThePlugin(@TempDir final Path dir) throws Exception
	{
		final Path image = Discs.save(SeamDiscs.image(400, 400, 160, 40, 6), dir.resolve("square.tif"));
		final String common = "tile_size=160,overlap=40,min_area=10,image_file=[" + image + "]";
		for (final String merge : List.of("resolve_overlaps=true", "method=smm-greedy,lambda=0.4", "method=nms", "preset=paper,class_agnostic=true"))
		{
			final String options = common + "," + merge;
			final List<Instance> plugin = Instances.canonical(PluginReference.tiledSegmentAndMerge(options, dir.resolve(merge.replace(',', '_') + ".json")));
			final ImageResult r = SparkTiledMerge.blockwise(spark.sc(), List.of(JobOptions.parse(options + ",blocks=120")), 4).get(0);
			assertTrue(r.blocks() == 9 && r.seamInputs() > 20, merge + ": " + r.blocks() + " blocks, " + r.seamInputs() + " predictions at seams");
			WholeImageJobTest.assertSameObjects(plugin, r.instances(), merge);
		}
	}

	/** The number of blocks whose regions the largest component of the objects' box candidate graph (ρ of the microscopy preset) reaches. */
	private static int blocksTouchedByOneBoxComponent(final List<Instance> objects, final List<Block> blocks)
	{
		final MergeOptions merge = JobOptions.parse("image_file=x").mergeOptions();
		final CandidatePairs pairs = Candidates.find(objects, merge.rho(), true, 1);
		final UnionFind sets = new UnionFind(objects.size());
		for (int k = 0; k < pairs.size(); k++)
			sets.union(pairs.first(k), pairs.second(k));
		final int[] label = sets.labels();
		final int[] size = new int[objects.size()];
		for (final int l : label)
			size[l]++;
		int big = 0;
		for (int l = 0; l < size.length; l++)
			if (size[l] > size[big])
				big = l;
		final BitSet touched = new BitSet();
		for (int i = 0; i < objects.size(); i++)
			if (label[i] == big)
				for (final Block b : blocks)
					if (b.region().intersect(objects.get(i).box()).area() > 0)
						touched.set(b.index);
		return touched.cardinality();
	}

	/** Discs of radius {@code r} on a square lattice of pitch {@code pitch} (edges {@code pitch - 2r - 1} px apart), on a noisy background. */
	static ByteProcessor lattice(final int width, final int height, final int r, final int pitch, final long seed)
	{
		final ByteProcessor bp = new ByteProcessor(width, height);
		for (int y = r + 2; y + r + 2 < height; y += pitch)
			for (int x = r + 2; x + r + 2 < width; x += pitch)
				Discs.disc(bp, x, y, r);
		Discs.noise(bp, new Random(seed));
		return bp;
	}
}
