package io.github.smm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.Method;

/** The settings of tune-bench's --score mode. */
class FixedSettingsTest
{
	@Test
	void readsKeyValuePairsOnTopOfTheDefaults()
	{
		final MergeOptions m = FixedSettings.parse(" method=union_iou, tau_i=0.14,overlap_measure=ios ");
		assertEquals(Method.UNION_IOU, m.method());
		assertEquals(0.14, m.tauI(), 1e-12);
		assertEquals(MergeOptions.defaults().rho(), m.rho(), 1e-12);
	}

	@Test
	void badEntriesNameTheOptionOrTheKey()
	{
		final InvalidOptionException noValue = assertThrows(InvalidOptionException.class, () -> FixedSettings.parse("method=nms,tau_i"));
		assertTrue(noValue.getMessage().contains("--score") && noValue.getMessage().contains("tau_i"), noValue.getMessage());
		final InvalidOptionException badKey = assertThrows(InvalidOptionException.class, () -> FixedSettings.parse("beta9=1"));
		assertTrue(badKey.getMessage().contains("beta9"), badKey.getMessage());
	}
}
