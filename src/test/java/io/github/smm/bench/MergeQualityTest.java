package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

class MergeQualityTest
{
	/** Two touching 10×10 squares, A at x 0..9 and B at x 10..19, and a 4×4 C apart. */
	private static final RleMask A = rect(0, 0, 10, 10), B = rect(10, 0, 10, 10), C = rect(40, 40, 4, 4);
	private static final TruthScene SCENE = new TruthScene(new Box(0, 0, 64, 64), List.of(A, B, C));

	private static RleMask rect(final long x, final long y, final long w, final long h)
	{
		return RleMask.rectangle(Box.ofSize(x, y, w, h));
	}

	private static void assertQuality(final List<RleMask> outputs, final int split, final int wrong, final int missed, final double pq)
	{
		final MergeQuality q = MergeQuality.measure(SCENE, outputs);
		assertEquals(split, q.split(), "split");
		assertEquals(wrong, q.wrongMerges(), "wrong merges");
		assertEquals(missed, q.missed(), "missed");
		assertEquals(pq, q.pq(), 1e-12, "pq");
	}

	@Test
	void perfectOutputsScorePerfectly()
	{
		assertQuality(List.of(C, A, B), 0, 0, 0, 1);
	}

	@Test
	void twoObjectsInOneOutputAreAWrongMerge()
	{
		// A∪B has IoU 0.5 with each: not missed (≥ 0.5), but no PQ match (> 0.5); TP 1, FP 1, FN 2
		assertQuality(List.of(Masks.union(A, B), C), 0, 1, 0, 1 / 2.5);
	}

	@Test
	void aFewBorrowedPixelsAreNoWrongMerge()
	{
		// A plus one column of B: 10 px = 10 % of B and 9 % of the output
		final RleMask aPlus = Masks.union(A, rect(10, 0, 1, 10));
		final MergeQuality q = MergeQuality.measure(SCENE, List.of(aPlus, rect(11, 0, 9, 10), C));
		assertEquals(0, q.wrongMerges());
		assertEquals(0, q.missed());
		assertEquals(3, q.truePositives());
		assertEquals((100 / 110.0 + 0.9 + 1) / 3, q.pq(), 1e-12);
		// A plus half of B: B is substantial (50 % of B); B's other half has IoU 0.5 (not missed,
		// no match): TP 2 (A at 2/3, C), FP 1, FN 1
		assertQuality(List.of(Masks.union(A, rect(10, 0, 5, 10)), rect(15, 0, 5, 10), C), 0, 1, 0, (100 / 150.0 + 1) / 3);
	}

	@Test
	void smallPiecesOfTwoObjectsInOneOutputAreAWrongMergeButAStraySliverIsNot()
	{
		// 15 px of A and 15 px of B: each half the output and 15 % of its object
		assertEquals(1, MergeQuality.measure(SCENE, List.of(rect(7, 0, 6, 5))).wrongMerges());
		// 2 px of A and 2 px of B: half the output each, but only 2 % of each object
		assertEquals(0, MergeQuality.measure(SCENE, List.of(rect(9, 0, 2, 2))).wrongMerges());
	}

	@Test
	void piecesAndDuplicatesAreSplits()
	{
		// A in two pieces (6 and 4 columns), B twice
		final List<RleMask> outputs = List.of(rect(0, 0, 6, 10), rect(6, 0, 4, 10), B, B, C);
		final MergeQuality q = MergeQuality.measure(SCENE, outputs);
		assertEquals(2, q.split());
		assertEquals(0, q.wrongMerges());
		assertEquals(0, q.missed());
		assertEquals(3, q.truePositives());
		assertEquals(2, q.falsePositives());
		assertEquals(0, q.falseNegatives());
		assertEquals((0.6 + 1 + 1) / 4, q.pq(), 1e-12);
	}

	@Test
	void lostObjectsAndBackgroundOutputsCount()
	{
		// C missing; one output on background only
		final MergeQuality q = MergeQuality.measure(SCENE, List.of(A, B, rect(50, 10, 5, 5)));
		assertEquals(0, q.split());
		assertEquals(1, q.missed());
		assertEquals(2, q.truePositives());
		assertEquals(1, q.falsePositives());
		assertEquals(1, q.falseNegatives());
		assertEquals(2 / 3.0, q.pq(), 1e-12);
		assertEquals(0.0, MergeQuality.measure(SCENE, List.of()).pq());
		assertEquals(3, MergeQuality.measure(SCENE, List.of()).missed());
	}

	@Test
	void perfectMergeOfTileFragmentsScoresPerfectlyAndAWrongMergeIsCounted()
	{
		final TruthScene truth = VoronoiScene.generate(800, 8);
		final Predictions p = TilePredictor.predict(truth, SlicePlan.windows(800, 256, 0.2), Perturbation.NONE, 8);
		final Map<Integer, List<RleMask>> byTruth = new HashMap<>();
		for (int i = 0; i < p.instances().size(); i++)
			byTruth.computeIfAbsent(p.truthOf(i), k -> new ArrayList<>()).add(p.instances().get(i).mask());
		final List<RleMask> merged = new ArrayList<>();
		for (int k = 0; k < truth.objectCount(); k++)
			merged.add(Masks.union(byTruth.get(k)));
		MergeQuality q = MergeQuality.measure(truth, merged);
		assertEquals(0, q.split());
		assertEquals(0, q.wrongMerges());
		assertEquals(0, q.missed());
		assertEquals(1.0, q.pq(), 1e-12);
		// glue cell 0 to its right neighbour: one wrong merge
		merged.set(0, Masks.union(merged.get(0), merged.get(1)));
		merged.remove(1);
		q = MergeQuality.measure(truth, merged);
		assertEquals(1, q.wrongMerges());
		assertEquals(0, q.split());
		assertEquals(0, q.split());
		assertEquals(truth.objectCount() - 1, q.outputs());
		assertTrue(q.falseNegatives() >= 1 && q.pq() < 1);
		// leave the fragments of the first cell on a seam unmerged: a split
		int seam = 0;
		while (byTruth.get(seam).size() < 2)
			seam++;
		final List<RleMask> unmerged = new ArrayList<>(byTruth.get(seam));
		for (int k = 0; k < truth.objectCount(); k++)
			if (k != seam)
				unmerged.add(Masks.union(byTruth.get(k)));
		assertEquals(1, MergeQuality.measure(truth, unmerged).split());
	}
}
