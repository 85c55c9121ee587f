package io.github.smm.solve;

import java.util.Arrays;

/**
 * A correlation-clustering instance: vertices {@code 0..n-1}, candidate edges with weights
 * {@code w}, a merge cost {@code λ} (lambda) and a cannot-link threshold {@code γ} (gamma).
 * <p>
 * A partition of the vertices is scored by
 *
 * <pre>
 * objective = Σ over pairs {i,j} inside one cluster of max(w_ij − λ, −μ)
 * </pre>
 *
 * where {@code w_ij = 0} for pairs that are not candidate edges and {@code μ ∈ [0, ∞]} is the
 * <em>chain cost</em> ({@link #chainCost()}): the most one pair that is no cannot-link costs. With
 * {@code μ = ∞} (the default, the published objective) every pair inside a cluster adds
 * {@code w_ij − λ}: putting two unrelated vertices together costs {@code λ}, so a chain A–B–C whose
 * ends are not candidates of each other pays {@code λ} for A–C. A finite {@code μ} lets clusters
 * chain through strongly attracting pairs at a price of at most {@code μ} per distant or weakly
 * related pair; at {@code μ = 0} chaining is free and only cannot-links keep the members of an
 * attracting chain apart. (With weights {@code ≥ 0}, as the merge makes them, {@code μ = λ} is the
 * same objective as {@code μ = ∞}.) A candidate <em>edge</em> with {@code w_ij < γ} is a <b>cannot-link</b>:
 * its endpoints must never share a cluster. Pairs that are not edges are never cannot-links; they
 * only cost {@code min(λ, μ)}. A partition is <em>valid</em> when it respects every cannot-link.
 * <p>
 * Inputs are validated: {@code n ≥ 0}; every edge has two distinct endpoints in range (given in
 * either order; stored smaller endpoint first); no pair appears twice; weights, {@code λ} and
 * {@code γ} are finite; {@code μ ≥ 0} (or {@code +∞}); and {@code λ ≥ 0} — with a negative {@code λ} every one of the
 * {@code n²/2} unrelated pairs would attract and the problem would no longer be sparse.
 * Instances are immutable.
 */
public final class ClusteringProblem
{
	private final int n;
	private final int[] edgeI, edgeJ;
	private final double[] weight;
	private final double lambda, gamma, chainCost;
	/** Per edge: may it be a cannot-link at all (null: every edge may). */
	private final boolean[] mayCannotLink;
	/** Adjacency in compressed rows: vertex v's neighbours are {@code neighbour[start[v] .. start[v+1])}, ascending. */
	private final int[] start, neighbour, edgeAt;

	/**
	 * @param n number of vertices
	 * @param edgeI first endpoint of each candidate edge
	 * @param edgeJ second endpoint of each candidate edge
	 * @param weight weight {@code w} of each candidate edge
	 * @param lambda cost {@code λ ≥ 0} of every pair placed in one cluster
	 * @param gamma edges with {@code w < γ} are cannot-links
	 * @throws InvalidProblemException naming the offending edge or value
	 */
	public ClusteringProblem(final int n, final int[] edgeI, final int[] edgeJ, final double[] weight, final double lambda, final double gamma)
	{
		this(n, edgeI, edgeJ, weight, lambda, gamma, null);
	}

	/**
	 * As {@link #ClusteringProblem(int, int[], int[], double[], double, double)}, but only edges
	 * with {@code mayCannotLink[k]} become cannot-links when {@code w < γ}; the others are scored
	 * like any pair. Used for pairs whose weight carries no evidence that they are distinct
	 * objects (two fragments from tiles that share no region).
	 *
	 * @param mayCannotLink one flag per edge, or {@code null} for all
	 */
	public ClusteringProblem(final int n, final int[] edgeI, final int[] edgeJ, final double[] weight, final double lambda, final double gamma, final boolean[] mayCannotLink)
	{
		this(n, edgeI, edgeJ, weight, lambda, gamma, mayCannotLink, Double.POSITIVE_INFINITY);
	}

	/**
	 * As {@link #ClusteringProblem(int, int[], int[], double[], double, double, boolean[])}, with
	 * a chain cost {@code μ}: no pair inside a cluster that is not a cannot-link costs more than
	 * {@code μ}.
	 *
	 * @param chainCost the chain cost {@code μ ≥ 0}; {@code +∞}: nothing is capped, the published objective
	 * @throws InvalidProblemException naming the offending edge or value
	 */
	public ClusteringProblem(final int n, final int[] edgeI, final int[] edgeJ, final double[] weight, final double lambda, final double gamma, final boolean[] mayCannotLink,
			final double chainCost)
	{
		if (mayCannotLink != null && mayCannotLink.length != edgeI.length)
			throw new InvalidProblemException("cannot-link flags: " + mayCannotLink.length + " for " + edgeI.length + " edges");
		this.mayCannotLink = mayCannotLink == null ? null : mayCannotLink.clone();
		if (n < 0)
			throw new InvalidProblemException("vertex count must be ≥ 0, was " + n);
		if (edgeI.length != edgeJ.length || edgeI.length != weight.length)
			throw new InvalidProblemException("edge arrays differ in length: " + edgeI.length + " first endpoints, " + edgeJ.length + " second endpoints, " + weight.length + " weights");
		if (!Double.isFinite(lambda) || lambda < 0)
			throw new InvalidProblemException("lambda must be finite and ≥ 0, was " + lambda);
		if (!Double.isFinite(gamma))
			throw new InvalidProblemException("gamma must be finite, was " + gamma);
		if (!(chainCost >= 0))
			throw new InvalidProblemException("chain cost (the most a pair in one cluster may cost) must be ≥ 0 or +∞, was " + chainCost);
		this.chainCost = chainCost;
		this.n = n;
		this.lambda = lambda;
		this.gamma = gamma;
		final int m = edgeI.length;
		this.edgeI = new int[m];
		this.edgeJ = new int[m];
		this.weight = weight.clone();
		for (int k = 0; k < m; k++)
		{
			final int i = edgeI[k], j = edgeJ[k];
			if (i < 0 || i >= n || j < 0 || j >= n)
				throw new InvalidProblemException("edge " + k + " (" + i + ", " + j + "): endpoint outside 0.." + (n - 1));
			if (i == j)
				throw new InvalidProblemException("edge " + k + " (" + i + ", " + j + "): both endpoints are the same vertex");
			if (!Double.isFinite(weight[k]))
				throw new InvalidProblemException("edge " + k + " (" + i + ", " + j + "): weight is not finite: " + weight[k]);
			this.edgeI[k] = Math.min(i, j);
			this.edgeJ[k] = Math.max(i, j);
		}
		start = new int[n + 1];
		neighbour = new int[2 * m];
		edgeAt = new int[2 * m];
		buildAdjacency();
	}

	private void buildAdjacency()
	{
		final int m = edgeI.length;
		for (int k = 0; k < m; k++)
		{
			start[edgeI[k] + 1]++;
			start[edgeJ[k] + 1]++;
		}
		for (int v = 0; v < n; v++)
			start[v + 1] += start[v];
		final long[] packed = new long[2 * m];
		final int[] fill = Arrays.copyOf(start, n);
		for (int k = 0; k < m; k++)
		{
			packed[fill[edgeI[k]]++] = (long) edgeJ[k] << 32 | k;
			packed[fill[edgeJ[k]]++] = (long) edgeI[k] << 32 | k;
		}
		// edges given in order (smaller endpoint, then larger: as the candidate search lists them) fill every row in order already
		final boolean ordered = edgesInOrder();
		for (int v = 0; v < n; v++)
		{
			if (!ordered)
				Arrays.sort(packed, start[v], start[v + 1]);
			for (int p = start[v]; p < start[v + 1]; p++)
			{
				neighbour[p] = (int) (packed[p] >>> 32);
				edgeAt[p] = (int) packed[p];
				if (p > start[v] && neighbour[p] == neighbour[p - 1])
					throw new InvalidProblemException("edge " + Math.max(edgeAt[p], edgeAt[p - 1]) + " (" + edgeI[edgeAt[p]] + ", " + edgeJ[edgeAt[p]] + ") repeats edge " + Math.min(edgeAt[p], edgeAt[p - 1]));
			}
		}
	}

	private boolean edgesInOrder()
	{
		for (int k = 1; k < edgeI.length; k++)
			if (edgeI[k] < edgeI[k - 1] || edgeI[k] == edgeI[k - 1] && edgeJ[k] <= edgeJ[k - 1])
				return false;
		return true;
	}

	/** Number of vertices. */
	public int size()
	{
		return n;
	}

	/** Number of candidate edges. */
	public int edgeCount()
	{
		return edgeI.length;
	}

	/** Smaller endpoint of edge {@code k}. */
	public int edgeI(final int k)
	{
		return edgeI[k];
	}

	/** Larger endpoint of edge {@code k}. */
	public int edgeJ(final int k)
	{
		return edgeJ[k];
	}

	/** Weight of edge {@code k}. */
	public double weight(final int k)
	{
		return weight[k];
	}

	/** The merge cost {@code λ}. */
	public double lambda()
	{
		return lambda;
	}

	/** The chain cost {@code μ}: the most a pair inside one cluster that is not a cannot-link costs ({@code +∞} by default: no cap). */
	public double chainCost()
	{
		return chainCost;
	}

	/** What edge {@code k} adds when its endpoints share a cluster: {@code max(w − λ, −μ)}, {@code −∞} for a cannot-link. */
	public double gain(final int k)
	{
		return isCannotLink(k) ? Double.NEGATIVE_INFINITY : Math.max(weight[k] - lambda, -chainCost);
	}

	/** What a pair that is no candidate edge adds when it shares a cluster: {@code −min(λ, μ)}. */
	public double nonCandidateGain()
	{
		return -Math.min(lambda, chainCost);
	}

	/** The cannot-link threshold {@code γ}. */
	public double gamma()
	{
		return gamma;
	}

	/** True when edge {@code k} is a cannot-link ({@code w < γ}, and allowed to be one). */
	public boolean isCannotLink(final int k)
	{
		return weight[k] < gamma && (mayCannotLink == null || mayCannotLink[k]);
	}

	/** The index of the edge between {@code i} and {@code j}, or {@code -1} when they are not a candidate edge. */
	public int edgeIndex(final int i, final int j)
	{
		final int p = Arrays.binarySearch(neighbour, start[i], start[i + 1], j);
		return p >= 0 ? edgeAt[p] : -1;
	}

	/**
	 * The objective of a partition given as one cluster label per vertex (any ints; equal label =
	 * same cluster). Cannot-links are not checked here (a cannot-link inside counts as its capped
	 * weight, not {@code −∞}): see {@link #respectsCannotLinks}.
	 */
	public double objective(final int[] clusterOf)
	{
		requireLabelling(clusterOf);
		double sum = 0;
		long inside = 0;
		for (int k = 0; k < edgeI.length; k++)
			if (clusterOf[edgeI[k]] == clusterOf[edgeJ[k]])
			{
				sum += chainCost == Double.POSITIVE_INFINITY ? weight[k] : Math.max(weight[k] - lambda, -chainCost);
				inside++;
			}
		if (chainCost == Double.POSITIVE_INFINITY)
			return sum - lambda * pairsInClusters(clusterOf); // the published form, to the last bit
		return sum + nonCandidateGain() * (pairsInClusters(clusterOf) - inside);
	}

	/** Σ over clusters of size·(size − 1)/2: counted directly for labels in {@code [0, n)}, sorted otherwise. */
	private static long pairsInClusters(final int[] clusterOf)
	{
		final int n = clusterOf.length;
		long pairs = 0;
		boolean small = true;
		for (final int c : clusterOf)
			small &= c >= 0 && c < n;
		if (small)
		{
			final int[] size = new int[n];
			for (final int c : clusterOf)
				pairs += size[c]++;
			return pairs;
		}
		final int[] sorted = clusterOf.clone();
		Arrays.sort(sorted);
		for (int a = 0, b; a < n; a = b)
		{
			for (b = a + 1; b < n && sorted[b] == sorted[a];)
				b++;
			pairs += (long) (b - a) * (b - a - 1) / 2;
		}
		return pairs;
	}

	/** True when no cannot-link edge has both endpoints in one cluster. */
	public boolean respectsCannotLinks(final int[] clusterOf)
	{
		requireLabelling(clusterOf);
		for (int k = 0; k < edgeI.length; k++)
			if (isCannotLink(k) && clusterOf[edgeI[k]] == clusterOf[edgeJ[k]])
				return false;
		return true;
	}

	private void requireLabelling(final int[] clusterOf)
	{
		if (clusterOf.length != n)
			throw new IllegalArgumentException("partition labels " + clusterOf.length + " vertices, problem has " + n);
	}

	int adjacencyStart(final int v)
	{
		return start[v];
	}

	int adjacencyEnd(final int v)
	{
		return start[v + 1];
	}

	int neighbourAt(final int p)
	{
		return neighbour[p];
	}

	int edgeAt(final int p)
	{
		return edgeAt[p];
	}
}
