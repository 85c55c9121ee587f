package io.github.smm.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The dual simplex against ojAlgo's LP solver (an independent implementation) on random bounded
 * programs, re-optimised after every added row, added column and bound change, as the
 * cutting-plane search uses it.
 */
class DualSimplexTest
{
	@Test
	void matchesAnIndependentSolverAfterEveryChange()
	{
		final Random r = new Random(7);
		int checks = 0, infeasible = 0;
		for (int t = 0; t < 150; t++)
		{
			final Lp lp = new Lp(r, 3 + r.nextInt(12));
			for (int step = 0; step < 25; step++)
			{
				final double change = r.nextDouble();
				if (change < 0.6)
					lp.addRandomRow(r);
				else if (change < 0.75)
					lp.addColumn(r.nextDouble() * 2 - 1.3);
				else
					lp.changeRandomBound(r);
				final DualSimplex.Status status = lp.simplex.solve(new WorkBudget(Long.MAX_VALUE));
				final Double reference = lp.reference();
				if (reference == null)
				{
					assertEquals(DualSimplex.Status.INFEASIBLE, status, "program " + t + " step " + step);
					infeasible++;
					lp.relaxAll(); // x = 0 satisfies every row again
					assertEquals(DualSimplex.Status.OPTIMAL, lp.simplex.solve(new WorkBudget(Long.MAX_VALUE)));
					continue;
				}
				assertEquals(DualSimplex.Status.OPTIMAL, status, "program " + t + " step " + step);
				assertEquals(reference, lp.simplex.objective(), 1e-7, "program " + t + " step " + step);
				assertEquals(reference, lp.simplex.upperBound(), 1e-7, "the Lagrangian bound at the optimum");
				lp.checkFeasible();
				checks++;
			}
		}
		System.out.printf("DualSimplexTest: %d optima checked, %d infeasible programs recognised%n", checks, infeasible);
		assertTrue(checks > 2500 && infeasible > 5);
	}

	@Test
	void outOfWorkStopsAtTheSamePivotEveryTime()
	{
		final long[] pivots = new long[3];
		for (int run = 0; run < 3; run++)
		{
			final Random r = new Random(3);
			final Lp lp = new Lp(r, 40);
			for (int i = 0; i < 60; i++)
				lp.addRandomRow(r);
			assertEquals(DualSimplex.Status.OUT_OF_WORK, lp.simplex.solve(new WorkBudget(20_000)));
			pivots[run] = lp.simplex.pivots();
			// a bound from any multipliers stays valid
			assertTrue(lp.simplex.upperBound() >= lp.reference() - 1e-7);
		}
		assertTrue(pivots[0] > 0);
		assertEquals(pivots[0], pivots[1]);
		assertEquals(pivots[0], pivots[2]);
	}

	/** A program kept twice: in the solver under test and as plain data for the reference. */
	private static final class Lp
	{
		final DualSimplex simplex = new DualSimplex();
		int n;
		double[] cost = new double[0], lower = new double[0], upper = new double[0];
		int[] index = new int[0];
		final java.util.List<int[]> rowVars = new java.util.ArrayList<>();
		final java.util.List<double[]> rowCoefs = new java.util.ArrayList<>();
		final java.util.List<Double> rhs = new java.util.ArrayList<>();

		Lp(final Random r, final int variables)
		{
			for (int j = 0; j < variables; j++)
				addColumn(r.nextDouble() * 2 - 0.7);
		}

		void addColumn(final double c)
		{
			cost = java.util.Arrays.copyOf(cost, n + 1);
			lower = java.util.Arrays.copyOf(lower, n + 1);
			upper = java.util.Arrays.copyOf(upper, n + 1);
			index = java.util.Arrays.copyOf(index, n + 1);
			cost[n] = c;
			upper[n] = 1;
			index[n] = simplex.addVariable(c, 0, 1);
			n++;
		}

		void addRandomRow(final Random r)
		{
			final int size = Math.min(n, 2 + r.nextInt(4));
			final int[] vars = new int[size];
			final double[] coefs = new double[size];
			final java.util.Set<Integer> used = new java.util.HashSet<>();
			for (int t = 0; t < size; t++)
			{
				int j;
				do
					j = r.nextInt(n);
				while (!used.add(j));
				vars[t] = j;
				coefs[t] = r.nextDouble() < 0.3 ? -1 : r.nextDouble() < 0.5 ? 1 : 0.5 + r.nextDouble();
			}
			final double b = 0.5 + 1.5 * r.nextDouble();
			rowVars.add(vars);
			rowCoefs.add(coefs);
			rhs.add(b);
			final int[] mapped = new int[size];
			for (int t = 0; t < size; t++)
				mapped[t] = index[vars[t]];
			simplex.addRow(mapped, coefs, b);
		}

		void changeRandomBound(final Random r)
		{
			final int j = r.nextInt(n);
			final double v = r.nextDouble() < 0.5 ? 0 : 1;
			if (lower[j] == upper[j] && r.nextBoolean())
				setBounds(j, 0, 1);
			else
				setBounds(j, v, v);
		}

		void relaxAll()
		{
			for (int j = 0; j < n; j++)
				setBounds(j, 0, 1);
		}

		private void setBounds(final int j, final double l, final double u)
		{
			lower[j] = l;
			upper[j] = u;
			simplex.setBounds(index[j], l, u);
		}

		/** The optimum by ojAlgo, or null when infeasible. */
		Double reference()
		{
			final ExpressionsBasedModel m = new ExpressionsBasedModel();
			final Variable[] x = new Variable[n];
			for (int j = 0; j < n; j++)
				x[j] = m.addVariable("x" + j).lower(lower[j]).upper(upper[j]).weight(cost[j]);
			for (int i = 0; i < rowVars.size(); i++)
			{
				final Expression e = m.addExpression("r" + i).upper(rhs.get(i));
				for (int t = 0; t < rowVars.get(i).length; t++)
					e.set(x[rowVars.get(i)[t]], rowCoefs.get(i)[t]);
			}
			final Optimisation.Result res = m.maximise();
			return res.getState().isFeasible() ? res.getValue() : null;
		}

		void checkFeasible()
		{
			for (int j = 0; j < n; j++)
			{
				final double v = simplex.currentValue(index[j]);
				assertTrue(v >= lower[j] - 1e-7 && v <= upper[j] + 1e-7, "x" + j + " = " + v);
			}
			for (int i = 0; i < rowVars.size(); i++)
			{
				double lhs = 0;
				for (int t = 0; t < rowVars.get(i).length; t++)
					lhs += rowCoefs.get(i)[t] * simplex.currentValue(index[rowVars.get(i)[t]]);
				assertTrue(lhs <= rhs.get(i) + 1e-7, "row " + i + ": " + lhs + " > " + rhs.get(i));
			}
		}
	}
}
