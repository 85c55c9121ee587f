package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.Preset;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.Box3;
import io.github.smm.volume.UnseenPairs;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VolumeMerge;
import io.github.smm.volume.VolumeMergeResult;
import io.github.smm.volume.VoxelSize;

/** The 3D Voronoi scene is the true nearest-seed labelling, and its perfect block predictions merge back into it exactly. */
class VoronoiVolumeTest
{
	@Test
	void labelsAreTheNearestSeedEverywhere()
	{
		final VoxelSize voxel = new VoxelSize(1.5, 0.5, 0.5);
		final VoronoiVolume v = VoronoiVolume.generate(40, 36, 14, voxel, 6, 4, 2);
		int disagreements = 0;
		for (int z = 0; z < 14; z++)
			for (int y = 0; y < 36; y++)
				for (int x = 0; x < 40; x++)
				{
					double best = Double.POSITIVE_INFINITY;
					for (int l = 1; l <= v.seedCount(); l++)
						best = Math.min(best, v.distanceSquared(x, y, z, l));
					// equal distances (to 1e-9) may go either way
					if (v.distanceSquared(x, y, z, v.label(x, y, z)) > best + 1e-9)
						disagreements++;
				}
		assertEquals(0, disagreements);
		final int[] block = new int[10 * 9 * 5];
		final Box3 b = Box3.ofSize(7, 20, 6, 10, 9, 5);
		v.fill(b, block);
		for (int z = 0; z < 5; z++)
			for (int y = 0; y < 9; y++)
				for (int x = 0; x < 10; x++)
					assertEquals(v.label(7 + x, 20 + y, 6 + z), block[(z * 9 + y) * 10 + x]);
	}

	@Test
	void perfectBlockPredictionsGiveTheTruthBackExactly()
	{
		final VoxelSize voxel = new VoxelSize(0.5, 0.5, 0.5);
		final VoronoiVolume scene = VoronoiVolume.generate(96, 80, 72, voxel, 7, 2, 2);
		final TreeMap<Integer, VolumeMask> truth = scene.cells();
		final BlockPlan plan = BlockPlan.of(96, 80, 72, new int[] { 40, 32, 32 }, new int[] { 8, 6, 8 });
		assertTrue(plan.slabCount() > 1 && plan.blocksPerSlab() > 2, plan.toString());
		final VolumePredictions p = VolumePredictions.predict(scene, plan, 1, 2);
		assertTrue(p.instances.size() > truth.size() * 1.3, "blocks cut many cells: " + p.instances.size() + " predictions of " + truth.size() + " cells");
		for (final String method : new String[] { "smm-exact", "smm-greedy" })
		{
			final VolumeMergeResult r = VolumeMerge.merge(p.instances, MergeOptions.preset(Preset.MICROSCOPY).with("method", method), voxel);
			final VolumeQuality q = VolumeQuality.score(truth, p.truthLabel, r.clusterOfInput(), r.merged());
			assertEquals(0, q.errors(), method + ": split " + q.split + ", wrong merges " + q.wrongMerges + ", wrong masks " + q.wrongMasks + ", missed " + q.missed);
			assertEquals(truth.size(), r.merged().size());
		}
		// scored as in 2D, the pieces that no block saw together outweigh the agreement of the others
		final VolumeMergeResult as2d = VolumeMerge.merge(p.instances, MergeOptions.preset(Preset.MICROSCOPY), voxel, UnseenPairs.AS_2D);
		final VolumeQuality q = VolumeQuality.score(truth, p.truthLabel, as2d.clusterOfInput(), as2d.merged());
		assertTrue(q.split > 0, "cells larger than the overlap split when unseen pairs cost lambda");
	}

	@Test
	void benchCommandPrintsJsonWithNoErrors()
	{
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final int code = Bench.run(new String[] { "--scene", "voronoi3d", "--size", "64", "--block", "32", "--overlap", "8", "--spacing", "5" }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		final String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
		@SuppressWarnings("unchecked")
		final Map<String, Object> json = new com.google.gson.Gson().fromJson(lines[lines.length - 1], Map.class);
		assertEquals(0.0, json.get("errors"));
		assertEquals(json.get("truth_cells"), json.get("outputs"));
		assertEquals(32.0 * 32 * 32 * 2, (double) json.get("peak_dense_voxels"), 32.0 * 32 * 32 + 1, "one or two blocks of voxels resident");
		final ByteArrayOutputStream help = new ByteArrayOutputStream();
		assertEquals(0, Bench.run(new String[] { "--scene", "voronoi3d", "--help" }, new PrintStream(help, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
		assertTrue(help.toString(StandardCharsets.UTF_8).contains("--voxel-size"));
		final ByteArrayOutputStream bad = new ByteArrayOutputStream();
		assertEquals(2, Bench.run(new String[] { "--scene", "voronoi3d", "--blok", "3" }, new PrintStream(new ByteArrayOutputStream()), new PrintStream(bad, true, StandardCharsets.UTF_8)));
		assertTrue(bad.toString(StandardCharsets.UTF_8).contains("--blok"), bad.toString(StandardCharsets.UTF_8));
	}
}
