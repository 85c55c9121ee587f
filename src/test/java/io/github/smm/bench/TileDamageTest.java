package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

class TileDamageTest
{
	@Test
	void aSplitCutsTheMaskIntoTwoDisjointPiecesThatUniteToIt()
	{
		final RleMask square = RleMask.rectangle(new Box(10, 20, 30, 40));
		for (final double angle : new double[] { 0, 0.4, Math.PI / 2, 2.9 })
		{
			final RleMask[] pieces = TileDamage.split(square, angle);
			assertEquals(2, pieces.length);
			assertEquals(0, Masks.intersectionArea(pieces[0], pieces[1]));
			assertEquals(square, Masks.union(pieces[0], pieces[1]));
			assertTrue(pieces[0].area() > 100 && pieces[1].area() > 100, angle + ": " + pieces[0].area() + " / " + pieces[1].area());
		}
		// a single pixel cannot be cut
		assertNull(TileDamage.split(RleMask.rectangle(new Box(5, 5, 6, 6)), 1.0));
	}

	@Test
	void eachDamageShowsAtItsRate()
	{
		final TruthScene truth = SceneKind.VORONOI.generate(1024, 3);
		final List<Box> tiles = SlicePlan.windows(1024, 256, 0.2);
		final Predictions clean = TilePredictor.predict(truth, tiles, Perturbation.NONE, 3);
		final int n = clean.instances().size();
		// only missed: about 20 % fewer predictions
		final Predictions missed = predict(truth, tiles, "jitter=0,fragments=0,duplicates=0,merges=0,missed=0.2");
		assertTrue(Math.abs(missed.instances().size() - 0.8 * n) < 0.03 * n, missed.instances().size() + " of " + n);
		// only fragments: about 20 % more (a few tiny predictions cannot be cut)
		final Predictions fragments = predict(truth, tiles, "jitter=0,fragments=0.2,duplicates=0,merges=0,missed=0");
		assertTrue(Math.abs(fragments.instances().size() - 1.2 * n) < 0.03 * n, fragments.instances().size() + " of " + n);
		// only merged neighbours: about 20 % fewer predictions, each merged one covering two truth objects
		final Predictions merges = predict(truth, tiles, "jitter=0,fragments=0,duplicates=0,merges=0.2,missed=0");
		int covering = 0;
		for (final Instance i : merges.instances())
		{
			final int[] hits = { 0 };
			truth.forEachOverlapping(i.box(), k -> {
				if (Masks.intersectionArea(truth.object(k), i.mask()) > 0)
					hits[0]++;
			});
			if (hits[0] >= 2)
				covering++;
		}
		final int m = merges.instances().size();
		assertTrue(m < 0.9 * n && m > 0.75 * n, m + " of " + n);
		assertEquals(n - m, covering, "every merged prediction replaces two");
		Instances.requireUniqueIds(merges.instances());
	}

	@Test
	void damagedPredictionsStayInsideTheirWindows()
	{
		final TruthScene truth = SceneKind.BLOBS.generate(900, 7);
		final Predictions p = TilePredictor.predict(truth, SlicePlan.windows(900, 256, 0.2), Perturbation.DAMAGED, 7);
		for (final Instance i : p.instances())
		{
			assertTrue(i.window().contains(i.box()));
			assertTrue(i.score() >= 0.05 && i.score() <= 1);
		}
	}

	@Test
	void badDamageNamesTheKey()
	{
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Damage.parse("fragments=2")).getMessage().contains("fragments"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Damage.parse("smudges=0.1")).getMessage().contains("smudges"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Damage.parse("merges")).getMessage().contains("key=value"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Damage.parse("missed=x")).getMessage().contains("missed"));
		assertEquals(Damage.defaults().token(), Damage.parse("").token());
		assertTrue(Damage.parse("merges=0.2").token().contains("merges=0.2"));
	}

	private static Predictions predict(final TruthScene truth, final List<Box> tiles, final String damage)
	{
		return TilePredictor.predict(truth, tiles, Perturbation.DAMAGED, Damage.parse(damage + ",score_noise=0"), 3);
	}
}
