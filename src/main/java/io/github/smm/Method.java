package io.github.smm;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the candidate graph becomes clusters: SMM, or one of the baselines for comparison. */
public enum Method
{
	/** SMM, exact integer program per component (greedy above the size/time limits). */
	SMM_EXACT("smm-exact"),
	/** SMM, deterministic pivot clustering followed by local search. */
	SMM_GREEDY("smm-greedy"),
	/** Mask non-maximum suppression: the best-scoring mask of each group survives unchanged. */
	NMS("nms"),
	/** SAHI-style greedy non-maximum merging, on masks: the best mask absorbs its matches. */
	GREEDY_NMM("greedy_nmm"),
	/** Transitive union of all pairs whose overlap reaches τi. */
	UNION_IOU("union_iou"),
	/** Connected components of the graph of edges with w &gt; λ. */
	COMPONENTS("components");

	private final String token;

	Method(final String token)
	{
		this.token = token;
	}

	/** The macro/CLI token, e.g. {@code smm-exact}. */
	public String token()
	{
		return token;
	}

	/** Parses a token; also accepts {@code exact}/{@code greedy} and underscores for dashes. */
	public static Method parse(final String token)
	{
		final String t = token.trim().toLowerCase(Locale.ROOT);
		if (t.equals("exact"))
			return SMM_EXACT;
		if (t.equals("greedy"))
			return SMM_GREEDY;
		for (final Method m : values())
			if (m.token.equals(t) || m.token.replace('-', '_').equals(t.replace('-', '_')))
				return m;
		throw new InvalidOptionException("method", "unknown method '" + token + "' (expected " + tokens() + ")");
	}

	/** The tokens of all methods, comma separated. */
	public static String tokens()
	{
		return Arrays.stream(values()).map(Method::token).collect(Collectors.joining(", "));
	}
}
