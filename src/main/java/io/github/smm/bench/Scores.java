package io.github.smm.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.eval.ErrorAnalysis;
import io.github.smm.eval.ErrorReport;
import io.github.smm.eval.Matching;
import io.github.smm.eval.MatchingOptions;
import io.github.smm.eval.MatchingStats;
import io.github.smm.eval.coco.CocoEvalParams;
import io.github.smm.eval.coco.CocoEvaluator;
import io.github.smm.eval.coco.CocoSummary;
import io.github.smm.io.coco.CocoAnnotation;
import io.github.smm.io.coco.CocoDataset;
import io.github.smm.model.Instance;

/** A segmentation scored against ground truth with the project's eval package. */
final class Scores
{
	final int objects;
	final double f1, pq, ap;
	final int splits, merges, missed, spurious;

	private Scores(final int objects, final MatchingStats s, final double ap, final ErrorReport e)
	{
		this.objects = objects;
		this.f1 = s.f1();
		this.pq = s.panopticQuality();
		this.ap = ap;
		this.splits = e.splits().size();
		this.merges = e.merges().size();
		this.missed = e.missed().size();
		this.spurious = e.spurious().size();
	}

	/** F1 and PQ at IoU 0.5, COCO AP (no detection cap), and the error analysis. */
	static Scores of(final List<Instance> predictions, final List<Instance> truth, final long width, final long height)
	{
		final List<Instance> numbered = numbered(predictions);
		final MatchingStats s = Matching.match(numbered, truth, MatchingOptions.defaults().withThresholds(0.5)).stats(0.5);
		final CocoDataset gt = CocoDataset.builder().image(1, "image", (int) width, (int) height).category(0, "nucleus").instances(1, truth).build();
		final List<CocoAnnotation> dt = new ArrayList<>();
		for (final Instance i : numbered)
			dt.add(CocoAnnotation.of(1, i));
		final CocoSummary coco = CocoEvaluator.evaluate(gt, dt, CocoEvalParams.defaults().withUseCategories(false)).summary();
		return new Scores(numbered.size(), s, coco.ap(), ErrorAnalysis.analyse(numbered, truth));
	}

	/**
	 * The differences of a result from a reference result (both from the same model): reference
	 * objects cut into several outputs (seam splits, or duplicates), outputs joining several
	 * reference objects (merged neighbours), outputs without a reference object of IoU ≥ 0.5
	 * (extra) and reference objects without an output (lost); {@code [splits, merges, extra, lost]}.
	 */
	static int[] versus(final List<Instance> result, final List<Instance> reference)
	{
		final ErrorReport e = ErrorAnalysis.analyse(numbered(result), numbered(reference));
		return new int[] { e.splits().size(), e.merges().size(), e.spurious().size(), e.missed().size() };
	}

	private static List<Instance> numbered(final List<Instance> in)
	{
		final List<Instance> out = new ArrayList<>(in.size());
		for (int i = 0; i < in.size(); i++)
			out.add(in.get(i).withId(i + 1));
		return out;
	}

	Map<String, Object> json()
	{
		final Map<String, Object> j = new LinkedHashMap<>();
		j.put("objects", objects);
		j.put("f1", round(f1));
		j.put("pq", round(pq));
		j.put("ap", round(ap));
		j.put("splits", splits);
		j.put("merges", merges);
		j.put("missed", missed);
		j.put("spurious", spurious);
		return j;
	}

	static double round(final double v)
	{
		return Math.round(v * 10000) / 10000.0;
	}
}
