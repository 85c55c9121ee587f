package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.smm.model.Instances;

/**
 * The seam stage is keyed by seam and corner, not by image: on generated images with objects
 * on every seam and corner, a 3 × 3 grid of blocks gives one seam task for each of the 12
 * seams and one for each of the 4 corners, a 3 × 1 grid one per seam, every task's blocks lie
 * in a 2 × 2 square of the grid, and the objects are still the command's.
 */
class SeamKeysTest
{
	@RegisterExtension
	static final LocalSpark spark = LocalSpark.of(2);

	@Test
	void aThreeByThreeGridHasOneTaskPerSeamAndPerCorner(@TempDir final Path dir) throws Exception
	{
		// 6 x 6 tiles, blocks of 2 x 2 tiles; random discs fill a fifth of the space left, so that few chains run from seam to seam
		final Path image = Discs.save(SeamDiscs.image(760, 760, 160, 40, 3, 400), dir.resolve("square.tif"));
		final ImageResult r = run(image, 240, dir);
		assertEquals(9, r.blocks());
		final Set<List<Integer>> keys = keys(r);
		for (int row = 0; row < 3; row++)
			for (int c = 0; c < 3; c++)
			{
				if (c + 1 < 3)
					assertTrue(keys.contains(List.of(3 * row + c, 3 * row + c + 1)), "seam between blocks " + (3 * row + c) + " and " + (3 * row + c + 1) + ": " + keys);
				if (row + 1 < 3)
					assertTrue(keys.contains(List.of(3 * row + c, 3 * row + c + 3)), "seam between blocks " + (3 * row + c) + " and " + (3 * row + c + 3) + ": " + keys);
				if (c + 1 < 3 && row + 1 < 3)
					assertTrue(keys.contains(List.of(3 * row + c, 3 * row + c + 1, 3 * row + c + 3, 3 * row + c + 4)), "corner of block " + (3 * row + c) + ": " + keys);
			}
		for (final List<Integer> k : keys)
			assertTrue(span(k, 3, true) <= 2 && span(k, 3, false) <= 2, "a seam task's blocks lie in a 2 x 2 square: " + k);
	}

	@Test
	void aThreeByOneGridHasOneTaskPerSeam(@TempDir final Path dir) throws Exception
	{
		final Path image = Discs.save(SeamDiscs.image(700, 250, 160, 40, 4, 400), dir.resolve("wide.tif"));
		final ImageResult r = run(image, 240, dir);
		assertEquals(3, r.blocks());
		final Set<List<Integer>> keys = keys(r);
		assertTrue(keys.contains(List.of(0, 1)) && keys.contains(List.of(1, 2)), "both seams: " + keys);
		for (final List<Integer> k : keys)
			assertTrue(k.size() <= 2 && span(k, 3, true) <= 2, "neighbours or one block: " + k);
	}

	/** Runs the job, checks the command's objects and that every open prediction went to exactly one seam task; returns the result. */
	private static ImageResult run(final Path image, final int blocks, final Path dir) throws Exception
	{
		final String options = "tile_size=160,overlap=40,min_area=10,image_file=[" + image + "]";
		final ImageResult r = SparkTiledMerge.blockwise(spark.sc(), List.of(JobOptions.parse(options + ",blocks=" + blocks)), 3).get(0);
		WholeImageJobTest.assertSameObjects(Instances.canonical(PluginReference.tiledSegmentAndMerge(options, dir.resolve("plugin.json"))), r.instances(),
				image + " blocks=" + blocks);
		assertEquals(r.seamInputs(), r.seamGroups().stream().mapToLong(SeamGroup::predictions).sum(), "every open prediction in one seam task");
		return r;
	}

	private static Set<List<Integer>> keys(final ImageResult r)
	{
		final Set<List<Integer>> keys = new HashSet<>();
		for (final SeamGroup g : r.seamGroups())
		{
			final List<Integer> k = new ArrayList<>();
			Arrays.stream(g.blocks()).forEach(k::add);
			assertTrue(keys.add(k), "one task per key: " + k);
		}
		return keys;
	}

	/** How many block columns (or rows) of a grid {@code columns} wide the blocks span. */
	private static int span(final List<Integer> blocks, final int columns, final boolean x)
	{
		final int min = blocks.stream().mapToInt(b -> x ? b % columns : b / columns).min().orElse(0);
		final int max = blocks.stream().mapToInt(b -> x ? b % columns : b / columns).max().orElse(0);
		return max - min + 1;
	}
}
