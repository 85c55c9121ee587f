package io.github.smm.solve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ojalgo.OjAlgoUtils;
import org.ojalgo.netio.BasicLogger;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Exact solution of a component as an integer program (ojAlgo 45), with triangle inequalities
 * added lazily as cutting planes.
 * <p>
 * A binary {@code x_ab} ({@code 1} = same cluster) per pair that is not a cannot-link (cannot-link
 * pairs are fixed to 0 and get no variable); objective: maximise {@code Σ (w_ab − λ) x_ab}. A 0/1
 * vector is a partition exactly when every triple {a, b, c} satisfies all three triangle
 * inequalities {@code x_ab + x_ac − x_bc ≤ 1}, {@code x_ab + x_bc − x_ac ≤ 1},
 * {@code x_ac + x_bc − x_ab ≤ 1} (one per choice of the centre vertex).
 * <p>
 * The model starts with only the positive-gain variables and no constraint; its optimum (all
 * positive-gain pairs together) needs no solver. Each round scans <em>every</em> triple of the
 * current integer solution: a triple with exactly two of its pairs together violates the
 * inequality centred on their common vertex, whichever of the three that is, and that inequality
 * is added (creating the variable of the third pair if needed); then the model is solved again.
 * The loop ends when no triple violates any of its three inequalities. Adding only the violated
 * rotation keeps the model about three times smaller than adding all three at once, which matters
 * because ojAlgo 45 switches to a far slower sparse simplex as the model grows (measured: a
 * 28-vertex component took 20 s with all three rotations per violated triple, 0.6 s without).
 * <p>
 * Why this is exact: a pair without a variable has gain {@code ≤ 0}, so leaving it free costs the
 * model nothing; every round's model is therefore a relaxation whose optimum bounds the true
 * optimum from above, and the last round's solution is a partition attaining that bound. Each
 * round builds a fresh model: ojAlgo's presolve fixes variables inside a solved model, so
 * re-solving a model after adding constraints can report it infeasible.
 */
final class TriangleIlp
{
	/** Outcome: the labelling (null unless solved), whether time ran out, and the best proven bound. */
	static final class Outcome
	{
		final int[] label;
		final boolean timedOut;
		final double upperBound;

		Outcome(final int[] label, final boolean timedOut, final double upperBound)
		{
			this.label = label;
			this.timedOut = timedOut;
			this.upperBound = upperBound;
		}
	}

	private static final double MIP_GAP = 1e-9;
	private static final int MAX_ROUNDS = 10_000;
	/** A triangle inequality counts as violated when its left side exceeds 1 by more than this. */
	private static final double VIOLATION = 1e-6;

	static
	{
		// ojAlgo's first use prints a hardware-profile notice to standard output; keep it quiet.
		final BasicLogger.Printer saved = BasicLogger.DEBUG;
		BasicLogger.DEBUG = BasicLogger.NULL;
		try
		{
			OjAlgoUtils.ENVIRONMENT.hashCode();
		}
		finally
		{
			BasicLogger.DEBUG = saved;
		}
	}

	private final int k;
	private final double[] g;
	private final long deadline;
	/** Pairs {@code a*k+b} (a < b) that have a variable, in creation order. */
	private final List<Integer> pairs = new ArrayList<>();
	private final boolean[] hasVariable;
	/**
	 * Triangle inequalities in the model, in order of addition, each as
	 * {@code (centre*k + q)*k + r} with {@code q < r}: {@code x_centre,q + x_centre,r − x_qr ≤ 1}.
	 */
	private final Set<Long> inequalities = new LinkedHashSet<>();
	/** Optimum of the last round's model: an upper bound on the component's optimum. */
	private double lastValue;

	private TriangleIlp(final Component c, final long deadline)
	{
		k = c.size;
		g = c.denseGains();
		this.deadline = deadline;
		hasVariable = new boolean[k * k];
		for (int a = 0; a < k; a++)
			for (int b = a + 1; b < k; b++)
				if (g[a * k + b] > 0)
					ensureVariable(a, b);
	}

	/** Solves the component within {@code seconds}. */
	static Outcome solve(final Component c, final double seconds)
	{
		final TriangleIlp ilp = new TriangleIlp(c, System.nanoTime() + (long) (seconds * 1e9));
		double bound = c.positiveGainBound();
		// Round 0 needs no solver: with no constraint the optimum takes exactly the positive-gain pairs.
		double[] x = new double[ilp.k * ilp.k];
		for (int i = 0; i < x.length; i++)
			x[i] = ilp.g[i] > 0 ? 1 : 0;
		try
		{
			for (int round = 0;; round++)
			{
				final int known = ilp.inequalities.size();
				if (ilp.addViolatedInequalities(x) == 0)
					return new Outcome(ilp.labels(x), false, bound);
				if (ilp.inequalities.size() == known || round == MAX_ROUNDS)
					return new Outcome(null, false, bound); // the solver broke its own constraints
				x = ilp.solveRound();
				if (x == null)
					return new Outcome(null, ilp.expired(), bound);
				bound = Math.min(bound, ilp.lastValue);
			}
		}
		catch (final SolverDeadline.Expired e)
		{
			return new Outcome(null, true, bound);
		}
	}

	private boolean expired()
	{
		return System.nanoTime() - deadline >= 0;
	}

	/**
	 * Builds a fresh model and solves it; returns the pair values as a symmetric matrix (absent and
	 * cannot-link pairs 0), or {@code null} when the solve did not end optimal.
	 */
	private double[] solveRound()
	{
		final long left = deadline - System.nanoTime();
		if (left <= 0)
			throw new SolverDeadline.Expired();
		final Optimisation.Options options = new Optimisation.Options();
		options.mip_gap = MIP_GAP;
		options.time_abort = Math.max(1, left / 1_000_000);
		SolverDeadline.install(options, deadline);
		final ExpressionsBasedModel model = new ExpressionsBasedModel(options);
		final Variable[] x = new Variable[k * k];
		for (final int pair : pairs)
		{
			x[pair] = Variable.makeBinary("x" + pair / k + "_" + pair % k).weight(g[pair]);
			model.addVariable(x[pair]);
		}
		for (final long t : inequalities)
			addInequality(model, x, (int) (t / k / k), (int) (t / k % k), (int) (t % k));
		final Optimisation.Result r;
		try
		{
			r = model.maximise();
		}
		catch (final RuntimeException e)
		{
			if (expired())
				throw new SolverDeadline.Expired();
			throw e;
		}
		if (!r.getState().isOptimal())
			return null;
		lastValue = r.getValue();
		final double[] value = new double[k * k];
		for (final int pair : pairs)
			value[pair] = value[pair % k * k + pair / k] = r.doubleValue(model.indexOf(x[pair]));
		return value;
	}

	/**
	 * Scans every triple for violated inequalities (left side above 1 by more than a rounding
	 * tolerance) and adds those not yet in the model; returns how many were violated.
	 */
	private int addViolatedInequalities(final double[] x)
	{
		int violated = 0;
		for (int a = 0; a < k; a++)
			for (int b = a + 1; b < k; b++)
				for (int d = b + 1; d < k; d++)
				{
					final double ab = x[a * k + b], ad = x[a * k + d], bd = x[b * k + d];
					violated += addIfViolated(ab + ad - bd, a, b, d);
					violated += addIfViolated(ab + bd - ad, b, a, d);
					violated += addIfViolated(ad + bd - ab, d, a, b);
				}
		return violated;
	}

	/** Adds {@code x_centre,q + x_centre,r − x_qr ≤ 1} (q &lt; r) if {@code lhs} violates it and it is new; returns 1 if violated. */
	private int addIfViolated(final double lhs, final int centre, final int q, final int r)
	{
		if (lhs <= 1 + VIOLATION)
			return 0;
		if (inequalities.add(((long) centre * k + q) * k + r))
			ensureVariable(q, r);
		return 1;
	}

	/** {@code x_pq + x_pr − x_qr ≤ 1}: if p is with q and with r, then q is with r. Cannot-link pairs are constant 0. */
	private void addInequality(final ExpressionsBasedModel model, final Variable[] x, final int p, final int q, final int r)
	{
		final Variable pq = x[pair(p, q)], pr = x[pair(p, r)], qr = x[pair(q, r)];
		if (pq == null || pr == null)
			return;
		final Expression e = model.addExpression().upper(1);
		e.set(pq, 1);
		e.set(pr, 1);
		if (qr != null)
			e.set(qr, -1);
	}

	private int pair(final int a, final int b)
	{
		return a < b ? a * k + b : b * k + a;
	}

	/** Gives pair {a, b} a variable unless it is a cannot-link (fixed 0). */
	private void ensureVariable(final int a, final int b)
	{
		final int p = pair(a, b);
		if (!hasVariable[p] && g[p] != Double.NEGATIVE_INFINITY)
		{
			hasVariable[p] = true;
			pairs.add(p);
		}
	}

	/** Cluster labels from a transitive "together" relation: each vertex takes its first partner's label. */
	private int[] labels(final double[] x)
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
}
