package io.github.smm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.github.smm.tile.Overlap;
import io.github.smm.tile.SweepOrder;
import io.github.smm.tile.Tile;
import io.github.smm.tile.TilePlan;

/**
 * The batches a block task hands a segmenter that takes several tiles per call
 * ({@code batch_size}), against brute force: every tile of the block once, in plan order, each
 * batch consecutive tiles of one band and at most the batch size, as few batches as that allows.
 */
class BlockBatchesTest
{
	@Test
	void batchesAreTheBlocksTilesInPlanOrderWithinOneBandAndAsFewAsPossible()
	{
		for (final SweepOrder order : SweepOrder.values())
			for (final int blockPixels : new int[] { 1, 70, 150, 400 })
				for (int size = 1; size <= 6; size++)
				{
					final TilePlan plan = TilePlan.of(430, 290, 64, Overlap.pixels(16)).withSweepOrder(order);
					for (final Block b : BlockPlan.of(plan, 0, blockPixels))
					{
						final String what = order + ", blocks=" + blockPixels + ", batch " + size + ", " + b;
						final List<List<Tile>> batches = BlockTask.batches(plan, b, size);
						final List<Integer> flat = new ArrayList<>();
						for (final List<Tile> batch : batches)
						{
							assertTrue(!batch.isEmpty() && batch.size() <= size, what + ": batch of " + batch.size());
							for (int k = 0; k < batch.size(); k++)
							{
								assertEquals(batch.get(0).band(), batch.get(k).band(), what + ": one band per batch");
								assertEquals(batch.get(0).index() + k, batch.get(k).index(), what + ": consecutive tiles");
							}
							batch.forEach(t -> flat.add(t.index()));
						}
						// brute force: the block's tiles, in plan order, and per band ceil(n / size) batches
						final List<Integer> expected = new ArrayList<>();
						final Map<Integer, Integer> perBand = new TreeMap<>();
						for (int k = 0; k < plan.tileCount(); k++)
						{
							final int[] cell = BlockPlan.cell(plan, k);
							if (b.holds(cell[0], cell[1]))
							{
								expected.add(k);
								perBand.merge(plan.tile(k).band(), 1, Integer::sum);
							}
						}
						assertEquals(expected, flat, what + ": the block's tiles in plan order");
						final int s = size;
						assertEquals(perBand.values().stream().mapToInt(n -> (n + s - 1) / s).sum(), batches.size(), what + ": as few batches as possible");
					}
				}
	}
}
