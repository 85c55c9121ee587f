package io.github.smm.command.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ij.gui.Plot;
import io.github.smm.Method;
import io.github.smm.tune.Metric;
import io.github.smm.tune.SearchSpace;
import io.github.smm.tune.Trial;
import io.github.smm.tune.TuneListener;
import io.github.smm.tune.Tuner;
import io.github.smm.tune.TuningRun;

/** The plots of a tuning run: a log-scaled parameter is drawn on a log axis, a linear one on a linear axis. */
class TuningPlotsTest
{
	@Test
	void logScaledParametersGetALogAxis()
	{
		final SearchSpace space = SearchSpace.parse("beta2=0.1:100:log,gamma=0:3", Method.SMM_EXACT, Metric.pq(), true);
		final TuningRun run = Tuner.of(6, 1, 1).run(space, List.of(), s -> Trial.Outcome.of(Double.parseDouble(s.get("gamma"))), TuneListener.NONE, () -> false);
		final Plot beta2 = TuningPlots.against(run, space.parameters().get(0), "pq"), gamma = TuningPlots.against(run, space.parameters().get(1), "pq");
		assertNotEquals(0, beta2.getFlags() & Plot.X_LOG_NUMBERS);
		assertEquals(0, gamma.getFlags() & Plot.X_LOG_NUMBERS);
	}
}
