package io.github.smm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.smm.fuse.ScoreAggregation;
import io.github.smm.graph.OverlapMeasure;

class MergeOptionsTest
{
	@Test
	void paperPresetHasThePublishedDefaults()
	{
		final MergeOptions o = MergeOptions.preset(Preset.PAPER);
		assertEquals(15, o.tauD());
		assertEquals(0.5, o.tauI());
		assertEquals(30, o.rho());
		assertEquals(1, o.beta1());
		assertEquals(1, o.beta2());
		assertEquals(0.5, o.beta3());
		assertEquals(1, o.lambda());
		assertEquals(0.5, o.gamma());
		assertEquals(ScoreAggregation.MEAN, o.scoreAggregation());
		assertEquals(OverlapMeasure.IOU, o.overlapMeasure());
		assertEquals(Method.SMM_EXACT, o.method());
	}

	@Test
	void microscopyPresetSeparatesTouchingNeighboursFromFragments()
	{
		final MergeOptions o = MergeOptions.preset(Preset.MICROSCOPY);
		final double touching = o.weightParameters().weight(1, 0, 1);
		final double fragments = o.weightParameters().weight(0, 1, 0);
		assertTrue(touching < o.gamma(), "touching neighbours must be cannot-link: " + touching);
		assertTrue(fragments > o.lambda(), "agreeing fragments must attract: " + fragments);
	}

	@Test
	void settingByNameParsesEveryKey()
	{
		MergeOptions o = MergeOptions.defaults();
		for (final String key : MergeOptions.KEYS.split(", "))
		{
			final String value;
			switch (key)
			{
			case "preset":
				value = "paper";
				break;
			case "method":
				value = "greedy_nmm";
				break;
			case "overlap_measure":
				value = "ios";
				break;
			case "score_aggregation":
				value = "max";
				break;
			case "tau_i":
				value = "0.3";
				break;
			case "chain_cost":
				value = "0.25";
				break;
			case "fusion":
				value = "central";
				break;
			case "class_agnostic":
			case "resolve_overlaps":
				value = "true";
				break;
			default:
				value = "3";
			}
			o = o.with(key, value);
		}
		assertEquals(Method.GREEDY_NMM, o.method());
		assertEquals(3, o.tauD());
		assertEquals(3, o.lambda());
		assertEquals(3, o.threads());
		assertEquals(0.3, o.tauI());
		assertEquals(0.25, o.chainCost());
		assertEquals(OverlapMeasure.IOS, o.overlapMeasure());
		assertTrue(o.classAgnostic() && o.resolveOverlaps());
	}

	@Test
	void invalidValuesNameTheOption()
	{
		final MergeOptions o = MergeOptions.defaults();
		assertEquals("tau_d", assertThrows(InvalidOptionException.class, () -> o.withTauD(0)).option());
		assertEquals("rho", assertThrows(InvalidOptionException.class, () -> o.withRho(Double.NaN)).option());
		assertEquals("beta2", assertThrows(InvalidOptionException.class, () -> o.withBetas(1, -1, 0)).option());
		assertEquals("lambda", assertThrows(InvalidOptionException.class, () -> o.with("lambda", "NaN")).option());
		assertEquals("gamma", assertThrows(InvalidOptionException.class, () -> o.with("gamma", "abc")).option());
		assertEquals("tau_i", assertThrows(InvalidOptionException.class, () -> o.withTauI(1.5)).option());
		assertEquals("chain_cost", assertThrows(InvalidOptionException.class, () -> o.with("chain_cost", "1.5")).option());
		assertEquals("chain_cost", assertThrows(InvalidOptionException.class, () -> o.withChainCost(-0.1)).option());
		assertEquals(1, o.chainCost(), "the published objective by default");
		assertEquals("threads", assertThrows(InvalidOptionException.class, () -> o.with("threads", "0")).option());
		assertEquals("method", assertThrows(InvalidOptionException.class, () -> o.with("method", "magic")).option());
		assertEquals("overlap_measure", assertThrows(InvalidOptionException.class, () -> o.with("overlap_measure", "dice")).option());
		assertEquals("class_agnostic", assertThrows(InvalidOptionException.class, () -> o.with("class_agnostic", "maybe")).option());
		final InvalidOptionException unknown = assertThrows(InvalidOptionException.class, () -> o.with("tau", "1"));
		assertEquals("tau", unknown.option());
		assertTrue(unknown.getMessage().contains("unknown option"));
	}

	@Test
	void withersDoNotChangeTheOriginal()
	{
		final MergeOptions o = MergeOptions.defaults();
		o.withLambda(7).withMethod(Method.NMS);
		assertEquals(1, o.lambda());
		assertEquals(Method.SMM_EXACT, o.method());
	}
}
