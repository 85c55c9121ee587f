package io.github.smm;

import java.util.Locale;

import io.github.smm.fuse.FusionRule;
import io.github.smm.fuse.ScoreAggregation;
import io.github.smm.graph.OverlapMeasure;
import io.github.smm.graph.WeightParameters;
import io.github.smm.solve.SolverSettings;

/**
 * Validated, immutable options of {@link SpatialMaskMerging#merge}. Start from a
 * {@link #preset(Preset) preset} and change single values with the {@code with…} methods or
 * by snake_case name with {@link #with(String, String)} (the names macros and the launcher
 * use). Every invalid value raises an {@link InvalidOptionException} naming the option.
 */
public final class MergeOptions implements Cloneable
{
	/** The snake_case names accepted by {@link #with(String, String)}. */
	public static final String KEYS = "preset, method, tau_d, tau_i, rho, beta1, beta2, beta3, lambda, gamma, chain_cost, overlap_measure, "
			+ "score_aggregation, fusion, class_agnostic, resolve_overlaps, threads, max_exact_size, work_limit";

	private Preset preset;
	private Method method = Method.SMM_EXACT;
	private double tauD, tauI, rho, beta1, beta2, beta3, lambda, gamma;
	/** Cost of a non-candidate pair inside one cluster, as a fraction of λ (1: the published objective). */
	private double chainCost = 1;
	private OverlapMeasure overlap;
	private ScoreAggregation aggregation;
	private FusionRule fusion = FusionRule.UNION;
	private boolean classAgnostic;
	private boolean resolveOverlaps;
	private int threads = Runtime.getRuntime().availableProcessors();
	private int maxExactSize = SolverSettings.DEFAULT_MAX_EXACT_COMPONENT_SIZE;
	private long workLimit = SolverSettings.DEFAULT_WORK_LIMIT;

	private MergeOptions()
	{}

	/**
	 * The options of a preset, with method {@code smm-exact}.
	 * <ul>
	 * <li>{@code paper}: τd 15, τi 0.5, ρ 30, β 1/1/0.5, λ 1, γ 0.5, overlap iou, score mean.</li>
	 * <li>{@code microscopy}: τd 5, τi 0.5, ρ 5, β 0.5/1.5/0, λ 1, γ 0.5, overlap window_iou,
	 * score area_weighted. Two touching cells from one tile score at most 0.5·(1 − 1/5) = 0.4 &lt; γ
	 * (cannot-link); fragments of one cell agreeing in their shared window score 2.</li>
	 * </ul>
	 */
	public static MergeOptions preset(final Preset preset)
	{
		final MergeOptions o = new MergeOptions();
		o.preset = preset;
		o.tauI = 0.5;
		o.lambda = 1;
		o.gamma = 0.5;
		if (preset == Preset.PAPER)
		{
			o.tauD = 15;
			o.rho = 30;
			o.beta1 = 1;
			o.beta2 = 1;
			o.beta3 = 0.5;
			o.overlap = OverlapMeasure.IOU;
			o.aggregation = ScoreAggregation.MEAN;
		}
		else
		{
			o.tauD = 5;
			o.rho = 5;
			o.beta1 = 0.5;
			o.beta2 = 1.5;
			o.beta3 = 0;
			o.overlap = OverlapMeasure.WINDOW_IOU;
			o.aggregation = ScoreAggregation.AREA_WEIGHTED;
		}
		return o;
	}

	/** The {@link Preset#MICROSCOPY microscopy} preset. */
	public static MergeOptions defaults()
	{
		return preset(Preset.MICROSCOPY);
	}

	/**
	 * Sets one option by its snake_case name (see {@link #KEYS}). {@code preset} resets every
	 * weight parameter to the preset's values, so give it first.
	 */
	public MergeOptions with(final String key, final String value)
	{
		final String k = key.trim().toLowerCase(Locale.ROOT);
		switch (k)
		{
		case "preset":
			return preset(Preset.parse(value)).withMethod(method).withThreads(threads);
		case "method":
			return withMethod(Method.parse(value));
		case "overlap_measure":
			return withOverlapMeasure(parseToken(k, value, OverlapMeasure::parse));
		case "score_aggregation":
			return withScoreAggregation(parseToken(k, value, ScoreAggregation::parse));
		case "fusion":
			return withFusion(parseToken(k, value, FusionRule::parse));
		case "class_agnostic":
			return withClassAgnostic(parseBoolean(k, value));
		case "resolve_overlaps":
			return withResolveOverlaps(parseBoolean(k, value));
		case "threads":
			return withThreads((int) parseNumber(k, value, true));
		case "max_exact_size":
			return withMaxExactSize((int) parseNumber(k, value, true));
		case "work_limit":
			return withWorkLimit(parseWorkLimit(value));
		case "time_limit":
			throw new InvalidOptionException(k, "is no longer an option: the exact solver stops after work_limit units of work per component, never after a time, "
					+ "so its result does not depend on the machine or its load");
		default:
			return withNumber(k, parseNumber(k, value, false));
		}
	}

	private MergeOptions withNumber(final String key, final double v)
	{
		switch (key)
		{
		case "tau_d":
			return withTauD(v);
		case "tau_i":
			return withTauI(v);
		case "rho":
			return withRho(v);
		case "beta1":
			return withBetas(v, beta2, beta3);
		case "beta2":
			return withBetas(beta1, v, beta3);
		case "beta3":
			return withBetas(beta1, beta2, v);
		case "lambda":
			return withLambda(v);
		case "gamma":
			return withGamma(v);
		case "chain_cost":
			return withChainCost(v);
		default:
			throw new InvalidOptionException(key, "unknown option (known: " + KEYS + ")");
		}
	}

	public MergeOptions withMethod(final Method m)
	{
		final MergeOptions o = copy();
		o.method = require("method", m);
		return o;
	}

	/** Distance scale τd (pixels, &gt; 0): the distance term falls from 1 at D = 0 to 0 at D = τd. */
	public MergeOptions withTauD(final double v)
	{
		positive("tau_d", v);
		final MergeOptions o = copy();
		o.tauD = v;
		return o;
	}

	/** Overlap threshold τi in (0, 1] of the baselines (nms, greedy_nmm, union_iou). */
	public MergeOptions withTauI(final double v)
	{
		if (!(v > 0 && v <= 1))
			throw new InvalidOptionException("tau_i", "must be in (0, 1], got " + v);
		final MergeOptions o = copy();
		o.tauI = v;
		return o;
	}

	/** Candidate radius ρ (pixels, ≥ 0): largest box gap of a candidate pair. */
	public MergeOptions withRho(final double v)
	{
		if (!(v >= 0) || Double.isInfinite(v))
			throw new InvalidOptionException("rho", "must be a finite number >= 0, got " + v);
		final MergeOptions o = copy();
		o.rho = v;
		return o;
	}

	/** Weights β1 (distance), β2 (overlap), β3 (score), each finite and ≥ 0. */
	public MergeOptions withBetas(final double b1, final double b2, final double b3)
	{
		nonNegative("beta1", b1);
		nonNegative("beta2", b2);
		nonNegative("beta3", b3);
		final MergeOptions o = copy();
		o.beta1 = b1;
		o.beta2 = b2;
		o.beta3 = b3;
		return o;
	}

	/** Merge threshold λ (finite): a pair inside one cluster adds w − λ to the objective. */
	public MergeOptions withLambda(final double v)
	{
		finite("lambda", v);
		final MergeOptions o = copy();
		o.lambda = v;
		return o;
	}

	/** Cannot-link threshold γ (finite): candidate pairs with w &lt; γ are never in one cluster. */
	public MergeOptions withGamma(final double v)
	{
		finite("gamma", v);
		final MergeOptions o = copy();
		o.gamma = v;
		return o;
	}

	/**
	 * Chain cost in [0, 1]: the most one pair of members of a cluster that is not a cannot-link
	 * costs, as a fraction of λ — a pair that is not a candidate pair (farther apart than ρ or τd,
	 * or from tiles that share no region) or a weak candidate pair (w &lt; λ). 1 (the default) is the
	 * published objective: a cluster A–B–C whose ends A and C are not candidates pays λ for A–C, so
	 * pieces of one object seen by three tiles may stay apart. Lower values let clusters chain
	 * through strongly attracting pairs; at 0 chaining is free and only cannot-links (w &lt; γ) keep
	 * the members of an attracting chain apart (with γ 0 as well, the clusters are the connected
	 * components of the pairs with w &gt; λ). The exact solver stays exact for every value (see
	 * {@code io.github.smm.solve.Decomposition}).
	 */
	public MergeOptions withChainCost(final double v)
	{
		if (!(v >= 0 && v <= 1))
			throw new InvalidOptionException("chain_cost", "must be in [0, 1], got " + v);
		final MergeOptions o = copy();
		o.chainCost = v;
		return o;
	}

	public MergeOptions withOverlapMeasure(final OverlapMeasure m)
	{
		final MergeOptions o = copy();
		o.overlap = require("overlap_measure", m);
		return o;
	}

	public MergeOptions withScoreAggregation(final ScoreAggregation a)
	{
		final MergeOptions o = copy();
		o.aggregation = require("score_aggregation", a);
		return o;
	}

	/** How a cluster's masks are fused: their union (default) or the most central member's mask. */
	public MergeOptions withFusion(final FusionRule f)
	{
		final MergeOptions o = copy();
		o.fusion = require("fusion", f);
		return o;
	}

	/** When true, instances of different classes may be merged. */
	public MergeOptions withClassAgnostic(final boolean v)
	{
		final MergeOptions o = copy();
		o.classAgnostic = v;
		return o;
	}

	/** When true, pixels claimed by several outputs go to one (higher score, then larger). */
	public MergeOptions withResolveOverlaps(final boolean v)
	{
		final MergeOptions o = copy();
		o.resolveOverlaps = v;
		return o;
	}

	/** Number of worker threads (≥ 1); results never depend on it. */
	public MergeOptions withThreads(final int v)
	{
		if (v < 1)
			throw new InvalidOptionException("threads", "must be >= 1, got " + v);
		final MergeOptions o = copy();
		o.threads = v;
		return o;
	}

	/**
	 * Largest part of a component (after the solver's reductions) that the exact solver searches,
	 * 1 to {@value SolverSettings#MAX_EXACT_COMPONENT_SIZE}; larger ones keep the heuristics'
	 * partition and are reported as not proven optimal.
	 */
	public MergeOptions withMaxExactSize(final int v)
	{
		if (v < 1 || v > SolverSettings.MAX_EXACT_COMPONENT_SIZE)
			throw new InvalidOptionException("max_exact_size", "must be in 1.." + SolverSettings.MAX_EXACT_COMPONENT_SIZE + ", got " + v);
		final MergeOptions o = copy();
		o.maxExactSize = v;
		return o;
	}

	/**
	 * Work the exact solver may spend on one component, in units of about one tableau update
	 * (&ge; 1; default {@value SolverSettings#DEFAULT_WORK_LIMIT}, well under a second); when it runs
	 * out the best partition found (never worse than the heuristics') is kept and its proven gap
	 * reported. A count, not a time, so the result is the same on any machine and under any load.
	 */
	public MergeOptions withWorkLimit(final long v)
	{
		if (v < 1)
			throw new InvalidOptionException("work_limit", "must be >= 1, got " + v);
		final MergeOptions o = copy();
		o.workLimit = v;
		return o;
	}

	public Preset preset()
	{
		return preset;
	}

	public Method method()
	{
		return method;
	}

	public double tauD()
	{
		return tauD;
	}

	public double tauI()
	{
		return tauI;
	}

	public double rho()
	{
		return rho;
	}

	public double beta1()
	{
		return beta1;
	}

	public double beta2()
	{
		return beta2;
	}

	public double beta3()
	{
		return beta3;
	}

	public double lambda()
	{
		return lambda;
	}

	public double gamma()
	{
		return gamma;
	}

	/** The chain cost, a fraction of λ (see {@link #withChainCost}). */
	public double chainCost()
	{
		return chainCost;
	}

	public OverlapMeasure overlapMeasure()
	{
		return overlap;
	}

	public ScoreAggregation scoreAggregation()
	{
		return aggregation;
	}

	public FusionRule fusion()
	{
		return fusion;
	}

	public boolean classAgnostic()
	{
		return classAgnostic;
	}

	public boolean resolveOverlaps()
	{
		return resolveOverlaps;
	}

	public int threads()
	{
		return threads;
	}

	public int maxExactSize()
	{
		return maxExactSize;
	}

	public long workLimit()
	{
		return workLimit;
	}

	/** The edge-weight parameters. */
	public WeightParameters weightParameters()
	{
		return new WeightParameters(tauD, beta1, beta2, beta3, overlap);
	}

	@Override
	public String toString()
	{
		return String.format(Locale.ROOT,
				"preset=%s method=%s tau_d=%s tau_i=%s rho=%s beta1=%s beta2=%s beta3=%s lambda=%s gamma=%s chain_cost=%s overlap_measure=%s score_aggregation=%s fusion=%s class_agnostic=%s resolve_overlaps=%s threads=%d max_exact_size=%d work_limit=%d",
				preset.token(), method.token(), tauD, tauI, rho, beta1, beta2, beta3, lambda, gamma, chainCost, overlap.token(), aggregation.token(), fusion.token(), classAgnostic, resolveOverlaps, threads, maxExactSize, workLimit);
	}

	private MergeOptions copy()
	{
		try
		{
			return (MergeOptions) clone();
		}
		catch (final CloneNotSupportedException e)
		{
			throw new AssertionError(e);
		}
	}

	private static <T> T require(final String key, final T v)
	{
		if (v == null)
			throw new InvalidOptionException(key, "must not be empty");
		return v;
	}

	private static void finite(final String key, final double v)
	{
		if (!Double.isFinite(v))
			throw new InvalidOptionException(key, "must be a finite number, got " + v);
	}

	private static void positive(final String key, final double v)
	{
		if (!(v > 0) || Double.isInfinite(v))
			throw new InvalidOptionException(key, "must be a finite number > 0, got " + v);
	}

	private static void nonNegative(final String key, final double v)
	{
		if (!(v >= 0) || Double.isInfinite(v))
			throw new InvalidOptionException(key, "must be a finite number >= 0, got " + v);
	}

	private static double parseNumber(final String key, final String value, final boolean integer)
	{
		try
		{
			return integer ? Integer.parseInt(value.trim()) : Double.parseDouble(value.trim());
		}
		catch (final NumberFormatException e)
		{
			if (!java.util.Arrays.asList(KEYS.split(", ")).contains(key))
				throw new InvalidOptionException(key, "unknown option (known: " + KEYS + ")");
			throw new InvalidOptionException(key, "'" + value + "' is not " + (integer ? "an integer" : "a number"));
		}
	}

	/** An integer count of work units, also written as a number such as {@code 2e8}. */
	private static long parseWorkLimit(final String value)
	{
		final double v;
		try
		{
			v = Double.parseDouble(value.trim());
		}
		catch (final NumberFormatException e)
		{
			throw new InvalidOptionException("work_limit", "'" + value + "' is not a number");
		}
		if (!(v >= 1 && v <= Long.MAX_VALUE) || v != Math.rint(v))
			throw new InvalidOptionException("work_limit", "must be a whole number >= 1, got " + value.trim());
		return (long) v;
	}

	private static boolean parseBoolean(final String key, final String value)
	{
		final String v = value.trim().toLowerCase(Locale.ROOT);
		if (v.equals("true") || v.equals("yes") || v.equals("1"))
			return true;
		if (v.equals("false") || v.equals("no") || v.equals("0"))
			return false;
		throw new InvalidOptionException(key, "'" + value + "' is not true or false");
	}

	private static <T> T parseToken(final String key, final String value, final java.util.function.Function<String, T> parser)
	{
		try
		{
			return parser.apply(value);
		}
		catch (final InvalidOptionException e)
		{
			throw e;
		}
		catch (final IllegalArgumentException e)
		{
			throw new InvalidOptionException(key, e.getMessage());
		}
	}
}
