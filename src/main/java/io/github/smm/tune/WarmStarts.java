package io.github.smm.tune;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.smm.InvalidOptionException;
import io.github.smm.Method;
import io.github.smm.MergeOptions;

/**
 * The settings every tuning run tries first: the defaults, then the "merge what overlaps" form
 * of the method for each overlap measure and fusion rule of the space. For SMM and components
 * that is β1 = β3 = γ = 0 and a large β2 (every pair that overlaps attracts, a cluster stays
 * one object), and for SMM, where {@code chain_cost} is tuned, chain cost 0 (chains of overlaps
 * join at no cost for their distant members: with γ 0 exactly the clusters of union IoU at
 * τi = 1/β2 — the SMM form of the overlap baselines); for NMS, greedy NMM and union IoU it is
 * a low τi. A density model started only from random points rarely lands on that corner of a
 * space of 8–9 dimensions within 30 trials, and on tile predictions it is often the best
 * region; with these starts a method's best is never worse on the tuning images than its own
 * overlap-only form. The baselines get the same number of starts, built the same way, so every
 * method is tuned alike. Keys that are not in the space keep their base value; a start equal
 * to an earlier one is left out.
 */
final class WarmStarts
{
	/** β2 of the SMM starts: with λ 1, a pair attracts from an overlap of 1/β2 = 0.05 up. */
	static final double OVERLAP_BETA2 = 20;

	/** τi of the baseline starts. */
	static final double OVERLAP_TAU_I = 0.1;

	/**
	 * β2 of the free-chain SMM start over λ/τi: union IoU joins an overlap that reaches τi, SMM a
	 * pair with w &gt; λ, so β2 = λ/τi exactly would leave apart the pairs whose overlap is exactly
	 * τi (common: 3 of 30 px). 1 + 10⁻⁵ keeps them and survives the 6 digits the settings are
	 * written with.
	 */
	static final double REACHES = 1 + 1e-5;

	private WarmStarts()
	{}

	/** The starting settings of a run on top of {@code base}, the defaults first. */
	static List<Settings> of(final SearchSpace space, final MergeOptions base)
	{
		final Set<Settings> out = new LinkedHashSet<>();
		out.add(space.settingsOf(base));
		for (final String measure : choices(space, "overlap_measure", base))
			for (final String fusion : choices(space, "fusion", base))
				out.add(space.settingsOf(overlapOnly(base, measure, fusion, tuned(space, "chain_cost"))));
		return new ArrayList<>(out);
	}

	private static MergeOptions overlapOnly(final MergeOptions base, final String measure, final String fusion, final boolean freeChains)
	{
		final Method m = base.method();
		MergeOptions o = base.with("overlap_measure", measure);
		if (m != Method.NMS)
			o = o.with("fusion", fusion);
		if (m == Method.SMM_EXACT || m == Method.SMM_GREEDY || m == Method.COMPONENTS)
		{
			o = o.with("beta1", "0").with("beta3", "0").with("gamma", "0");
			if (freeChains && m != Method.COMPONENTS)
				return o.with("chain_cost", "0").with("beta2", format(REACHES * o.lambda() / OVERLAP_TAU_I));
			return o.with("beta2", format(OVERLAP_BETA2 * o.lambda()));
		}
		return o.with("tau_i", format(OVERLAP_TAU_I));
	}

	/** Whether {@code key} is one of the space's parameters. */
	private static boolean tuned(final SearchSpace space, final String key)
	{
		for (final Parameter p : space.parameters())
			if (p.key().equals(key))
				return true;
		return false;
	}

	/** The choices of a categorical key of the space, or its base value when it is not tuned. */
	private static List<String> choices(final SearchSpace space, final String key, final MergeOptions base)
	{
		final List<String> out = new ArrayList<>();
		for (final Parameter p : space.parameters())
			if (p.key().equals(key) && p.categorical())
				for (int c = 0; c < p.choiceCount(); c++)
					out.add(p.value(c));
		if (out.isEmpty())
		{
			final String value = MergeKeys.values(base).get(key);
			if (value == null)
				throw new InvalidOptionException(key, "has no value in the merge options");
			out.add(value);
		}
		return out;
	}

	private static String format(final double v)
	{
		return NumericParameter.format(v);
	}
}
