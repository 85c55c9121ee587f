package io.github.smm.command.evaluation;

import java.util.List;

import ij.measure.ResultsTable;
import io.github.smm.eval.CategoryMode;
import io.github.smm.eval.MatchingStats;
import io.github.smm.eval.coco.CocoSummary;
import io.github.smm.io.EvaluationCsv;

/** The evaluation tables as ImageJ results tables, with the columns of {@link EvaluationCsv}. */
public final class EvaluationTables
{
	private EvaluationTables()
	{}

	/** One row per image and threshold. */
	public static ResultsTable images(final List<EvaluationCsv.Row> rows, final CategoryMode mode)
	{
		final ResultsTable rt = new ResultsTable();
		for (final EvaluationCsv.Row r : rows)
		{
			rt.incrementCounter();
			rt.addValue("image", r.image());
			scores(rt, r, mode);
		}
		return rt;
	}

	/** One row per threshold with the data-set totals, and the COCO numbers when not null. */
	public static ResultsTable summary(final int images, final List<EvaluationCsv.Row> totals, final CocoSummary coco, final CategoryMode mode)
	{
		final ResultsTable rt = new ResultsTable();
		for (final EvaluationCsv.Row r : totals)
		{
			rt.incrementCounter();
			rt.addValue("images", images);
			scores(rt, r, mode);
			if (coco != null)
			{
				rt.addValue(EvaluationCsv.cocoColumn("coco_ap", mode), coco.ap());
				rt.addValue(EvaluationCsv.cocoColumn("coco_ap50", mode), coco.ap50());
				rt.addValue(EvaluationCsv.cocoColumn("coco_ap75", mode), coco.ap75());
				rt.addValue(EvaluationCsv.cocoColumn("coco_ar", mode), coco.ar());
			}
		}
		return rt;
	}

	/** One row per ground-truth problem. */
	public static ResultsTable problems(final List<EvaluationCsv.Problem> problems)
	{
		final ResultsTable rt = new ResultsTable();
		for (final EvaluationCsv.Problem p : problems)
		{
			rt.incrementCounter();
			rt.addValue("image", p.image());
			rt.addValue("kind", p.kind().token());
			rt.addValue("ids", EvaluationCsv.ids(p.ids()));
			rt.addValue("pixels", p.pixels());
			rt.addValue("count", p.count());
		}
		return rt;
	}

	private static void scores(final ResultsTable rt, final EvaluationCsv.Row r, final CategoryMode mode)
	{
		final MatchingStats s = r.stats();
		rt.addValue("threshold", s.threshold());
		rt.addValue("classes", mode.token());
		rt.addValue("tp", s.truePositives());
		rt.addValue("fp", s.falsePositives());
		rt.addValue("fn", s.falseNegatives());
		rt.addValue("precision", s.precision());
		rt.addValue("recall", s.recall());
		rt.addValue("f1", s.f1());
		rt.addValue("accuracy", s.accuracy());
		rt.addValue("mean_matched_iou", s.meanMatchedIou());
		rt.addValue("mean_true_iou", s.meanTrueIou());
		rt.addValue("pq", s.panopticQuality());
		rt.addValue("seg", r.seg());
		rt.addValue("splits", r.splits());
		rt.addValue("merges", r.merges());
		rt.addValue("missed", r.missed());
		rt.addValue("spurious", r.spurious());
	}
}
