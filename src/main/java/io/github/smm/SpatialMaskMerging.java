package io.github.smm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.Objects;

import io.github.smm.baseline.Baselines;
import io.github.smm.baseline.UnionFind;
import io.github.smm.concurrent.Parallel;
import io.github.smm.fuse.Fusion;
import io.github.smm.fuse.FusionRule;
import io.github.smm.fuse.OverlapResolution;
import io.github.smm.graph.CandidateGraph;
import io.github.smm.index.CandidatePairs;
import io.github.smm.index.Candidates;
import io.github.smm.model.Instance;
import io.github.smm.model.Instances;
import io.github.smm.model.RleMask;
import io.github.smm.solve.ClusteringProblem;
import io.github.smm.solve.ClusteringResult;
import io.github.smm.solve.ComponentReport;
import io.github.smm.solve.CorrelationClustering;
import io.github.smm.solve.SolverKind;
import io.github.smm.solve.SolverSettings;

/**
 * The entry point for scripts and commands: merges tile predictions into one set of objects.
 *
 * <pre>
 * MergeResult r = SpatialMaskMerging.merge(instances, MergeOptions.preset(Preset.MICROSCOPY));
 * r.merged();           // fused instances
 * r.clusterOfInput();   // which output each input went to
 * </pre>
 *
 * Inputs are put in a canonical order first, so the result never depends on the order they
 * are given in, nor on the number of threads.
 */
public final class SpatialMaskMerging
{
	private SpatialMaskMerging()
	{}

	/**
	 * @throws io.github.smm.model.InvalidInstanceException naming a repeated id
	 */
	public static MergeResult merge(final List<Instance> instances, final MergeOptions options)
	{
		Objects.requireNonNull(options, "options");
		for (int i = 0; i < instances.size(); i++)
			Objects.requireNonNull(instances.get(i), "instance at position " + i);
		Instances.requireUniqueIds(instances);
		final Map<String, Double> seconds = new LinkedHashMap<>();
		final int[] order = Instances.canonicalOrder(instances);
		final List<Instance> sorted = new ArrayList<>(order.length);
		for (final int i : order)
			sorted.add(instances.get(i));

		long t = System.nanoTime();
		final CandidatePairs pairs = Candidates.find(sorted, options.rho(), options.classAgnostic(), options.threads());
		t = lap(seconds, "candidates", t);
		final CandidateGraph graph = CandidateGraph.build(sorted, pairs, options.weightParameters(), options.threads());
		t = lap(seconds, "weights", t);
		return finish(instances, sorted, graph, options, seconds, t);
	}

	/**
	 * The stages after the candidate graph — clustering, fusion, overlap resolution — shared by
	 * {@link #merge} and {@link PreparedMerge#merge}.
	 */
	static MergeResult finish(final List<Instance> instances, final List<Instance> sorted, final CandidateGraph graph, final MergeOptions options, final Map<String, Double> seconds, final long start)
	{
		long t = start;
		final List<ComponentReport> reports = new ArrayList<>();
		final int[] cluster = cluster(graph, sorted, options, reports);
		t = lap(seconds, "solve", t);
		List<Instance> merged = fuse(sorted, cluster, options);
		t = lap(seconds, "fuse", t);
		if (options.resolveOverlaps())
		{
			final OverlapResolution.Resolved<Instance> r = OverlapResolution.resolve(merged, options.threads());
			merged = renumber(r.outputs);
			for (int i = 0; i < cluster.length; i++)
				cluster[i] = r.newIndexOf[cluster[i]];
		}
		lap(seconds, "resolve", t);
		return new MergeResult(instances, merged, inInputOrder(instances, sorted, cluster, Instance::id), objective(graph, cluster, options.lambda(), chainCost(options)), reports, seconds);
	}

	/**
	 * The cluster label ({@code 0..k-1}) of every canonical instance by the method of the
	 * options, before fusion; the SMM solvers' component reports are added to {@code reports}.
	 */
	static int[] cluster(final CandidateGraph graph, final List<Instance> sorted, final MergeOptions options, final List<ComponentReport> reports)
	{
		int[] cluster;
		switch (options.method())
		{
		case SMM_EXACT:
		case SMM_GREEDY:
			final ClusteringResult solved = CorrelationClustering.solve(problem(graph, options), solverSettings(options));
			cluster = solved.clusterOf();
			reports.addAll(solved.components());
			break;
		case NMS:
			cluster = Baselines.nms(sorted, graph, options.overlapMeasure(), options.tauI());
			break;
		case GREEDY_NMM:
			cluster = Baselines.greedyNmm(sorted, graph, options.overlapMeasure(), options.tauI());
			break;
		case UNION_IOU:
			cluster = Baselines.unionIou(sorted, graph, options.overlapMeasure(), options.tauI());
			break;
		default:
			cluster = Baselines.components(graph, options.lambda());
		}
		return cluster;
	}

	/**
	 * The connected components of the attracting edges (w &gt; λ and not a cannot-link, w &lt; γ
	 * seen in a shared window): no optimum joins two of them (see {@link #problem}).
	 */
	public static UnionFind attracting(final CandidateGraph graph, final MergeOptions options)
	{
		final UnionFind attract = new UnionFind(graph.vertexCount());
		for (int k = 0; k < graph.edgeCount(); k++)
			if (isAttracting(graph, k, options))
				attract.union(graph.pairs().first(k), graph.pairs().second(k));
		return attract;
	}

	/** Whether edge {@code k} of the graph attracts: w &gt; λ and not a cannot-link (w &lt; γ seen in a shared window). */
	public static boolean isAttracting(final CandidateGraph graph, final int k, final MergeOptions options)
	{
		final double w = graph.weight(k);
		return w > options.lambda() && !(w < options.gamma() && graph.sharedView(k));
	}

	/**
	 * The correlation-clustering problem of the graph, keeping only the edges inside one
	 * connected component of the attracting edges (w &gt; λ, not cannot-link): the solver never
	 * puts two such components in one cluster, so the other edges — most of them, in dense
	 * tissue — cannot change its result and need no memory. With window IoU, pairs that no
	 * common tile region saw carry no evidence of being different objects, so they are never
	 * cannot-links (they may still join through a third fragment).
	 */
	public static ClusteringProblem problem(final CandidateGraph graph, final MergeOptions options)
	{
		final int n = graph.vertexCount();
		final double lambda = options.lambda(), gamma = options.gamma();
		final UnionFind attract = attracting(graph, options);
		final int m = graph.edgeCount();
		int count = 0;
		for (int k = 0; k < m; k++)
			if (attract.find(graph.pairs().first(k)) == attract.find(graph.pairs().second(k)))
				count++;
		final int[] ei = new int[count], ej = new int[count];
		final double[] w = new double[count];
		final boolean[] may = new boolean[count];
		for (int k = 0, kept = 0; k < m; k++)
		{
			final int a = graph.pairs().first(k), b = graph.pairs().second(k);
			if (attract.find(a) != attract.find(b))
				continue;
			ei[kept] = a;
			ej[kept] = b;
			w[kept] = graph.weight(k);
			may[kept++] = graph.sharedView(k);
		}
		return new ClusteringProblem(n, ei, ej, w, lambda, gamma, may, chainCost(options));
	}

	/**
	 * The chain cost {@code μ} of the clustering problem: the option's fraction of λ, or no cap
	 * ({@code +∞}) at the default 1 — the same objective, since merge weights are never negative,
	 * computed the published way.
	 */
	public static double chainCost(final MergeOptions options)
	{
		return options.chainCost() == 1 ? Double.POSITIVE_INFINITY : options.chainCost() * options.lambda();
	}

	/**
	 * The SMM objective of a partition: Σ over co-clustered pairs of {@code max(w − λ, −μ)}, with
	 * {@code w = 0} for pairs that are no candidates (see {@link ClusteringProblem}); at {@code μ = ∞}
	 * Σ over candidate pairs in one cluster of w, minus λ per co-clustered pair.
	 */
	private static double objective(final CandidateGraph graph, final int[] cluster, final double lambda, final double mu)
	{
		double sum = 0;
		long inside = 0;
		for (int k = 0; k < graph.edgeCount(); k++)
			if (cluster[graph.pairs().first(k)] == cluster[graph.pairs().second(k)])
			{
				sum += mu == Double.POSITIVE_INFINITY ? graph.weight(k) : Math.max(graph.weight(k) - lambda, -mu);
				inside++;
			}
		final int[] size = new int[cluster.length + 1];
		for (final int c : cluster)
			size[c]++;
		long pairs = 0;
		for (final int s : size)
			pairs += (long) s * (s - 1) / 2;
		return mu == Double.POSITIVE_INFINITY ? sum - lambda * pairs : sum - Math.min(lambda, mu) * (pairs - inside);
	}

	/** The solver settings of the options' method, threads, exact size and work limit. */
	public static SolverSettings solverSettings(final MergeOptions o)
	{
		return SolverSettings.defaults()
				.withKind(o.method() == Method.SMM_EXACT ? SolverKind.EXACT : SolverKind.GREEDY)
				.withThreads(o.threads())
				.withMaxExactComponentSize(o.maxExactSize())
				.withWorkLimit(o.workLimit());
	}

	/** Fuses every cluster; output {@code c} gets id {@code c + 1}. */
	private static List<Instance> fuse(final List<Instance> sorted, final int[] cluster, final MergeOptions options)
	{
		final List<List<Instance>> members = Fusion.members(sorted, cluster);
		final int k = members.size();
		final Instance[] out = new Instance[k];
		Parallel.forEach(k, options.threads(), c -> out[c] = fuseCluster(c + 1, members.get(c), options));
		return Arrays.asList(out);
	}

	/** The output of one cluster with id {@code id}: NMS keeps its best member, the others fuse it. */
	static Instance fuseCluster(final long id, final List<Instance> members, final MergeOptions options)
	{
		if (options.method() == Method.NMS)
			return keeper(id, members);
		return options.fusion() == FusionRule.CENTRAL ? FusionRule.central(id, members, options.scoreAggregation())
				: Fusion.fuse(id, members, options.scoreAggregation());
	}

	/** NMS output: the best-scoring member's mask and score (first in canonical order on ties). */
	private static Instance keeper(final long id, final List<Instance> members)
	{
		final Instance best = Fusion.highestScore(members, Instance::score);
		final RleMask mask = best.mask();
		return new Instance(id, mask, best.score(), best.classId(), best.window(), best.tile());
	}

	private static List<Instance> renumber(final List<Instance> outputs)
	{
		final List<Instance> out = new ArrayList<>(outputs.size());
		for (int c = 0; c < outputs.size(); c++)
			out.add(outputs.get(c).withId(c + 1));
		return out;
	}

	/**
	 * Maps cluster labels of the canonical order back to the caller's order (ids are unique); for
	 * any kind of instance (2D here, 3D in {@code volume}).
	 */
	public static <T> int[] inInputOrder(final List<T> inputs, final List<T> sorted, final int[] cluster, final ToLongFunction<T> id)
	{
		final Map<Long, Integer> clusterOfId = new java.util.HashMap<>(2 * inputs.size());
		for (int i = 0; i < sorted.size(); i++)
			clusterOfId.put(id.applyAsLong(sorted.get(i)), cluster[i]);
		final int[] out = new int[inputs.size()];
		for (int i = 0; i < out.length; i++)
			out[i] = clusterOfId.get(id.applyAsLong(inputs.get(i)));
		return out;
	}

	/** Records the seconds of {@code stage} since {@code start} (a {@link System#nanoTime()}) and returns now. */
	public static long lap(final Map<String, Double> seconds, final String stage, final long start)
	{
		final long now = System.nanoTime();
		seconds.put(stage, (now - start) / 1e9);
		return now;
	}
}
