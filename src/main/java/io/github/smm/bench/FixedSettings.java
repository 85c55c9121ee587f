package io.github.smm.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.smm.InvalidOptionException;
import io.github.smm.MergeOptions;
import io.github.smm.Method;
import io.github.smm.tune.CrossValidation;
import io.github.smm.tune.Metric;
import io.github.smm.tune.PreparedSet;
import io.github.smm.tune.Scores;
import io.github.smm.tune.SearchSpace;
import io.github.smm.tune.ValidationSet;

/**
 * The {@code --score} mode of {@code tune-bench}: fixed merge settings, no tuning, scored on each
 * fold's held-out blocks (the folds of a tuning run with the same seed) and on all blocks, with
 * the splits and merges; to see what a method can express, e.g. SMM's form of a tuned baseline.
 * Each setting is merged and evaluated from scratch.
 */
final class FixedSettings
{
	private FixedSettings()
	{}

	/**
	 * One setting: {@code key=value} pairs separated by {@code ,} on top of the defaults.
	 *
	 * @throws InvalidOptionException naming {@code --score} for an entry without {@code =}, or the
	 *             key of an invalid value
	 */
	static MergeOptions parse(final String setting)
	{
		MergeOptions m = MergeOptions.defaults().withThreads(1);
		for (final String pair : setting.trim().split(","))
		{
			final int eq = pair.indexOf('=');
			if (eq <= 0)
				throw new InvalidOptionException("--score", "'" + pair + "' is not key=value");
			m = m.with(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
		}
		return m;
	}

	/**
	 * Prints one line per setting (settings separated by {@code ;}): the metric per held-out
	 * fold, then on all blocks with F1, splits and merges.
	 */
	static void score(final ValidationSet set, final String settings, final Metric metric, final int folds, final long seed, final PrintStream out)
	{
		final SearchSpace space = SearchSpace.parse("default", Method.SMM_EXACT, metric, set.hasWindows());
		final PreparedSet plain = PreparedSet.prepare(set, space, MergeOptions.defaults().withThreads(1), metric, 1).plain();
		final List<int[]> test = CrossValidation.folds(set.size(), folds, seed);
		final int[] all = new int[set.size()];
		Arrays.setAll(all, i -> i);
		for (final String text : settings.split(";"))
		{
			final MergeOptions m = parse(text);
			final List<String> perFold = new ArrayList<>();
			for (final int[] f : test)
				perFold.add(String.format(Locale.ROOT, "%.4f", metric.value(plain.score(f, m))));
			final Scores s = plain.score(all, m);
			out.printf(Locale.ROOT, "score %s: %s per held-out fold %s; all blocks %.4f (F1 %.4f, splits %d, merges %d)%n", text.trim(), metric, String.join(" / ", perFold), metric.value(s),
					s.f1(), s.splits(), s.merges());
		}
	}
}
