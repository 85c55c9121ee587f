package io.github.smm.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Instance;
import io.github.smm.model.InvalidInstanceException;
import io.github.smm.model.Masks;

class OverlapsTest
{
	@Test
	void findsOnlyPairsSharingPixels()
	{
		// prediction 10 overlaps ground truth 1 by 2x2 px; prediction 11 only touches it
		final List<Instance> preds = List.of(Draw.rect(10, 2, 2, 6, 6), Draw.rect(11, 4, 6, 8, 8));
		final List<Instance> gts = List.of(Draw.rect(1, 0, 0, 4, 4), Draw.rect(2, 4, 4, 8, 6));
		final Overlaps o = Overlaps.compute(preds, gts);
		assertEquals(2, o.size());
		// pair 0: prediction 10 / gt 1: 4 px shared, union 16 + 16 - 4
		assertEquals(0, o.predictionIndex(0));
		assertEquals(0, o.groundTruthIndex(0));
		assertEquals(4, o.intersection(0));
		assertEquals(4.0 / 28, o.iou(0), 1e-12);
		assertEquals(4.0 / 16, o.predictionCoverage(0), 1e-12);
		// pair 1: prediction 10 / gt 2: columns 4..5, rows 4..5
		assertEquals(1, o.groundTruthIndex(1));
		assertEquals(4, o.intersection(1));
		assertEquals(0.5, o.groundTruthCoverage(1), 1e-12);
		assertArrayEquals(new int[] { 0, 1 }, o.pairsOfPrediction(0));
		assertArrayEquals(new int[0], o.pairsOfPrediction(1));
		assertArrayEquals(new int[] { 1 }, o.pairsOfGroundTruth(1));
	}

	@Test
	void masksWithOverlappingBoxesButNoSharedPixelAreNoPair()
	{
		final Instance a = new Instance(1, Draw.mask("#..", "...", "..."), 1);
		final Instance b = new Instance(2, Draw.mask("...", ".##", ".##"), 1);
		assertEquals(0, Overlaps.compute(List.of(a), List.of(b)).size());
	}

	@Test
	void repeatedIdIsNamed()
	{
		final List<Instance> gts = List.of(Draw.rect(7, 0, 0, 2, 2), Draw.rect(7, 5, 5, 6, 6));
		final InvalidInstanceException e = assertThrows(InvalidInstanceException.class, () -> Overlaps.compute(List.of(), gts));
		assertEquals(7, e.instanceId());
		assertTrue(e.getMessage().contains("ground-truth"), e.getMessage());
	}

	@Test
	void agreesWithAllPairsOnRandomInstances()
	{
		final Random rnd = new Random(3);
		for (int round = 0; round < 20; round++)
		{
			final List<Instance> preds = randomRects(rnd, 40, 0), gts = randomRects(rnd, 40, 1000);
			final Overlaps o = Overlaps.compute(preds, gts);
			final List<long[]> expected = new ArrayList<>();
			for (int p = 0; p < preds.size(); p++)
				for (int g = 0; g < gts.size(); g++)
				{
					final long inter = Masks.intersectionArea(preds.get(p).mask(), gts.get(g).mask());
					if (inter > 0)
						expected.add(new long[] { p, g, inter });
				}
			assertEquals(expected.size(), o.size());
			for (int k = 0; k < o.size(); k++)
				assertArrayEquals(expected.get(k), new long[] { o.predictionIndex(k), o.groundTruthIndex(k), o.intersection(k) });
		}
	}

	@Test
	void parallelChunksGiveThePairsInOrder()
	{
		// several query chunks: the concatenated result must equal the all-pairs scan
		final Random rnd = new Random(8);
		final List<Instance> preds = new ArrayList<>(), gts = new ArrayList<>();
		for (int i = 0; i < 6000; i++)
		{
			final int x = rnd.nextInt(2000), y = rnd.nextInt(2000);
			preds.add(Draw.rect(i, x, y, x + 1 + rnd.nextInt(30), y + 1 + rnd.nextInt(30)));
			final int u = rnd.nextInt(2000), v = rnd.nextInt(2000);
			gts.add(Draw.rect(i, u, v, u + 1 + rnd.nextInt(30), v + 1 + rnd.nextInt(30)));
		}
		final Overlaps o = Overlaps.compute(preds, gts);
		int k = 0;
		for (int p = 0; p < preds.size(); p++)
			for (int g = 0; g < gts.size(); g++)
				if (preds.get(p).box().intersects(gts.get(g).box()))
				{
					assertEquals(p, o.predictionIndex(k));
					assertEquals(g, o.groundTruthIndex(k));
					k++;
				}
		assertEquals(k, o.size());
		assertTrue(k > 1000, "too few pairs to mean anything: " + k);
	}

	static List<Instance> randomRects(final Random rnd, final int n, final long firstId)
	{
		final List<Instance> out = new ArrayList<>();
		for (int i = 0; i < n; i++)
		{
			final int x = rnd.nextInt(60), y = rnd.nextInt(60);
			out.add(Draw.rect(firstId + i, x, y, x + 1 + rnd.nextInt(12), y + 1 + rnd.nextInt(12)));
		}
		return out;
	}
}
