package io.github.smm.command;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.smm.eval.ErrorReport;
import io.github.smm.eval.MatchingResult;
import io.github.smm.model.Instance;
import io.github.smm.vis.ErrorKind;

/**
 * The error-map kind of every prediction and ground-truth object, 2D or 3D (the 3D evaluation
 * hands the 2D code stand-ins in the objects' order): a prediction is merged before split piece
 * before spurious before matched (IoU ≥ 0.5); of the ground truth only missed objects are drawn.
 */
final class ErrorKinds
{
	/** The kind of each prediction (by index), {@code null} for one that overlaps but matches nothing. */
	final ErrorKind[] predictions;
	/** Whether each ground-truth object (by index) is missed. */
	final boolean[] missed;
	private final ErrorReport report;
	private final Map<ErrorKind, Integer> counts = new EnumMap<>(ErrorKind.class);
	private final int pieces;
	private int unclassified;

	private ErrorKinds(final ErrorReport report, final MatchingResult matching)
	{
		this.report = report;
		final Set<Long> mergers = new HashSet<>(), split = new HashSet<>(), spurious = new HashSet<>(report.spurious()), lost = new HashSet<>(report.missed());
		report.merges().forEach(m -> mergers.add(m.predictionId()));
		report.splits().forEach(s -> split.addAll(s.predictionIds()));
		pieces = split.size();
		final List<Instance> preds = matching.overlaps().predictions(), truth = matching.overlaps().groundTruth();
		predictions = new ErrorKind[preds.size()];
		for (int p = 0; p < preds.size(); p++)
		{
			final long id = preds.get(p).id();
			final ErrorKind kind = mergers.contains(id) ? ErrorKind.MERGED
					: split.contains(id) ? ErrorKind.SPLIT
					: spurious.contains(id) ? ErrorKind.SPURIOUS
					: matching.partnerOfPrediction(0.5, p) >= 0 ? ErrorKind.MATCHED : null;
			predictions[p] = kind;
			if (kind == null)
				unclassified++;
			else
				counts.merge(kind, 1, Integer::sum);
		}
		missed = new boolean[truth.size()];
		for (int g = 0; g < truth.size(); g++)
			missed[g] = lost.contains(truth.get(g).id());
	}

	/** The kinds from the error analysis and the matching (at IoU 0.5) of the same objects. */
	static ErrorKinds classify(final ErrorReport report, final MatchingResult matching)
	{
		return new ErrorKinds(report, matching);
	}

	/** "n objects vs m ground-truth objects: … matched (IoU >= 0.5), … missed, …". */
	String summary(final int predictionCount, final int truthCount)
	{
		return predictionCount + " objects vs " + truthCount + " ground-truth objects: " + counts.getOrDefault(ErrorKind.MATCHED, 0) + " matched (IoU >= 0.5), " + report.missed().size()
				+ " missed, " + report.spurious().size() + " spurious, " + report.splits().size() + " split (" + pieces + " pieces), " + report.merges().size() + " merged"
				+ (unclassified > 0 ? ", " + unclassified + " unmatched but overlapping (not drawn)" : "");
	}
}
