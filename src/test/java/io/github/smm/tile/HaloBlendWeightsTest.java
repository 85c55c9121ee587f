package io.github.smm.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Blending weights that cut a model's halo off every tile edge shared with a neighbour. */
class HaloBlendWeightsTest
{
	@Test
	void haloGetsNoWeightAndWeightsStillSumToOne()
	{
		for (final TilePlan plan : List.of(TilePlan.of(300, 200, 64, Overlap.pixels(24)), TilePlan.of(300, 200, 64, Overlap.pixels(16)),
				TilePlan.of(257, 131, 64, Overlap.pixels(20)).withSweepOrder(SweepOrder.COLUMNS)))
			for (final Taper taper : Taper.values())
			{
				final BlendWeights w = new BlendWeights(plan, taper, 8);
				final double[] sum = new double[(int) (plan.imageWidth() * plan.imageHeight())];
				for (int k = 0; k < plan.tileCount(); k++)
				{
					final Tile t = plan.tile(k);
					for (long y = t.window().minY; y < t.window().maxY; y++)
						for (long x = t.window().minX; x < t.window().maxX; x++)
						{
							final double v = w.weight(t, x, y);
							final boolean inHalo = x < t.region().minX + 8 && x >= 8 || x >= t.region().maxX - 8 && x < plan.imageWidth() - 8
									|| y < t.region().minY + 8 && y >= 8 || y >= t.region().maxY - 8 && y < plan.imageHeight() - 8;
							if (inHalo && v != 0)
								throw new AssertionError(plan + " " + t + ": weight " + v + " in the halo at " + x + "," + y);
							sum[(int) (y * plan.imageWidth() + x)] += v;
						}
				}
				for (int p = 0; p < sum.length; p++)
					if (Math.abs(sum[p] - 1) > 1e-6)
						throw new AssertionError(plan + " " + taper + ": weights sum to " + sum[p] + " at pixel " + p);
			}
	}

	@Test
	void overlapOfTwiceTheHaloCutsInTheMiddle()
	{
		final TilePlan plan = TilePlan.of(200, 64, 64, Overlap.pixels(16)).withSweepOrder(SweepOrder.ROWS);
		final BlendWeights w = new BlendWeights(plan, Taper.TENT, 8);
		final Tile first = plan.tile(0), second = plan.tile(1); // x [0, 64) and [48, 112)
		assertEquals(1, w.weight(first, 55, 10));
		assertEquals(0, w.weight(second, 55, 10));
		assertEquals(0, w.weight(first, 56, 10));
		assertEquals(1, w.weight(second, 56, 10));
		assertEquals(1, w.weight(first, 0, 10), "the image border keeps its pixels");
	}

	@Test
	void tooSmallAnOverlapIsAnError()
	{
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BlendWeights(TilePlan.of(200, 64, 64, Overlap.pixels(10)), Taper.TENT, 8));
		assertEquals("tiles overlapping by 10 px cannot cut off a halo of 8 px on both sides: use an overlap of at least 16 px", e.getMessage());
	}
}
