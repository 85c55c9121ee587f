package io.github.smm.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact solution of a component by branch and cut over the linear relaxation of the clique
 * partitioning program, within a {@link WorkBudget}.
 * <p>
 * <b>Program.</b> One variable {@code x_ab ∈ [0, 1]} ({@code 1} = together) per pair that is not a
 * cannot-link (those are 0 in every valid partition and have no variable); maximise
 * {@code Σ g_ab·x_ab}. It starts with the pairs of positive gain only; a pair of gain ≤ 0 gets its
 * variable when a cut mentions it. Without a variable a pair counts as 0, which can only raise the
 * optimum (its gain is ≤ 0), so every relaxation solved is an upper bound of the true optimum.
 * Gains are {@code max(w − λ, −μ)} for candidate pairs and {@code −min(λ, μ)} (per original pair)
 * for the others, whatever the problem's chain cost {@code μ ∈ [0, ∞]}
 * ({@link ClusteringProblem#chainCost()}): nothing below depends on which, only on every pair
 * without a variable having gain ≤ 0, which holds for {@code λ ≥ 0} and {@code μ ≥ 0}. The integral points satisfying all triangle
 * inequalities are exactly the partitions, so the program stays exact for every {@code μ}.
 * <p>
 * <b>Cuts</b> (only violated ones are added, at most {@link #maxCutsPerRound} per round, most
 * violated first): the 2-partition inequalities with one centre,
 *
 * <pre>
 * Σ_{s∈S} x_vs − Σ_{s&lt;t ∈ S} x_st ≤ 1      (v ∉ S, |S| ≥ 2)
 * </pre>
 *
 * valid for every partition: if {@code j} members of S share v's cluster the left side is
 * {@code j − j(j−1)/2 ≤ 1}, and the pairs among the other members only lower it. With |S| = 2 these
 * are the triangle inequalities, which alone make an integral point a partition; they are
 * separated exactly (every centre and pair of its support). Larger stars are grown greedily from
 * each centre's fractional support; they close the gap the triangles leave where cannot-links
 * abound (a blob of merged neighbours over several mutually exclusive cells), see
 * {@code docs/exact-solver.md}. Cuts are valid everywhere and stay in the program.
 * <p>
 * <b>Search.</b> The best partition known (the heuristics') is the incumbent. At each node the
 * relaxation is re-optimised and cut until no violated cut is found or the bound stalls; the node
 * is pruned when its proven bound ({@link DualSimplex#upperBound()}, valid whatever the rounding)
 * does not beat the incumbent, closed when its optimum is integral (a partition), and otherwise
 * rounded (pairs above ½ joined, then {@link KernighanLin} moves) and split on the most fractional
 * pair, the side it leans to first. Depth first; all ties by index, so the result depends only on
 * the component. When the budget runs out the incumbent is kept with the largest bound of the
 * unexplored nodes as its proven upper bound.
 */
final class CuttingPlaneSearch
{
	/** The outcome: the best labelling found (never worse than the start), its proven upper bound, and whether they meet. */
	static final class Outcome
	{
		final int[] label;
		final double upperBound;
		final boolean proven;
		/** Branch-and-bound nodes whose relaxation was solved (1: the root closed the gap). */
		final int nodes;

		Outcome(final int[] label, final double upperBound, final boolean proven, final int nodes)
		{
			this.label = label;
			this.upperBound = upperBound;
			this.proven = proven;
			this.nodes = nodes;
		}
	}

	private static final double VIOLATION = 1e-6, INTEGRAL = 1e-7;
	/** Rounds without a relative bound improvement of {@link #STALL} after which a node branches. */
	private static final int STALL_ROUNDS = 3;
	private static final double STALL = 1e-7;

	private final Component c;
	private final int k;
	private final double[] g;
	private final WorkBudget budget;
	private final DualSimplex lp = new DualSimplex();
	/** LP variable of pair a·k+b (a &lt; b), or −1. */
	private final int[] variableOf;
	/** Pair of each LP variable index (−1 for slacks). */
	private int[] pairOf = new int[64];
	private final Set<String> cuts = new HashSet<>();
	private final int maxCutsPerRound;
	private double incumbent;
	private int[] incumbentLabel;
	private boolean outOfWork;
	private int nodes;

	private CuttingPlaneSearch(final Component c, final int[] start, final WorkBudget budget)
	{
		this.c = c;
		k = c.size;
		g = c.denseGains();
		this.budget = budget;
		budget.spend((long) k * k);
		variableOf = new int[k * k];
		Arrays.fill(variableOf, -1);
		Arrays.fill(pairOf, -1);
		maxCutsPerRound = Math.max(50, 2 * k);
		incumbentLabel = start.clone();
		incumbent = c.objective(start);
		for (int a = 0; a < k; a++)
			for (int b = a + 1; b < k; b++)
				if (g[a * k + b] > 0)
					variable(a, b);
	}

	/** The best partition within the budget, starting from the valid labelling {@code start}. */
	static Outcome solve(final Component c, final int[] start, final WorkBudget budget)
	{
		final CuttingPlaneSearch s = new CuttingPlaneSearch(c, start, budget);
		final double open = s.node(Double.POSITIVE_INFINITY);
		final double bound = s.outOfWork ? Math.max(s.incumbent, open) : s.incumbent;
		return new Outcome(s.incumbentLabel, bound, !s.outOfWork || ComponentSolver.meetsBound(s.incumbent, bound), s.nodes);
	}

	/** The LP variable of pair {a, b}, created if needed (never for a cannot-link: returns −1). */
	private int variable(final int a, final int b)
	{
		final int p = a < b ? a * k + b : b * k + a;
		if (variableOf[p] < 0 && g[p] != Double.NEGATIVE_INFINITY)
		{
			final int v = lp.addVariable(g[p], 0, 1);
			if (v >= pairOf.length)
			{
				final int old = pairOf.length;
				pairOf = Arrays.copyOf(pairOf, Math.max(2 * old, v + 1));
				Arrays.fill(pairOf, old, pairOf.length, -1);
			}
			pairOf[v] = p;
			variableOf[p] = v;
		}
		return variableOf[p];
	}

	/**
	 * Solves the node under the current bounds; returns the largest bound of what it left
	 * unexplored ({@code −∞} when fully explored), or {@code parentBound} if it could not even start.
	 */
	private double node(final double parentBound)
	{
		nodes++;
		double bound = parentBound;
		double[] x;
		int branch;
		while (true)
		{
			bound = cutLoop(bound);
			if (outOfWork)
				return bound;
			if (bound == Double.NEGATIVE_INFINITY || !beats(bound))
				return Double.NEGATIVE_INFINITY;
			x = pairValues();
			branch = mostFractional(x);
			if (branch >= 0)
				break;
			// integral: a partition unless a triangle is still violated (the loop may have stalled)
			if (addViolatedCuts(x) == 0)
			{
				offer(labelsOf(x));
				return Double.NEGATIVE_INFINITY;
			}
		}
		offer(KernighanLin.improve(c, rounded(x)));
		final int v = variableOf[branch];
		final double first = x[branch] >= 0.5 ? 1 : 0;
		for (int side = 0; side < 2; side++)
		{
			final double fix = side == 0 ? first : 1 - first;
			lp.setBounds(v, fix, fix);
			final double open = node(bound);
			lp.setBounds(v, 0, 1);
			if (outOfWork)
				return side == 0 ? Math.max(open, bound) : open;
		}
		return Double.NEGATIVE_INFINITY;
	}

	private boolean beats(final double bound)
	{
		return bound > incumbent + 1e-9 * Math.max(1, Math.abs(incumbent));
	}

	/**
	 * Re-optimises and adds violated cuts until none is found, the bound stalls, or the node can be
	 * pruned; returns the node's proven bound ({@code −∞} if infeasible), or {@code parentBound} when
	 * the work ran out before a bound was known.
	 */
	private double cutLoop(final double parentBound)
	{
		double bound = parentBound;
		int stalled = 0;
		while (true)
		{
			final DualSimplex.Status status = lp.solve(budget);
			if (status == DualSimplex.Status.INFEASIBLE)
				return Double.NEGATIVE_INFINITY;
			if (status == DualSimplex.Status.OUT_OF_WORK)
			{
				outOfWork = true;
				return bound;
			}
			final double now = Math.min(bound, lp.upperBound());
			stalled = now > bound - STALL * Math.max(1, Math.abs(bound)) ? stalled + 1 : 0;
			bound = now;
			if (!beats(bound) || stalled >= STALL_ROUNDS)
				return bound;
			if (addViolatedCuts(pairValues()) == 0)
				return bound;
			if (budget.exhausted())
			{
				outOfWork = true;
				return bound;
			}
		}
	}

	/** The LP value of every pair as a symmetric {@code k × k} matrix (pairs without a variable: 0). */
	private double[] pairValues()
	{
		final double[] x = new double[k * k];
		for (int p = 0; p < k * k; p++)
			if (variableOf[p] >= 0)
			{
				final double v = Math.min(1, Math.max(0, lp.currentValue(variableOf[p])));
				x[p] = v;
				x[p % k * k + p / k] = v;
			}
		budget.spend((long) k * k);
		return x;
	}

	/** A violated cut found by separation: its violation and its members (centre first, then S ascending). */
	private static final class Cut
	{
		final double violation;
		final int[] members;
		final String key;

		Cut(final double violation, final int[] members)
		{
			this.violation = violation;
			this.members = members;
			key = Arrays.toString(members);
		}
	}

	/** Separates triangles and stars on {@code x}; adds the most violated new ones; returns how many were added. */
	private int addViolatedCuts(final double[] x)
	{
		final List<Cut> found = new ArrayList<>();
		final int[] support = new int[k];
		for (int v = 0; v < k; v++)
		{
			int n = 0;
			for (int u = 0; u < k; u++)
				if (u != v && x[v * k + u] > VIOLATION)
					support[n++] = u;
			triangles(v, support, n, x, found);
			star(v, support, n, x, found);
			budget.spend((long) n * n + k);
		}
		found.sort((a, b) -> a.violation != b.violation ? Double.compare(b.violation, a.violation) : a.key.compareTo(b.key));
		int added = 0;
		for (final Cut cut : found)
		{
			if (added == maxCutsPerRound)
				break;
			if (cuts.add(cut.key))
			{
				addRow(cut.members);
				added++;
			}
		}
		return added;
	}

	private void triangles(final int v, final int[] support, final int n, final double[] x, final List<Cut> found)
	{
		for (int i = 0; i < n; i++)
			for (int j = i + 1; j < n; j++)
			{
				final int s = support[i], t = support[j];
				final double violation = x[v * k + s] + x[v * k + t] - x[s * k + t] - 1;
				if (violation > VIOLATION)
					found.add(new Cut(violation, new int[] { v, s, t }));
			}
	}

	/** Grows S from the support of {@code v}, largest {@code x_vs} first, while each member raises the left side. */
	private void star(final int v, final int[] support, final int n, final double[] x, final List<Cut> found)
	{
		final Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++)
			order[i] = support[i];
		Arrays.sort(order, (a, b) -> x[v * k + a] != x[v * k + b] ? Double.compare(x[v * k + b], x[v * k + a]) : Integer.compare(a, b));
		final int[] members = new int[n + 1];
		int size = 0;
		double lhs = 0;
		for (final int u : order)
		{
			double gain = x[v * k + u];
			for (int i = 0; i < size; i++)
				gain -= x[u * k + members[i + 1]];
			if (gain > VIOLATION)
			{
				members[++size] = u;
				lhs += gain;
			}
		}
		if (size < 3 || lhs - 1 <= VIOLATION)
			return;
		members[0] = v;
		Arrays.sort(members, 1, size + 1);
		found.add(new Cut(lhs - 1, Arrays.copyOf(members, size + 1)));
	}

	/** Adds {@code Σ_s x_vs − Σ_{s<t} x_st ≤ 1} over the centre {@code m[0]} and S = the rest; cannot-link pairs are 0 and left out. */
	private void addRow(final int[] m)
	{
		final int v = m[0];
		final List<Integer> vars = new ArrayList<>();
		final List<Double> coefficients = new ArrayList<>();
		for (int i = 1; i < m.length; i++)
		{
			final int x = variable(v, m[i]);
			if (x >= 0)
			{
				vars.add(x);
				coefficients.add(1.0);
			}
			for (int j = i + 1; j < m.length; j++)
			{
				final int y = variable(m[i], m[j]);
				if (y >= 0)
				{
					vars.add(y);
					coefficients.add(-1.0);
				}
			}
		}
		final int[] vs = new int[vars.size()];
		final double[] cs = new double[vs.length];
		for (int i = 0; i < vs.length; i++)
		{
			vs[i] = vars.get(i);
			cs[i] = coefficients.get(i);
		}
		lp.addRow(vs, cs, 1);
		budget.spend((long) vs.length * (lp.columnCount() + 1));
	}

	/** The pair whose value is nearest ½ (ties: lower pair index), or −1 when all are integral. */
	private int mostFractional(final double[] x)
	{
		int best = -1;
		double distance = 0.5 - INTEGRAL;
		for (int a = 0; a < k; a++)
			for (int b = a + 1; b < k; b++)
			{
				final double d = Math.abs(x[a * k + b] - 0.5);
				if (d < distance)
				{
					distance = d;
					best = a * k + b;
				}
			}
		return best;
	}

	/** Labels of an integral point (transitive: no triangle is violated). */
	private int[] labelsOf(final double[] x)
	{
		final int[] label = new int[k];
		for (int a = 0; a < k; a++)
		{
			label[a] = a;
			for (int b = 0; b < a; b++)
				if (x[a * k + b] > 0.5)
				{
					label[a] = label[b];
					break;
				}
		}
		return label;
	}

	/** The components of the pairs above ½, split where they would join a cannot-link (each vertex then stays alone). */
	private int[] rounded(final double[] x)
	{
		final int[] label = labelsOf(x);
		if (c.objective(label) != Double.NEGATIVE_INFINITY)
			return label;
		final int[] alone = new int[k];
		for (int a = 0; a < k; a++)
			alone[a] = a;
		return alone;
	}

	/** Keeps {@code label} when it is valid and strictly better than the incumbent. */
	private void offer(final int[] label)
	{
		final double value = c.objective(label);
		if (value > incumbent + 1e-12 * Math.max(1, Math.abs(incumbent)))
		{
			incumbent = value;
			incumbentLabel = label.clone();
		}
	}
}
