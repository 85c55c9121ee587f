package io.github.smm.solve;

import java.util.Arrays;

/**
 * A small dense linear-program solver for the cutting-plane search: maximise {@code c·x} subject to
 * rows {@code a·x ≤ b} and bounds {@code l ≤ x ≤ u}, by the bounded dual simplex method on a compact
 * tableau. Written for this package because the search adds rows (cuts), columns (pairs a cut
 * mentions) and bound changes (branching) one at a time and re-optimises from the last basis, which
 * a from-scratch solver cannot do; and because it counts its work in a {@link WorkBudget}, so it
 * stops at the same pivot on every machine.
 * <p>
 * <b>State.</b> Every row has a slack {@code s = b − a·x ≥ 0}. The basic variables (one per row)
 * are kept as {@code x_B(i) = β_i − Σ_j T_ij·(x_N(j) − x̄_N(j))}, where {@code x̄_N} are the current
 * values of the nonbasic variables (each at one of its bounds) and {@code β_i} the current basic
 * values; {@code d_j} are the reduced costs ({@code c·x = const + Σ_j d_j·x_N(j)}). The basis is
 * <em>dual feasible</em> when every nonbasic variable at its lower bound has {@code d_j ≤ 0} and at
 * its upper bound {@code d_j ≥ 0}; it is then optimal once every {@code β_i} lies within its bounds.
 * A new column (a variable in no row yet) is dual feasible at the bound its cost points to, a new
 * row's slack is basic, and a changed bound of a nonbasic {@code [0, 1]} variable is met by putting
 * it at the bound its reduced cost points to: so the basis always stays dual feasible and each
 * re-optimisation is a handful of dual pivots.
 * <p>
 * <b>Dual simplex step.</b> Leave with the basic variable farthest outside its bounds (ties: lower
 * variable index); enter with the eligible column of smallest ratio {@code |d_j| / |T_rj|}, within a
 * Harris tolerance preferring the largest {@code |T_rj|} (ties: lower variable index). When no
 * column is eligible the row proves the program infeasible.
 * <p>
 * The bound that callers rely on is not taken from the tableau but recomputed from the original
 * rows: for any multipliers {@code y ≥ 0}, {@code b·y + Σ_v max over x_v in [l_v, u_v] of
 * (c_v − (Aᵀy)_v)·x_v} bounds the program from above (Lagrangian duality), so rounding in the
 * tableau can only weaken {@link #upperBound()}, never make it wrong.
 */
final class DualSimplex
{
	/** The outcome of {@link #solve}. */
	enum Status
	{
		OPTIMAL, INFEASIBLE, OUT_OF_WORK
	}

	private static final double PRIMAL_TOLERANCE = 1e-9, DUAL_TOLERANCE = 1e-9, PIVOT_TOLERANCE = 1e-9;

	/** Per variable (structural first as added, slacks as rows are added): bounds, cost, value if nonbasic, position. */
	private double[] lower = new double[16], upper = new double[16], cost = new double[16], value = new double[16];
	/** Row of a basic variable, or −1; column of a nonbasic one, or −1. */
	private int[] rowOf = new int[16], columnOf = new int[16];
	/** Whether a variable is a row's slack, and which row it belongs to (slacks only). */
	private int[] slackRow = new int[16];
	private int variables;

	/** Tableau rows (capacity ≥ columns), basic variable and value per row. */
	private double[][] tableau = new double[0][];
	private int[] basic = new int[16], slackOfRow = new int[16];
	private double[] beta = new double[16];
	private int rows;

	/** Nonbasic variable and reduced cost per column. */
	private int[] nonbasic = new int[16];
	private double[] reduced = new double[16];
	private int columns;

	/** The original rows, sparse: variables, coefficients, right-hand side. */
	private int[][] rowVariables = new int[16][];
	private double[][] rowCoefficients = new double[16][];
	private double[] rhs = new double[16];
	private long pivots;

	/** Adds a structural variable in no row yet; returns its index. */
	int addVariable(final double c, final double l, final double u)
	{
		final int v = newVariable(c, l, u, -1);
		if (columns == nonbasic.length)
		{
			nonbasic = Arrays.copyOf(nonbasic, 2 * columns);
			reduced = Arrays.copyOf(reduced, 2 * columns);
		}
		for (int i = 0; i < rows; i++)
			if (tableau[i].length == columns)
				tableau[i] = Arrays.copyOf(tableau[i], 2 * columns + 1);
		final int j = columns++;
		nonbasic[j] = v;
		reduced[j] = c;
		columnOf[v] = j;
		value[v] = c > 0 ? u : l;
		for (int i = 0; i < rows; i++)
			tableau[i][j] = 0;
		return v;
	}

	/** Adds the row {@code Σ coefficient·x ≤ b} over structural variables (its slack becomes basic). */
	void addRow(final int[] vars, final double[] coefficients, final double b)
	{
		final int s = newVariable(0, 0, Double.POSITIVE_INFINITY, rows);
		if (rows == basic.length)
		{
			basic = Arrays.copyOf(basic, 2 * rows);
			slackOfRow = Arrays.copyOf(slackOfRow, 2 * rows);
			beta = Arrays.copyOf(beta, 2 * rows);
			rhs = Arrays.copyOf(rhs, 2 * rows);
			rowVariables = Arrays.copyOf(rowVariables, 2 * rows);
			rowCoefficients = Arrays.copyOf(rowCoefficients, 2 * rows);
		}
		final double[] row = new double[Math.max(columns, 8)];
		double slack = b;
		for (int t = 0; t < vars.length; t++)
		{
			final int v = vars[t];
			final double a = coefficients[t];
			slack -= a * currentValue(v);
			if (rowOf[v] < 0)
				row[columnOf[v]] += a;
			else
			{
				final double[] other = tableau[rowOf[v]];
				for (int j = 0; j < columns; j++)
					row[j] -= a * other[j];
			}
		}
		if (rows == tableau.length)
			tableau = Arrays.copyOf(tableau, Math.max(16, 2 * rows));
		tableau[rows] = row;
		basic[rows] = s;
		slackOfRow[rows] = s;
		beta[rows] = slack;
		rhs[rows] = b;
		rowVariables[rows] = vars.clone();
		rowCoefficients[rows] = coefficients.clone();
		rowOf[s] = rows++;
	}

	private int newVariable(final double c, final double l, final double u, final int slackOfRow)
	{
		if (variables == lower.length)
		{
			final int n = 2 * variables;
			lower = Arrays.copyOf(lower, n);
			upper = Arrays.copyOf(upper, n);
			cost = Arrays.copyOf(cost, n);
			value = Arrays.copyOf(value, n);
			rowOf = Arrays.copyOf(rowOf, n);
			columnOf = Arrays.copyOf(columnOf, n);
			slackRow = Arrays.copyOf(slackRow, n);
		}
		final int v = variables++;
		lower[v] = l;
		upper[v] = u;
		cost[v] = c;
		rowOf[v] = -1;
		columnOf[v] = -1;
		slackRow[v] = slackOfRow;
		return v;
	}

	/** Changes the bounds of structural variable {@code v} (both finite), keeping the basis dual feasible. */
	void setBounds(final int v, final double l, final double u)
	{
		lower[v] = l;
		upper[v] = u;
		if (rowOf[v] >= 0)
			return;
		final int j = columnOf[v];
		final double target = l == u ? l : reduced[j] > DUAL_TOLERANCE ? u : reduced[j] < -DUAL_TOLERANCE ? l : Math.min(u, Math.max(l, value[v]));
		moveNonbasic(j, target);
	}

	/** Moves nonbasic column {@code j} to {@code target}, updating the basic values. */
	private void moveNonbasic(final int j, final double target)
	{
		final int v = nonbasic[j];
		final double delta = target - value[v];
		value[v] = target;
		if (delta != 0)
			for (int i = 0; i < rows; i++)
				beta[i] -= tableau[i][j] * delta;
	}

	/** Re-optimises from the current basis within {@code budget}. */
	Status solve(final WorkBudget budget)
	{
		while (true)
		{
			final int r = leavingRow();
			if (r < 0)
				return Status.OPTIMAL;
			if (budget.exhausted())
				return Status.OUT_OF_WORK;
			final int x = basic[r];
			final boolean up = beta[r] < lower[x];
			final int j = enteringColumn(r, up);
			if (j < 0)
				return Status.INFEASIBLE;
			pivot(r, j, up ? lower[x] : upper[x]);
			budget.spend((long) (rows + 1) * (columns + 1));
		}
	}

	private int leavingRow()
	{
		int best = -1;
		double worst = 0;
		for (int i = 0; i < rows; i++)
		{
			final int x = basic[i];
			final double below = lower[x] - beta[i], above = beta[i] - upper[x];
			final double infeasibility = Math.max(below - PRIMAL_TOLERANCE * (1 + Math.abs(lower[x])), above - PRIMAL_TOLERANCE * (1 + Math.abs(upper[x])));
			if (infeasibility > 0 && (best < 0 || infeasibility > worst || infeasibility == worst && x < basic[best]))
			{
				best = i;
				worst = infeasibility;
			}
		}
		return best;
	}

	/** The entering column for leaving row {@code r} whose variable must go {@code up} to its lower bound (or down to its upper); −1 if none. */
	private int enteringColumn(final int r, final boolean up)
	{
		final double[] t = tableau[r];
		double limit = Double.POSITIVE_INFINITY;
		for (int j = 0; j < columns; j++)
			if (eligible(j, t[j], up))
				limit = Math.min(limit, (Math.abs(reduced[j]) + DUAL_TOLERANCE) / Math.abs(t[j]));
		if (limit == Double.POSITIVE_INFINITY)
			return -1;
		int pick = -1;
		for (int j = 0; j < columns; j++)
			if (eligible(j, t[j], up) && Math.abs(reduced[j]) / Math.abs(t[j]) <= limit)
			{
				if (pick < 0 || Math.abs(t[j]) > Math.abs(t[pick]) || Math.abs(t[j]) == Math.abs(t[pick]) && nonbasic[j] < nonbasic[pick])
					pick = j;
			}
		return pick;
	}

	private boolean eligible(final int j, final double a, final boolean up)
	{
		final int v = nonbasic[j];
		if (lower[v] == upper[v] || Math.abs(a) <= PIVOT_TOLERANCE)
			return false;
		final boolean atLower = value[v] == lower[v];
		// the leaving variable x_r = β_r − a·Δx_j must rise (up) or fall; x_j may rise at its lower bound, fall at its upper
		return up ? atLower ? a < 0 : a > 0 : atLower ? a > 0 : a < 0;
	}

	/** Pivots column {@code k} into row {@code r}; the leaving variable goes to {@code bound}. */
	private void pivot(final int r, final int k, final double bound)
	{
		final double[] pr = tableau[r];
		final double p = pr[k];
		final int leaving = basic[r], entering = nonbasic[k];
		final double step = (beta[r] - bound) / p;
		for (int i = 0; i < rows; i++)
			if (i != r)
				beta[i] -= tableau[i][k] * step;
		beta[r] = value[entering] + step;
		for (int j = 0; j < columns; j++)
			pr[j] /= p;
		pr[k] = 1 / p;
		for (int i = 0; i < rows; i++)
		{
			if (i == r)
				continue;
			final double[] row = tableau[i];
			final double f = row[k];
			if (f == 0)
				continue;
			for (int j = 0; j < columns; j++)
				row[j] -= f * pr[j];
			row[k] = -f / p;
		}
		final double dk = reduced[k];
		for (int j = 0; j < columns; j++)
			reduced[j] -= dk * pr[j];
		reduced[k] = -dk / p;
		basic[r] = entering;
		rowOf[entering] = r;
		columnOf[entering] = -1;
		nonbasic[k] = leaving;
		columnOf[leaving] = k;
		rowOf[leaving] = -1;
		value[leaving] = bound;
		pivots++;
	}

	/** The current value of variable {@code v}. */
	double currentValue(final int v)
	{
		return rowOf[v] >= 0 ? beta[rowOf[v]] : value[v];
	}

	/** The objective at the current point. */
	double objective()
	{
		double z = 0;
		for (int v = 0; v < variables; v++)
			if (slackRow[v] < 0)
				z += cost[v] * currentValue(v);
		return z;
	}

	/**
	 * A proven upper bound on the program with the current bounds: the Lagrangian bound of the
	 * current row multipliers (clipped to ≥ 0), computed from the original rows. Equals the
	 * optimum, to rounding, when {@link #solve} returned {@link Status#OPTIMAL}.
	 */
	double upperBound()
	{
		final double[] y = new double[rows];
		double bound = 0;
		for (int i = 0; i < rows; i++)
		{
			final int s = basicOrSlack(i);
			y[i] = s < 0 ? 0 : Math.max(0, -reduced[columnOf[s]]);
			bound += rhs[i] * y[i];
		}
		final double[] priced = new double[variables];
		for (int v = 0; v < variables; v++)
			priced[v] = cost[v];
		for (int i = 0; i < rows; i++)
			if (y[i] > 0)
				for (int t = 0; t < rowVariables[i].length; t++)
					priced[rowVariables[i][t]] -= y[i] * rowCoefficients[i][t];
		for (int v = 0; v < variables; v++)
			if (slackRow[v] < 0)
				bound += priced[v] > 0 ? priced[v] * upper[v] : priced[v] * lower[v];
		return bound;
	}

	/** The slack of row {@code i} if it is nonbasic, else −1. */
	private int basicOrSlack(final int i)
	{
		final int s = slackOfRow[i];
		return rowOf[s] >= 0 ? -1 : s;
	}

	int rowCount()
	{
		return rows;
	}

	int columnCount()
	{
		return columns;
	}

	long pivots()
	{
		return pivots;
	}
}
