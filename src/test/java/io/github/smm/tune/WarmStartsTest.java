package io.github.smm.tune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.smm.MergeOptions;
import io.github.smm.MergeResult;
import io.github.smm.Method;
import io.github.smm.SpatialMaskMerging;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.testutil.TiledScene;

/** The settings a tuning run tries first. */
class WarmStartsTest
{
	@Test
	void smmStartsWithTheDefaultsThenTheOverlapOnlyFormPerMeasureAndFusion()
	{
		final MergeOptions base = MergeOptions.defaults();
		final SearchSpace space = SearchSpace.parse("beta1,beta2,beta3,gamma,overlap_measure,fusion", Method.SMM_EXACT, Metric.pq(), true);
		final List<Settings> starts = WarmStarts.of(space, base);
		assertEquals(space.settingsOf(base), starts.get(0));
		assertEquals(1 + 3 * 2, starts.size());
		final Settings ios = starts.get(1 + 2 * 2 + 1);
		assertEquals("ios", ios.get("overlap_measure"));
		assertEquals("central", ios.get("fusion"));
		assertEquals(0, Double.parseDouble(ios.get("beta1")));
		assertEquals(0, Double.parseDouble(ios.get("beta3")));
		assertEquals(0, Double.parseDouble(ios.get("gamma")));
		assertEquals(WarmStarts.OVERLAP_BETA2 * base.lambda(), Double.parseDouble(ios.get("beta2")), 1e-9);
	}

	/** With the chain cost tuned, the overlap-only SMM start is union IoU at the baselines' start τi: chain cost 0, β2 a hair above λ/τi. */
	@Test
	void smmStartWithTheChainCostIsTheUnionIouStart()
	{
		final MergeOptions base = MergeOptions.defaults();
		final SearchSpace space = SearchSpace.parse("default,chain_cost", Method.SMM_EXACT, Metric.pq(), true);
		final List<Settings> starts = WarmStarts.of(space, base);
		assertEquals(1 + 3 * 2, starts.size());
		assertEquals(1, Double.parseDouble(starts.get(0).get("chain_cost")));
		for (final Settings s : starts.subList(1, starts.size()))
		{
			assertEquals(0, Double.parseDouble(s.get("chain_cost")));
			assertEquals(0, Double.parseDouble(s.get("gamma")));
			assertEquals(WarmStarts.REACHES * base.lambda() / WarmStarts.OVERLAP_TAU_I, Double.parseDouble(s.get("beta2")), 1e-9);
		}
	}

	/**
	 * The reason for that start: SMM with β1 = β3 = γ = 0, β2 = 1/τi and chain cost 0 forms exactly
	 * union IoU's clusters at τi (the threshold chosen so that no overlap equals it).
	 */
	@Test
	void freeChainsWithoutCannotLinksMergeAsUnionIou()
	{
		final TiledScene scene = new TiledScene(5, 300, 300, 100, 30, 70);
		final double tau = 0.1234567;
		for (final String measure : new String[] { "iou", "ios", "window_iou" })
		{
			final MergeOptions union = MergeOptions.defaults().with("method", "union_iou").with("tau_i", "" + tau).with("overlap_measure", measure).withThreads(1);
			final MergeOptions smm = MergeOptions.defaults().with("overlap_measure", measure).withBetas(0, 1 / tau, 0).withGamma(0).withChainCost(0).withThreads(1);
			final MergeResult a = SpatialMaskMerging.merge(scene.predictions, union), b = SpatialMaskMerging.merge(scene.predictions, smm);
			assertEquals(a.clusterCount(), b.clusterCount(), measure);
			for (int i = 0; i < scene.predictions.size(); i++)
				assertArrayEquals(a.members(a.clusterOf(i)), b.members(b.clusterOf(i)), measure + ": input " + i);
		}
	}

	/** An overlap of exactly τi (3 of 30 px) reaches union IoU's threshold; the SMM start's β2 joins it too, β2 = λ/τi would not. */
	@Test
	void smmStartJoinsAnOverlapOfExactlyTauI()
	{
		final Instance a = new Instance(1, RleMask.rectangle(Box.ofSize(0, 0, 10, 3)), 1);
		final Instance b = new Instance(2, RleMask.rectangle(Box.ofSize(9, 0, 10, 3)), 1);
		final MergeOptions union = MergeOptions.defaults().with("method", "union_iou").with("tau_i", "" + WarmStarts.OVERLAP_TAU_I).with("overlap_measure", "ios");
		final MergeOptions smm = MergeOptions.defaults().with("overlap_measure", "ios").withBetas(0, 1 / WarmStarts.OVERLAP_TAU_I, 0).withGamma(0).withChainCost(0);
		assertEquals(1, SpatialMaskMerging.merge(List.of(a, b), union).clusterCount());
		assertEquals(2, SpatialMaskMerging.merge(List.of(a, b), smm).clusterCount());
		assertEquals(1, SpatialMaskMerging.merge(List.of(a, b), smm.withBetas(0, WarmStarts.REACHES / WarmStarts.OVERLAP_TAU_I, 0)).clusterCount());
	}

	@Test
	void numbersOutsideTheSpaceAreClampedAndRepeatsLeftOut()
	{
		final SearchSpace space = SearchSpace.parse("beta2=0:3,overlap_measure=iou|ios", Method.SMM_EXACT, Metric.pq(), true);
		final List<Settings> starts = WarmStarts.of(space, MergeOptions.defaults());
		// the defaults (window IoU is no choice here, so the first choice, iou), then beta2 clamped to its bound 3, for iou and for ios
		assertEquals(3, starts.size());
		assertEquals(3, Double.parseDouble(starts.get(1).get("beta2")), 1e-9);
		assertEquals("ios", starts.get(2).get("overlap_measure"));
	}

	@Test
	void baselinesStartAtALowThresholdAndNmsHasNoFusion()
	{
		final MergeOptions nms = MergeOptions.defaults().with("method", "nms");
		final SearchSpace space = SearchSpace.parse("default", Method.NMS, Metric.pq(), true);
		final List<Settings> starts = WarmStarts.of(space, nms);
		assertEquals(1 + 3, starts.size());
		for (final Settings s : starts.subList(1, starts.size()))
			assertEquals(WarmStarts.OVERLAP_TAU_I, Double.parseDouble(s.get("tau_i")), 1e-9);
		final MergeOptions union = MergeOptions.defaults().with("method", "union_iou");
		assertEquals(1 + 3 * 2, WarmStarts.of(SearchSpace.parse("default", Method.UNION_IOU, Metric.pq(), true), union).size());
	}

	@Test
	void aSpaceWithoutTheCategoriesHasOneOverlapOnlyStart()
	{
		final SearchSpace space = SearchSpace.parse("beta2,gamma", Method.SMM_EXACT, Metric.pq(), true);
		final List<Settings> starts = WarmStarts.of(space, MergeOptions.defaults());
		assertEquals(2, starts.size());
		assertEquals(0, Double.parseDouble(starts.get(1).get("gamma")));
	}
}
