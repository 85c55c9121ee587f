package io.github.smm.bench;

import java.util.List;

import com.google.gson.JsonObject;

import io.github.smm.solve.ComponentReport;

/**
 * What the solver did, by component size: how many components of each size class, the solver
 * seconds spent on them, how many were proven optimal, and the proven gap (bound − objective) of
 * the others. Size classes: 1, 2, 3–4, 5–8, … doubling, the last open-ended.
 */
final class ComponentStats
{
	/** Upper ends of the size classes; the last class holds everything above. */
	private static final int[] CLASS_MAX = { 1, 2, 4, 8, 16, 32, 64, 128, 256 };

	final int[] count = new int[CLASS_MAX.length + 1];
	final double[] seconds = new double[CLASS_MAX.length + 1];
	final int[] proven = new int[CLASS_MAX.length + 1];
	int components, provenOptimal, largest;
	/** Sum of (bound − objective) over components not proven optimal; infinite when one has no bound. */
	double totalGap;
	double solverSeconds;

	ComponentStats(final List<ComponentReport> reports)
	{
		for (final ComponentReport c : reports)
		{
			final int k = sizeClass(c.size());
			count[k]++;
			seconds[k] += c.seconds();
			solverSeconds += c.seconds();
			components++;
			largest = Math.max(largest, c.size());
			if (c.provenOptimal())
			{
				proven[k]++;
				provenOptimal++;
			}
			else
				totalGap += Double.isNaN(c.upperBound()) ? Double.POSITIVE_INFINITY : Math.max(0, c.upperBound() - c.objective());
		}
	}

	private static int sizeClass(final int size)
	{
		int k = 0;
		while (k < CLASS_MAX.length && size > CLASS_MAX[k])
			k++;
		return k;
	}

	private static String label(final int k)
	{
		if (k == CLASS_MAX.length)
			return (CLASS_MAX[k - 1] + 1) + "+";
		final int low = k == 0 ? 1 : CLASS_MAX[k - 1] + 1;
		return low == CLASS_MAX[k] ? Integer.toString(low) : low + "-" + CLASS_MAX[k];
	}

	/** Share of components proven optimal (1 when there are none). */
	double provenShare()
	{
		return components == 0 ? 1 : provenOptimal / (double) components;
	}

	/** One line: count, proven and seconds per non-empty size class. */
	String line()
	{
		final StringBuilder b = new StringBuilder("components by size (count, proven, solver s):");
		for (int k = 0; k < count.length; k++)
			if (count[k] > 0)
				b.append(String.format(java.util.Locale.ROOT, " %s: %d/%d/%.3f", label(k), count[k], proven[k], seconds[k]));
		b.append(String.format(java.util.Locale.ROOT, "; largest %d, %d of %d proven optimal (%.2f %%), total gap %.4g", largest, provenOptimal, components, 100 * provenShare(), totalGap));
		return b.toString();
	}

	/** Adds the histogram, times per class, share proven, largest component and gap to {@code j}. */
	void addTo(final JsonObject j)
	{
		final JsonObject sizes = new JsonObject(), secs = new JsonObject(), prov = new JsonObject();
		for (int k = 0; k < count.length; k++)
			if (count[k] > 0)
			{
				sizes.addProperty(label(k), count[k]);
				prov.addProperty(label(k), proven[k]);
				secs.addProperty(label(k), Math.round(seconds[k] * 1e6) / 1e6);
			}
		j.add("component_sizes", sizes);
		j.add("component_proven", prov);
		j.add("component_solver_seconds", secs);
		j.addProperty("largest_component", largest);
		j.addProperty("proven_optimal_share", Math.round(provenShare() * 1e6) / 1e6);
		j.addProperty("total_gap", Double.isInfinite(totalGap) ? -1 : Math.round(totalGap * 1e6) / 1e6);
		j.addProperty("solver_seconds", Math.round(solverSeconds * 1e6) / 1e6);
	}
}
