package io.github.smm.tune;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.smm.Method;

/**
 * The default range of every tunable merge option, and which options matter for each method.
 * An option without a default range can still be tuned when its range is given
 * ({@code key=low:high}, {@code key=a|b}).
 */
final class KnownParameters
{
	private static final Map<String, Parameter> RANGES = new LinkedHashMap<>();

	static
	{
		add(Parameter.continuous("tau_d", 1, 30, true));
		add(Parameter.continuous("rho", 0, 30, false));
		add(Parameter.continuous("beta1", 0, 3, false));
		add(Parameter.continuous("beta2", 0.1, 100, true));
		add(Parameter.continuous("beta3", 0, 2, false));
		add(Parameter.continuous("lambda", 0.1, 5, true));
		add(Parameter.continuous("gamma", 0, 3, false));
		add(Parameter.continuous("chain_cost", 0, 1, false));
		add(Parameter.continuous("tau_i", 0.05, 0.95, false));
		add(Parameter.categorical("overlap_measure", "window_iou", "iou", "ios"));
		add(Parameter.categorical("score_aggregation", "max", "mean", "area_weighted"));
		add(Parameter.categorical("fusion", "union", "central"));
		add(Parameter.categorical("resolve_overlaps", "false", "true"));
		add(Parameter.categorical("class_agnostic", "false", "true"));
		add(Parameter.categorical("method", "smm-exact", "smm-greedy", "nms", "greedy_nmm", "union_iou", "components"));
	}

	private KnownParameters()
	{}

	private static void add(final Parameter p)
	{
		RANGES.put(p.key(), p);
	}

	/** The default range of a key, or {@code null} when it has none. */
	static Parameter range(final String key)
	{
		return RANGES.get(key);
	}

	/** The keys with a default range. */
	static Iterable<String> keys()
	{
		return RANGES.keySet();
	}

	/**
	 * The keys that change the result of a method. λ is left out where β and γ are tuned: scaling
	 * β, λ and γ by one factor changes no decision, so λ = its base value loses nothing. The
	 * fusion rule matters for every method that fuses its clusters (NMS keeps its best member).
	 */
	static String[] relevant(final Method method)
	{
		switch (method)
		{
		case SMM_EXACT:
		case SMM_GREEDY:
			return new String[] { "tau_d", "rho", "beta1", "beta2", "beta3", "gamma", "overlap_measure", "fusion", "resolve_overlaps" };
		case COMPONENTS:
			return new String[] { "tau_d", "rho", "beta1", "beta2", "beta3", "overlap_measure", "fusion", "resolve_overlaps" };
		case NMS:
			return new String[] { "tau_i", "overlap_measure", "resolve_overlaps" };
		default:
			return new String[] { "tau_i", "overlap_measure", "fusion", "resolve_overlaps" };
		}
	}
}
