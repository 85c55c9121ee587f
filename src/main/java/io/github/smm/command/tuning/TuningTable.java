package io.github.smm.command.tuning;

import ij.measure.ResultsTable;
import io.github.smm.tune.FoldResult;
import io.github.smm.tune.TuningReport;

/**
 * The results table of a tuning report: one row per held-out fold (its images, the defaults'
 * and the tuned value there), the mean and sd over the folds, and the row of all images (the
 * value the final settings reach on the images they were tuned on).
 */
public final class TuningTable
{
	/** The table's title. */
	public static final String TITLE = "SMM tuning";

	private TuningTable()
	{}

	public static ResultsTable of(final TuningReport r)
	{
		final ResultsTable rt = new ResultsTable();
		final String m = r.metric().token();
		for (final FoldResult f : r.folds())
			row(rt, "fold " + f.number(), String.join(" ", f.heldOut()), f.defaults(), f.tuned(), m);
		if (!r.folds().isEmpty())
		{
			row(rt, "held-out mean", "", r.heldOutDefaults()[0], r.heldOutTuned()[0], m);
			row(rt, "held-out sd", "", r.heldOutDefaults()[1], r.heldOutTuned()[1], m);
		}
		row(rt, "all images (tuned on)", "", r.defaultValue(), r.tunedValue(), m);
		return rt;
	}

	private static void row(final ResultsTable rt, final String what, final String images, final double defaults, final double tuned, final String metric)
	{
		rt.incrementCounter();
		rt.addValue("run", what);
		rt.addValue(metric + "_defaults", defaults);
		rt.addValue(metric + "_tuned", tuned);
		rt.addValue("held_out_images", images);
	}
}
