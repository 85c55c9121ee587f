package io.github.smm.graph;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.smm.concurrent.Parallel;
import io.github.smm.index.CandidatePairs;
import io.github.smm.index.Candidates;
import io.github.smm.model.Instance;
import io.github.smm.model.Masks;

/**
 * The features of candidate pairs that no weight parameter changes, computed once at the
 * largest candidate radius ρ and distance scale τd that will be asked for: box gap, whether the
 * classes agree, intersection area, exact mask distance (up to the largest τd) and the overlap
 * of each requested measure. The {@link CandidateGraph} of any ρ and τd up to those, any class
 * rule and any weights is then {@link #graph built} from them without touching a mask, equal
 * to {@link CandidateGraph#build} on {@link Candidates#find} of that ρ.
 */
public final class PairFeatures
{
	private static final int CHUNK = 2048;

	private final int vertices;
	private final double maxRho, maxTauD;
	private final CandidatePairs pairs;
	private final double[] gap, minScore;
	private final boolean[] sameClass;
	private final long[] intersection;
	/** Squared exact distance, or -1 beyond the largest τd. */
	private final long[] distanceSquared;
	private final Map<OverlapMeasure, double[]> overlaps;

	private PairFeatures(final int vertices, final double maxRho, final double maxTauD, final CandidatePairs pairs, final double[] gap, final double[] minScore,
			final boolean[] sameClass, final long[] intersection, final long[] distanceSquared, final Map<OverlapMeasure, double[]> overlaps)
	{
		this.vertices = vertices;
		this.maxRho = maxRho;
		this.maxTauD = maxTauD;
		this.pairs = pairs;
		this.gap = gap;
		this.minScore = minScore;
		this.sameClass = sameClass;
		this.intersection = intersection;
		this.distanceSquared = distanceSquared;
		this.overlaps = overlaps;
	}

	/**
	 * The features of every pair of {@code instances} (in the order the graph will use) whose
	 * box gap is at most {@code maxRho}, whatever their classes, on up to {@code threads}
	 * threads (the result does not depend on it).
	 */
	public static PairFeatures compute(final List<Instance> instances, final double maxRho, final double maxTauD, final Set<OverlapMeasure> measures, final int threads)
	{
		if (!(maxTauD > 0) || Double.isInfinite(maxTauD))
			throw new IllegalArgumentException("the largest tau_d must be a finite number > 0, got " + maxTauD);
		final CandidatePairs pairs = Candidates.find(instances, maxRho, true, threads);
		final int m = pairs.size();
		final double[] gap = new double[m], minScore = new double[m];
		final boolean[] same = new boolean[m];
		final long[] inter = new long[m], dSq = new long[m];
		final Map<OverlapMeasure, double[]> overlaps = new EnumMap<>(OverlapMeasure.class);
		for (final OverlapMeasure o : measures)
			overlaps.put(o, new double[m]);
		Parallel.forEach((m + CHUNK - 1) / CHUNK, threads, c -> {
			for (int k = c * CHUNK; k < Math.min(m, (c + 1) * CHUNK); k++)
			{
				final Instance a = instances.get(pairs.first(k)), b = instances.get(pairs.second(k));
				gap[k] = a.box().gap(b.box());
				minScore[k] = Math.min(a.score(), b.score());
				same[k] = a.classId() == b.classId();
				inter[k] = Masks.intersectionArea(a.mask(), b.mask());
				dSq[k] = inter[k] > 0 ? 0 : squared(Masks.distance(a.mask(), b.mask(), maxTauD));
				for (final Map.Entry<OverlapMeasure, double[]> e : overlaps.entrySet())
					e.getValue()[k] = e.getKey().of(a, b, inter[k]);
			}
		});
		return new PairFeatures(instances.size(), maxRho, maxTauD, pairs, gap, minScore, same, inter, dSq, overlaps);
	}

	/** The exact squared pixel distance of a distance computed on runs (the square root of an integer), or -1 when infinite. */
	private static long squared(final double distance)
	{
		return Double.isInfinite(distance) ? -1 : Math.round(distance * distance);
	}

	/**
	 * The candidate graph of radius {@code rho} with {@code params}' distance scale, overlap
	 * measure and weights.
	 *
	 * @throws IllegalArgumentException when ρ or τd is above the largest computed, or the
	 *             overlap measure was not computed
	 */
	public CandidateGraph graph(final double rho, final boolean classAgnostic, final WeightParameters params)
	{
		if (rho > maxRho)
			throw new IllegalArgumentException("rho " + rho + " is above the largest prepared, " + maxRho);
		if (params.tauD > maxTauD)
			throw new IllegalArgumentException("tau_d " + params.tauD + " is above the largest prepared, " + maxTauD);
		final double[] raw = overlaps.get(params.overlap);
		if (raw == null)
			throw new IllegalArgumentException("overlap measure " + params.overlap.token() + " was not prepared (prepared: " + overlaps.keySet() + ")");
		final int[] keep = kept(rho, classAgnostic);
		final int n = keep.length;
		final int[] first = new int[n], second = new int[n];
		final double[] distance = new double[n], overlap = new double[n], weight = new double[n];
		final long[] inter = new long[n];
		final boolean[] shared = new boolean[n];
		final double boundSq = params.tauD * params.tauD;
		for (int e = 0; e < n; e++)
		{
			final int k = keep[e];
			first[e] = pairs.first(k);
			second[e] = pairs.second(k);
			inter[e] = intersection[k];
			// as Masks.distance with bound τd: infinite beyond the box gap or the squared bound
			distance[e] = inter[e] > 0 ? 0 : gap[k] > params.tauD || distanceSquared[k] < 0 || distanceSquared[k] > boundSq ? Double.POSITIVE_INFINITY : Math.sqrt(distanceSquared[k]);
			shared[e] = !Double.isNaN(raw[k]);
			overlap[e] = shared[e] ? raw[k] : 0;
			weight[e] = params.weight(distance[e], overlap[e], minScore[k]);
		}
		return new CandidateGraph(vertices, new CandidatePairs(first, second), distance, inter, overlap, weight, shared);
	}

	private int[] kept(final double rho, final boolean classAgnostic)
	{
		final int[] keep = new int[pairs.size()];
		int n = 0;
		for (int k = 0; k < pairs.size(); k++)
			if (gap[k] <= rho && (classAgnostic || sameClass[k]))
				keep[n++] = k;
		return Arrays.copyOf(keep, n);
	}

	/** Number of pairs within the largest radius. */
	public int pairCount()
	{
		return pairs.size();
	}

	public double maxRho()
	{
		return maxRho;
	}

	public double maxTauD()
	{
		return maxTauD;
	}

	/** The overlap measures computed. */
	public Set<OverlapMeasure> measures()
	{
		return overlaps.keySet();
	}
}
