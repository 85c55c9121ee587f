package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

class TilePredictorTest
{
	private static Predictions predict(final SceneKind kind, final Perturbation p, final long seed)
	{
		final TruthScene truth = kind.generate(700, seed);
		return TilePredictor.predict(truth, SlicePlan.windows(700, 256, 0.2), p, seed);
	}

	@Test
	void sameSeedSamePredictions()
	{
		for (final SceneKind kind : SceneKind.synthetic())
			for (final Perturbation p : Perturbation.values())
			{
				final Predictions a = predict(kind, p, 4), b = predict(kind, p, 4);
				assertEquals(a.instances().size(), b.instances().size());
				for (int i = 0; i < a.instances().size(); i++)
				{
					final Instance x = a.instances().get(i), y = b.instances().get(i);
					assertEquals(x.id(), y.id());
					assertEquals(x.mask(), y.mask());
					assertEquals(x.score(), y.score());
					assertEquals(x.window(), y.window());
					assertEquals(x.tile(), y.tile());
					assertEquals(a.truthOf(i), b.truthOf(i));
				}
				final Predictions c = predict(kind, p, 5);
				assertNotEquals(a.instances().get(0).score(), c.instances().get(0).score());
			}
	}

	@Test
	void fragmentsOfEachTruthObjectUniteToTheObject()
	{
		for (final SceneKind kind : SceneKind.synthetic())
		{
			final TruthScene truth = kind.generate(700, 2);
			final Predictions p = TilePredictor.predict(truth, SlicePlan.windows(700, 256, 0.2), Perturbation.NONE, 2);
			final Map<Integer, List<RleMask>> fragments = fragmentsByTruth(p);
			assertEquals(truth.objectCount(), fragments.size());
			for (int k = 0; k < truth.objectCount(); k++)
				assertEquals(truth.object(k), Masks.union(fragments.get(k)), kind.token() + " object " + k);
			for (final Instance i : p.instances())
			{
				assertEquals(p.tiles().get(i.tile()), i.window());
				assertTrue(i.score() >= 0.5 && i.score() <= 1);
			}
			Instances.requireUniqueIds(p.instances());
		}
	}

	@Test
	void voronoiFragmentsAreSeenByOverlappingTiles()
	{
		final TruthScene truth = SceneKind.VORONOI.generate(700, 2);
		final Predictions p = TilePredictor.predict(truth, SlicePlan.windows(700, 256, 0.2), Perturbation.NONE, 2);
		// more predictions than cells (seams are seen twice or four times), but not wildly more
		assertTrue(p.instances().size() > truth.objectCount() * 1.2 && p.instances().size() < truth.objectCount() * 2.5);
	}

	@Test
	void realisticPredictionsDropDuplicateAndJitterPlausibly()
	{
		final TruthScene truth = SceneKind.VORONOI.generate(1024, 3);
		final List<Box> tiles = SlicePlan.windows(1024, 256, 0.2);
		final Predictions clean = TilePredictor.predict(truth, tiles, Perturbation.NONE, 3);
		final Predictions real = TilePredictor.predict(truth, tiles, Perturbation.REALISTIC, 3);
		Instances.requireUniqueIds(real.instances());
		final Map<Integer, List<RleMask>> cleanByTruth = fragmentsByTruth(clean);
		int changed = 0;
		for (int i = 0; i < real.instances().size(); i++)
		{
			final Instance r = real.instances().get(i);
			assertTrue(r.window().contains(r.box()));
			final RleMask own = truth.object(real.truthOf(i));
			// a jittered prediction stays on its own object, mostly so unless it is a thin sliver
			final long onOwn = Masks.intersectionArea(r.mask(), own);
			assertTrue(onOwn > 0 && (r.area() < 50 || onOwn >= 0.7 * r.area()), "prediction " + r.id() + " " + r.area() + " px, " + onOwn + " on its object");
			if (!cleanByTruth.get(real.truthOf(i)).contains(r.mask()))
				changed++;
		}
		final int n = clean.instances().size(), m = real.instances().size();
		// 3 % dropped, 3 % duplicated: the count stays within a few percent
		assertTrue(Math.abs(m - n) < 0.03 * n, n + " clean vs " + m + " realistic predictions");
		assertTrue(changed > 0.4 * m && changed < 0.9 * m, changed + " of " + m + " predictions differ from the truth");
	}

	private static Map<Integer, List<RleMask>> fragmentsByTruth(final Predictions p)
	{
		final Map<Integer, List<RleMask>> fragments = new HashMap<>();
		for (int i = 0; i < p.instances().size(); i++)
			fragments.computeIfAbsent(p.truthOf(i), k -> new ArrayList<>()).add(p.instances().get(i).mask());
		return fragments;
	}
}
