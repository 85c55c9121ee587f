package io.github.smm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * About 100,000 objects per side. Prints the time taken (for the record); asserts only
 * correctness.
 */
class ScaleTest
{
	private static final int COLUMNS = 317, ROWS = 316; // 100,172 cells

	@Test
	void perfectPredictionOfDisksScoresOneEverywhere()
	{
		final Random rnd = new Random(1);
		final List<Instance> gt = new ArrayList<>();
		for (int r = 0; r < ROWS; r++)
			for (int c = 0; c < COLUMNS; c++)
				gt.add(new Instance(1 + gt.size(), disk(16 * c + 8 + rnd.nextInt(3) - 1, 16 * r + 8 + rnd.nextInt(3) - 1, 4 + rnd.nextInt(3)), 1));
		final List<Instance> pred = new ArrayList<>();
		for (final Instance g : gt)
			pred.add(new Instance(1_000_000 + g.id(), g.mask(), 0.9));
		Collections.shuffle(pred, rnd);

		final long t0 = System.nanoTime();
		final Overlaps o = Overlaps.compute(pred, gt);
		final long t1 = System.nanoTime();
		final MatchingResult m = Matching.match(o, MatchingOptions.defaults());
		final long t2 = System.nanoTime();
		final SegResult seg = Seg.measure(o);
		final ErrorReport errors = ErrorAnalysis.analyse(o, 0.5);
		final long t3 = System.nanoTime();
		System.out.printf("[ScaleTest] disks %d vs %d: overlaps %.2f s (%d pairs), matching at 10 thresholds %.2f s, SEG + errors %.2f s%n", pred.size(), gt.size(), (t1 - t0) / 1e9, o.size(), (t2 - t1) / 1e9, (t3 - t2) / 1e9);

		// disks of radius <= 6 around centres >= 14 px apart never touch: one pair per object
		assertEquals(gt.size(), o.size());
		for (final MatchingStats s : m.stats())
		{
			assertEquals(1.0, s.f1(), 0.0, s.toString());
			assertEquals(1.0, s.panopticQuality(), 1e-9, s.toString());
		}
		assertEquals(1.0, seg.seg(), 1e-9);
		assertEquals(0, errors.splits().size() + errors.merges().size() + errors.missed().size() + errors.spurious().size());
	}

	@Test
	void shiftedPredictionOfTouchingSquares()
	{
		// 12x12 squares tiling the plane; each prediction is shifted 1 px right: IoU 132/156
		// with its own square and 12/276 with the right-hand neighbour
		final List<Instance> gt = new ArrayList<>(), pred = new ArrayList<>();
		for (int r = 0; r < ROWS; r++)
			for (int c = 0; c < COLUMNS; c++)
			{
				gt.add(new Instance(1 + gt.size(), RleMask.rectangle(Box.ofSize(12L * c, 12L * r, 12, 12)), 1));
				pred.add(new Instance(1 + pred.size(), RleMask.rectangle(Box.ofSize(12L * c + 1, 12L * r, 12, 12)), 1));
			}
		final long t0 = System.nanoTime();
		final MatchingResult m = Matching.match(pred, gt, MatchingOptions.defaults().withThresholds(0.01, 0.5, 0.8, 0.85));
		final long t1 = System.nanoTime();
		System.out.printf("[ScaleTest] touching squares %d vs %d: overlaps + matching at 4 thresholds %.2f s (%d pairs)%n", pred.size(), gt.size(), (t1 - t0) / 1e9, m.overlaps().size());

		final int n = gt.size();
		assertEquals(2 * n - ROWS, m.overlaps().size());
		assertEquals(n, m.stats(0.01).truePositives());
		assertEquals(n, m.stats(0.5).truePositives());
		assertEquals(n, m.stats(0.8).truePositives());
		assertEquals(0, m.stats(0.85).truePositives());
		assertEquals(132.0 / 156, m.stats(0.5).meanMatchedIou(), 1e-9);
		assertEquals(132.0 / 156, m.stats(0.01).meanMatchedIou(), 1e-9);
	}

	@Test
	void oneHugeComponentWithUnmatchedObjectsOnBothSides()
	{
		// squares tiling the plane, predictions shifted by (1, 1): at IoU >= 0.003 even corner
		// overlaps count, so all objects form one component. The first half of the cells has a
		// second ground-truth copy, the second half a second prediction copy.
		final int n = COLUMNS * ROWS;
		final List<Instance> gt = new ArrayList<>(), pred = new ArrayList<>();
		for (int i = 0; i < n; i++)
		{
			gt.add(new Instance(1 + i, RleMask.rectangle(Box.ofSize(12L * (i % COLUMNS), 12L * (i / COLUMNS), 12, 12)), 1));
			pred.add(new Instance(1 + i, RleMask.rectangle(Box.ofSize(12L * (i % COLUMNS) + 1, 12L * (i / COLUMNS) + 1, 12, 12)), 1));
		}
		for (int i = 0; i < n / 2; i++)
			gt.add(new Instance(n + 1 + i, gt.get(i).mask(), 1));
		for (int i = n / 2; i < n; i++)
			pred.add(new Instance(n + 1 + i, pred.get(i).mask(), 1));
		final long t0 = System.nanoTime();
		final MatchingResult m = Matching.match(pred, gt, MatchingOptions.defaults().withThresholds(0.003));
		final long t1 = System.nanoTime();
		System.out.printf("[ScaleTest] one component, %d vs %d: overlaps + matching at IoU 0.003 %.2f s (%d pairs)%n", pred.size(), gt.size(), (t1 - t0) / 1e9, m.overlaps().size());

		// a prediction can only move right or down of its cell, never into the first half
		final MatchingStats s = m.stats(0.003);
		assertEquals(n, s.truePositives());
		assertEquals(121.0 / 167, s.meanMatchedIou(), 1e-9);
	}

	private static RleMask disk(final long cx, final long cy, final int radius)
	{
		final RleMaskBuilder b = RleMask.builder();
		for (int dy = -radius; dy <= radius; dy++)
		{
			final int half = (int) Math.floor(Math.sqrt(radius * radius - dy * dy));
			b.addRun(cy + dy, cx - half, cx + half + 1);
		}
		return b.build();
	}
}
