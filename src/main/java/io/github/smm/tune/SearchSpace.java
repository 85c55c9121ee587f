package io.github.smm.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.smm.InvalidOptionException;
import io.github.smm.Method;
import io.github.smm.MergeOptions;
import io.github.smm.graph.OverlapMeasure;

/**
 * The merge options a tuning run may change and the values each may take. Written as a list of
 * specifications ({@link #parse}): {@code default} (the options that matter for the method),
 * a key alone (its default range, e.g. {@code beta1} = 0..3), {@code key=low:high} (continuous),
 * {@code key=low:high:log} (log scale), {@code key=low:high:int} (integer) or
 * {@code key=a|b|c} (categorical). Any key {@link MergeOptions#with(String, String)} accepts can
 * be tuned, except those that only say how to run (preset, threads, solver limits).
 */
public final class SearchSpace
{
	private final List<Parameter> parameters;

	private SearchSpace(final List<Parameter> parameters)
	{
		this.parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
	}

	/**
	 * A space of the given parameters.
	 *
	 * @throws InvalidOptionException naming a key that is unknown, repeated or not tunable
	 */
	public static SearchSpace of(final List<Parameter> parameters)
	{
		final Map<String, Parameter> byKey = new LinkedHashMap<>();
		for (final Parameter p : parameters)
		{
			requireTunable(p.key());
			if (byKey.put(p.key(), p) != null)
				throw new InvalidOptionException(p.key(), "is tuned twice");
		}
		if (byKey.isEmpty())
			throw new IllegalArgumentException("the search space has no parameter");
		return new SearchSpace(parameters);
	}

	/** The options that matter for {@code method} with their default ranges (see {@link #parse}). */
	public static SearchSpace defaults(final Method method, final Metric metric, final boolean windows)
	{
		return parse("default", method, metric, windows);
	}

	/**
	 * Reads a specification list (comma or space separated, see the class comment); a key given
	 * after {@code default} replaces its default range. Without
	 * source windows ({@code windows} false) window IoU equals IoU, so it is not a choice of
	 * {@code overlap_measure}, and central fusion equals union fusion, so {@code fusion} is left out
	 * of the default. With the COCO AP metric the default includes the score
	 * aggregation (AP ranks objects by score).
	 *
	 * @throws InvalidOptionException naming the key of a specification that cannot be used
	 */
	public static SearchSpace parse(final String specification, final Method method, final Metric metric, final boolean windows)
	{
		final Map<String, Parameter> byKey = new LinkedHashMap<>();
		final Set<String> fromDefault = new HashSet<>();
		final String spec = specification == null || specification.trim().isEmpty() ? "default" : specification;
		for (final String token : spec.trim().split("[,\\s]+"))
		{
			if (token.equalsIgnoreCase("default"))
			{
				final List<String> keys = new ArrayList<>(List.of(KnownParameters.relevant(method)));
				if (metric.needsScores())
					keys.add("score_aggregation");
				for (final String key : keys)
					if (byKey.putIfAbsent(key, KnownParameters.range(key)) == null)
						fromDefault.add(key);
				continue;
			}
			final Parameter p = parameter(token);
			if (byKey.containsKey(p.key()) && !fromDefault.remove(p.key()))
				throw new InvalidOptionException(p.key(), "is tuned twice");
			byKey.put(p.key(), p);
		}
		final List<Parameter> out = new ArrayList<>();
		for (final Parameter p : byKey.values())
			if (windows || !(p.key().equals("fusion") && fromDefault.contains("fusion")))
				out.add(windows ? p : withoutWindowIou(p));
		return of(out);
	}

	private static Parameter parameter(final String token)
	{
		final int eq = token.indexOf('=');
		final String key = (eq < 0 ? token : token.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
		requireTunable(key);
		if (eq < 0)
		{
			final Parameter p = KnownParameters.range(key);
			if (p == null)
				throw new InvalidOptionException(key, "has no default range to tune; give one, e.g. " + key + "=0:1 or " + key + "=a|b");
			return p;
		}
		final String range = token.substring(eq + 1).trim();
		if (range.contains("|") || !range.contains(":"))
			return Parameter.categorical(key, range.split("\\|"));
		final String[] parts = range.split(":");
		try
		{
			if (parts.length == 2)
				return Parameter.continuous(key, Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), false);
			if (parts.length == 3 && parts[2].equals("log"))
				return Parameter.continuous(key, Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), true);
			if (parts.length == 3 && parts[2].equals("int"))
				return Parameter.integer(key, Long.parseLong(parts[0]), Long.parseLong(parts[1]));
		}
		catch (final IllegalArgumentException e)
		{
			throw new InvalidOptionException(key, "cannot tune over '" + range + "': " + e.getMessage());
		}
		throw new InvalidOptionException(key, "cannot tune over '" + range + "' (expected low:high, low:high:log, low:high:int or a|b|c)");
	}

	private static Parameter withoutWindowIou(final Parameter p)
	{
		if (!p.key().equals("overlap_measure") || !(p instanceof CategoricalParameter))
			return p;
		final List<String> choices = new ArrayList<>(((CategoricalParameter) p).choices());
		if (!choices.remove(OverlapMeasure.WINDOW_IOU.token()) || choices.isEmpty())
			return p;
		return Parameter.categorical(p.key(), choices.toArray(new String[0]));
	}

	private static void requireTunable(final String key)
	{
		if (!MergeKeys.keys().contains(key))
			throw new InvalidOptionException(key, "unknown option (known: " + MergeOptions.KEYS + ")");
		if (MergeKeys.RUN_SETTINGS.contains(key))
			throw new InvalidOptionException(key, "says how to run, not what to compute: it is not tuned");
	}

	/** The parameters, in order. */
	public List<Parameter> parameters()
	{
		return parameters;
	}

	public int size()
	{
		return parameters.size();
	}

	/**
	 * Checks that every value of the space is valid on top of {@code base}.
	 *
	 * @throws InvalidOptionException naming the first key whose bound or choice is invalid
	 */
	public void validate(final MergeOptions base)
	{
		for (final Parameter p : parameters)
		{
			final int last = p.categorical() ? p.choiceCount() - 1 : 1;
			for (int v = 0; v <= last; v++)
				base.with(p.key(), p.value(v));
		}
	}

	/** The settings of internal coordinates {@code x} (one per parameter). */
	public Settings settings(final double[] x)
	{
		final Map<String, String> values = new LinkedHashMap<>();
		for (int d = 0; d < parameters.size(); d++)
			values.put(parameters.get(d).key(), parameters.get(d).value(x[d]));
		return new Settings(values);
	}

	/** The internal coordinates of settings. */
	public double[] internal(final Settings s)
	{
		final double[] x = new double[parameters.size()];
		for (int d = 0; d < x.length; d++)
			x[d] = parameters.get(d).internal(s.get(parameters.get(d).key()));
		return x;
	}

	/**
	 * The settings of {@code options}, each value put into the space (numbers clamped to the
	 * bounds; a category that is no choice becomes the first choice).
	 */
	public Settings settingsOf(final MergeOptions options)
	{
		final Map<String, String> all = MergeKeys.values(options);
		final double[] x = new double[parameters.size()];
		for (int d = 0; d < x.length; d++)
		{
			final Parameter p = parameters.get(d);
			try
			{
				x[d] = p.internal(all.get(p.key()));
			}
			catch (final IllegalArgumentException e)
			{
				x[d] = 0;
			}
		}
		return settings(x);
	}

	/** The largest value of a numeric option over the space on top of {@code base} (its base value when not tuned). */
	public double largest(final String key, final MergeOptions base)
	{
		double max = Double.parseDouble(MergeKeys.values(base).get(key));
		for (final Parameter p : parameters)
			if (p.key().equals(key) && p instanceof NumericParameter)
				max = Math.max(max, ((NumericParameter) p).high());
		return max;
	}

	/** Every overlap measure a trial may use on top of {@code base}. */
	public Set<OverlapMeasure> overlapMeasures(final MergeOptions base)
	{
		final Set<OverlapMeasure> out = EnumSet.of(base.overlapMeasure());
		for (final Parameter p : parameters)
			if (p.key().equals("overlap_measure"))
				for (int c = 0; c < p.choiceCount(); c++)
					out.add(OverlapMeasure.parse(p.value(c)));
		return out;
	}

	/** The specifications, comma separated (what {@link #parse} reads back). */
	@Override
	public String toString()
	{
		final StringBuilder sb = new StringBuilder();
		for (final Parameter p : parameters)
			sb.append(sb.length() == 0 ? "" : ",").append(p.specification());
		return sb.toString();
	}
}
