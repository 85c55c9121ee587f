package io.github.smm.tune;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.smm.MergeOptions;

/**
 * The merge options by snake_case key, read from {@link MergeOptions#KEYS} and
 * {@link MergeOptions#toString()} (which lists every option as {@code key=value}), so an option
 * added to {@link MergeOptions} is known here without a change.
 */
final class MergeKeys
{
	/**
	 * Keys that say how to run, not what to compute: never tuned, never written to a parameter
	 * file ({@code preset} is only a starting point; the file holds every value).
	 */
	static final Set<String> RUN_SETTINGS = Set.of("preset", "threads", "max_exact_size", "work_limit");

	/**
	 * Keys known not to change the output of a given cluster (they only change which clusters
	 * form). Every other key — also one added later — is taken to matter for fusion.
	 */
	static final Set<String> NOT_FUSION = Set.of("preset", "tau_d", "tau_i", "rho", "beta1", "beta2", "beta3", "lambda", "gamma", "chain_cost",
			"overlap_measure", "class_agnostic", "resolve_overlaps", "threads", "max_exact_size", "work_limit");

	/**
	 * Keys known not to change which clusters form (they only change how a cluster is fused or
	 * what happens after, or how the merge runs). Every other key is taken to matter.
	 */
	static final Set<String> NOT_CLUSTERING = Set.of("preset", "fusion", "score_aggregation", "resolve_overlaps", "threads");

	private MergeKeys()
	{}

	/** Every key {@link MergeOptions#with(String, String)} accepts. */
	static List<String> keys()
	{
		return Arrays.asList(MergeOptions.KEYS.split(",\\s*"));
	}

	/** The value text of every option, in {@link MergeOptions#toString()} order. */
	static Map<String, String> values(final MergeOptions options)
	{
		final Map<String, String> out = new LinkedHashMap<>();
		for (final String pair : options.toString().trim().split("\\s+"))
		{
			final int eq = pair.indexOf('=');
			if (eq > 0)
				out.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return out;
	}

	/** The values of the keys that may change which clusters form, as one text. */
	static String clusteringSignature(final MergeOptions options)
	{
		final StringBuilder sb = new StringBuilder();
		for (final Map.Entry<String, String> e : values(options).entrySet())
			if (!NOT_CLUSTERING.contains(e.getKey()))
				sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
		return sb.toString();
	}

	/** The values of the keys that may change the output of a cluster, as one text. */
	static String fusionSignature(final MergeOptions options)
	{
		final StringBuilder sb = new StringBuilder();
		for (final Map.Entry<String, String> e : values(options).entrySet())
			if (!NOT_FUSION.contains(e.getKey()))
				sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
		return sb.toString();
	}
}
