package io.github.smm.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.smm.MergeOptions;
import io.github.smm.eval.ErrorAnalysis;
import io.github.smm.eval.ErrorReport;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;
import io.github.smm.tile.MergedInstance;

/**
 * Why the per-tile route left a reference object in several pieces: for each seam split of a
 * merged result against a reference (the blended run), the strongest pair of tile instances
 * joining two of its pieces, sorted into one cause — both pieces from one tile (the tile's own
 * map splits it: no merge can help), no shared view (the windows do not meet, or neither mask
 * has a pixel where they do), a gap (mask distance above τd), a weak overlap (weight at most
 * λ), or attracted but kept apart by the solver (a cannot-link through a third instance).
 */
final class SeamSplitCauses
{
	private final MergeOptions options;
	private final Map<Long, Instance> tileInstances = new HashMap<>();

	SeamSplitCauses(final MergeOptions options)
	{
		this.options = options;
	}

	/** Remembers tile instances as the runner numbered them (a {@link io.github.smm.tile.TileListener}). */
	void add(final List<Instance> instances)
	{
		for (final Instance i : instances)
			tileInstances.put(i.id(), i);
	}

	/** Counts of each cause over the seam splits of {@code merged} against {@code reference}, and a window-IoU histogram of the weak overlaps. */
	Map<String, Integer> causes(final List<MergedInstance> merged, final List<Instance> reference)
	{
		final List<Instance> found = new ArrayList<>(merged.size()), ref = new ArrayList<>(reference.size());
		for (int i = 0; i < merged.size(); i++)
			found.add(merged.get(i).instance().withId(i + 1));
		for (int i = 0; i < reference.size(); i++)
			ref.add(reference.get(i).withId(i + 1));
		final ErrorReport e = ErrorAnalysis.analyse(found, ref);
		final Map<String, Integer> count = new LinkedHashMap<>();
		for (final ErrorReport.Split s : e.splits())
		{
			final List<Long> p = s.predictionIds();
			String worst = null;
			for (int a = 0; a < p.size(); a++)
				for (int b = a + 1; b < p.size(); b++)
				{
					final String c = cause(merged.get((int) (p.get(a) - 1)), merged.get((int) (p.get(b) - 1)));
					if (worst == null || c.compareTo(worst) < 0)
						worst = c;
				}
			count.merge(worst, 1, Integer::sum);
		}
		return new java.util.TreeMap<>(count);
	}

	/** The cause for two pieces, from their strongest member pair; names sort from the least to the most mergeable. */
	private String cause(final MergedInstance p, final MergedInstance q)
	{
		double best = Double.NEGATIVE_INFINITY;
		String why = "0 same tile";
		for (final long ia : p.memberIds())
			for (final long ib : q.memberIds())
			{
				final Instance a = tileInstances.get(ia), b = tileInstances.get(ib);
				if (a.tile() == b.tile())
					continue;
				final long inter = Masks.intersectionArea(a.mask(), b.mask());
				final double d = inter > 0 ? 0 : Masks.disjointDistance(a.mask(), b.mask(), options.tauD());
				final double o = OverlapMeasure.WINDOW_IOU.of(a, b, inter);
				final double w = options.weightParameters().weight(d, Double.isNaN(o) ? 0 : o, Math.min(a.score(), b.score()));
				if (w <= best)
					continue;
				best = w;
				final Box shared = a.window().intersect(b.window());
				if (Double.isNaN(o))
					why = shared.isEmpty() ? "1 windows apart" : "2 nothing in the shared window";
				else if (d > options.tauD())
					why = "3 gap above tau_d";
				else if (w <= options.lambda())
					why = String.format(java.util.Locale.ROOT, "4 weak: window IoU %.1f", Math.floor(o * 10) / 10);
				else
					why = "5 attracted, kept apart";
			}
		return why;
	}
}
