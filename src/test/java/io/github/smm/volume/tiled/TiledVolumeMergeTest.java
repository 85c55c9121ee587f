package io.github.smm.volume.tiled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.Method;
import io.github.smm.Preset;
import io.github.smm.bench.CellStack;
import io.github.smm.bench.VoronoiVolume;
import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VolumeMasks;
import io.github.smm.volume.VolumeMerge;
import io.github.smm.volume.VolumeMergeResult;
import io.github.smm.volume.VoxelSize;

/** The 3D slab sweep: perfect blocks give the cells back; streaming equals one merge of all block predictions. */
class TiledVolumeMergeTest
{
	private static final int W = 72, H = 60, D = 44;

	private static BlockPlan plan(final int size, final int overlap)
	{
		return BlockPlan.of(W, H, D, new int[] { size, size, size }, new int[] { overlap, overlap, overlap });
	}

	/** Reads the cells' labels for each block (no voxel read). */
	private static BlockSegmenter oracle(final VoronoiVolume cells)
	{
		return new BlockSegmenter()
		{
			@Override
			public int[] labels(final Box3 block, final float[] voxels)
			{
				final int[] out = new int[(int) block.volume()];
				cells.fill(block, out);
				return out;
			}

			@Override
			public boolean readsVoxels()
			{
				return false;
			}
		};
	}

	@Test
	void perfectBlockPredictionsGiveEveryCellBackExactly()
	{
		final VoronoiVolume cells = VoronoiVolume.generate(W, H, D, new VoxelSize(0.5, 0.5, 0.5), 8, 1, 1);
		final VolumeList out = new VolumeList();
		final TiledVolumeReport r = new TiledVolumeMerge(plan(32, 8), MergeOptions.preset(Preset.MICROSCOPY), cells.voxel()).run(new ArrayVolume(new float[0], W, H, D), oracle(cells), out);
		assertEquals(new HashSet<>(cells.cells().values()), masks(out.objects()));
		assertEquals(cells.cells().size(), r.outputs());
		assertEquals(0, r.pendingInstances());
		assertTrue(r.inputInstances() > r.outputs(), "blocks overlap: cells are seen more than once");
		assertEquals(0, r.peakBlockVoxels() - 32 * 32 * 32, "only labels are held: the oracle reads no voxel");
	}

	/** With a halo, every object is clipped to its block's valid part: perfect blocks still give every cell back, and the sweep still equals one merge. */
	@Test
	void aHaloKeepsPerfectBlocksExactAndTheSweepEqualToOneMerge()
	{
		final VoronoiVolume cells = VoronoiVolume.generate(W, H, D, new VoxelSize(0.5, 0.5, 0.5), 8, 1, 1);
		final BlockPlan plan = plan(32, 8).withHalo(new int[] { 3, 2, 3 });
		final VolumeList out = new VolumeList();
		new TiledVolumeMerge(plan, MergeOptions.preset(Preset.MICROSCOPY), cells.voxel()).run(new ArrayVolume(new float[0], W, H, D), oracle(cells), out);
		assertEquals(new HashSet<>(cells.cells().values()), masks(out.objects()));
		final ArrayVolume image = new ArrayVolume(damaged(new CellStack(cells).toArray(), 7), W, H, D);
		final BlockSegmenter threshold = new ThresholdBlockSegmenter(120, false, 3);
		final List<VolumeInstance> all = TiledVolumeMerge.blockInstances(plan, image, threshold);
		for (final VolumeInstance i : all)
		{
			assertEquals(plan.validPart(plan.blocks().get(i.block())), i.window(), "the window is the valid part");
			assertTrue(i.window().contains(i.mask().box()), "no voxel in the halo");
		}
		final VolumeList streamed = new VolumeList();
		new TiledVolumeMerge(plan, MergeOptions.preset(Preset.MICROSCOPY), cells.voxel()).run(image, threshold, streamed);
		final VolumeMergeResult once = VolumeMerge.merge(all, MergeOptions.preset(Preset.MICROSCOPY), cells.voxel());
		assertEquals(clusters(once), clusters(streamed));
		assertEquals(masks(once.merged()), masks(streamed.objects()));
	}

	@Test
	void aHaloOfHalfTheOverlapOrMoreIsNamed()
	{
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan(32, 8).withHalo(new int[] { 3, 4, 3 }));
		assertTrue(e.getMessage().contains("along y") && e.getMessage().contains("got 4"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> plan(32, 8).withHalo(new int[] { -1, 0, 0 }));
		final Box3 corner = plan(32, 8).withHalo(new int[] { 3, 2, 1 }).blocks().get(0);
		assertEquals(new Box3(0, 0, 0, 29, 30, 31), plan(32, 8).withHalo(new int[] { 3, 2, 1 }).validPart(corner), "faces on the border keep their voxels");
	}

	@Test
	void streamingGivesTheSameObjectsAndClustersAsOneMergeOfAllBlocks()
	{
		for (final VoxelSize voxel : new VoxelSize[] { new VoxelSize(0.5, 0.5, 0.5), new VoxelSize(1.25, 0.5, 0.5) })
		{
			final boolean iso = voxel.z() == voxel.x();
			final VoronoiVolume cells = VoronoiVolume.generate(W, H, D, voxel, 8, 2, 1);
			final ArrayVolume image = new ArrayVolume(damaged(new CellStack(cells).toArray(), 7), W, H, D);
			final BlockSegmenter threshold = new ThresholdBlockSegmenter(120, false, 3);
			for (final int[] blocks : iso ? new int[][] { { 16, 4 }, { 24, 6 } } : new int[][] { { 20, 5 } })
				for (final MergeOptions o : iso ? new MergeOptions[] { MergeOptions.preset(Preset.MICROSCOPY), MergeOptions.preset(Preset.MICROSCOPY).withResolveOverlaps(true),
						MergeOptions.preset(Preset.PAPER).withMethod(Method.SMM_GREEDY) } : new MergeOptions[] { MergeOptions.preset(Preset.MICROSCOPY).withMethod(Method.SMM_GREEDY) })
				{
					final String what = voxel + " blocks " + blocks[0] + "/" + blocks[1] + " " + o.method().token();
					final BlockPlan plan = plan(blocks[0], blocks[1]);
					final VolumeList streamed = new VolumeList();
					final TiledVolumeReport r = new TiledVolumeMerge(plan, o, voxel).run(image, threshold, streamed);
					final List<VolumeInstance> all = TiledVolumeMerge.blockInstances(plan, image, threshold);
					final VolumeMergeResult once = VolumeMerge.merge(all, o, voxel);
					assertEquals(all.size(), r.inputInstances(), what);
					assertEquals(clusters(once), clusters(streamed), what);
					assertEquals(masks(once.merged()), masks(streamed.objects()), what);
					if (o.rho() < 10)
						assertTrue(r.mergeCalls() > 1, what + ": merged slab by slab");
				}
		}
	}

	/**
	 * The baselines decide on each candidate pair's overlap alone, whatever its weight: with λ above
	 * every weight the sweep must still join each pair of overlapping views into one group, or a
	 * duplicate closes on its own and escapes suppression.
	 */
	@Test
	void baselinesStreamedEqualOneMergeOfAllBlocksWhateverLambda()
	{
		final VoxelSize voxel = new VoxelSize(0.5, 0.5, 0.5);
		final VoronoiVolume cells = VoronoiVolume.generate(W, H, D, voxel, 8, 4, 1);
		final ArrayVolume image = new ArrayVolume(damaged(new CellStack(cells).toArray(), 9), W, H, D);
		final BlockSegmenter threshold = new ThresholdBlockSegmenter(120, false, 3);
		final BlockPlan plan = plan(16, 4);
		final List<VolumeInstance> all = TiledVolumeMerge.blockInstances(plan, image, threshold);
		for (final Method m : new Method[] { Method.NMS, Method.GREEDY_NMM, Method.UNION_IOU })
			for (final double lambda : new double[] { 1, 100 })
			{
				final MergeOptions o = MergeOptions.preset(Preset.MICROSCOPY).withMethod(m).withLambda(lambda);
				final VolumeList streamed = new VolumeList();
				new TiledVolumeMerge(plan, o, voxel).run(image, threshold, streamed);
				final VolumeMergeResult once = VolumeMerge.merge(all, o, voxel);
				assertTrue(once.merged().size() < all.size(), m.token() + ": the blocks' duplicates are merged");
				assertEquals(clusters(once), clusters(streamed), m.token() + " lambda " + lambda);
				assertEquals(masks(once.merged()), masks(streamed.objects()), m.token() + " lambda " + lambda);
			}
	}

	@Test
	void thresholdComponentsFindEveryCellInteriorWithoutWrongMerges()
	{
		final VoronoiVolume cells = VoronoiVolume.generate(W, H, D, new VoxelSize(0.5, 0.5, 0.5), 8, 3, 1);
		final CellStack stack = new CellStack(cells);
		final ArrayVolume image = new ArrayVolume(stack.toArray(), W, H, D);
		final VolumeList out = new VolumeList();
		new TiledVolumeMerge(plan(32, 8), MergeOptions.preset(Preset.MICROSCOPY), cells.voxel()).run(image, new ThresholdBlockSegmenter(120, false, 0), out);
		final Map<Integer, List<VolumeMask>> found = new HashMap<>();
		for (final VolumeInstance o : out.objects())
		{
			final int[] label = { -1 };
			o.mask().forEachRun((z, y, s, e) -> {
				for (long x = s; x < e; x++)
				{
					final int l = cells.label((int) x, (int) y, (int) z);
					assertTrue(label[0] < 0 || label[0] == l, "object " + o + " spans two cells");
					label[0] = l;
				}
			});
			found.computeIfAbsent(label[0], l -> new ArrayList<>()).add(o.mask());
		}
		int withInterior = 0;
		for (int l = 1; l <= stack.labelCount(); l++)
			if (stack.interiorVolume(l) > 0)
			{
				withInterior++;
				assertTrue(found.containsKey(l), "cell " + l + " found");
				assertEquals(stack.interiorVolume(l), VolumeMasks.union(found.get(l)).volume(), "cell " + l + ": every interior voxel in its objects");
			}
		assertEquals(withInterior, found.size());
		// a cell whose pieces no two blocks saw together may stay split (the merge's rule, not the sweep's)
		assertTrue(out.objects().size() <= withInterior * 1.05, out.objects().size() + " objects for " + withInterior + " cells");
		assertEquals(0L, image.voxelsRead - totalVolume(plan(32, 8)), "every block is read once");
	}

	@Test
	void aVolumeOfAnotherSizeThanThePlanIsNamed()
	{
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new TiledVolumeMerge(plan(32, 8), MergeOptions.preset(Preset.MICROSCOPY), VoxelSize.ISOTROPIC).run(new ArrayVolume(new float[0], W, H, D + 1),
						new ThresholdBlockSegmenter(1, false, 0)));
		assertTrue(e.getMessage().contains(W + " x " + H + " x " + (D + 1)), e.getMessage());
	}

	static int firstLabel(final VolumeMask m, final VoronoiVolume cells)
	{
		final int[] l = { -1 };
		m.forEachRun((z, y, s, e) -> { if (l[0] < 0) l[0] = cells.label((int) s, (int) y, (int) z); });
		return l[0];
	}

	private static long totalVolume(final BlockPlan plan)
	{
		long v = 0;
		for (final Box3 b : plan.blocks())
			v += b.volume();
		return v;
	}

	/** Darkens a few scattered voxels, so that blocks see holes and fragments. */
	private static float[] damaged(final float[] image, final long seed)
	{
		final SplittableRandom r = new SplittableRandom(seed);
		for (int i = 0; i < image.length; i++)
			if (r.nextInt(40) == 0)
				image[i] = CellStack.BOUNDARY;
		return image;
	}

	private static HashSet<VolumeMask> masks(final List<VolumeInstance> objects)
	{
		final HashSet<VolumeMask> out = new HashSet<>();
		for (final VolumeInstance o : objects)
			out.add(o.mask());
		return out;
	}

	private static HashSet<List<Long>> clusters(final VolumeMergeResult r)
	{
		final List<List<Long>> c = new ArrayList<>();
		for (int i = 0; i < r.merged().size(); i++)
			c.add(new ArrayList<>());
		for (int i = 0; i < r.inputs().size(); i++)
			c.get(r.clusterOfInput()[i]).add(r.inputs().get(i).id());
		final HashSet<List<Long>> out = new HashSet<>();
		for (final List<Long> m : c)
		{
			m.sort(null);
			out.add(m);
		}
		return out;
	}

	private static HashSet<List<Long>> clusters(final VolumeList l)
	{
		final HashSet<List<Long>> out = new HashSet<>();
		for (int i = 0; i < l.objects().size(); i++)
		{
			final List<Long> m = new ArrayList<>();
			for (final long id : l.members(i))
				m.add(id);
			out.add(m);
		}
		return out;
	}
}


