package io.github.smm.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * What every solver setting must satisfy. Each subclass supplies only the settings.
 * <ul>
 * <li>the result is a valid partition in canonical form and respects every cannot-link;</li>
 * <li>its objective and component reports are consistent with the problem;</li>
 * <li>it is deterministic, does not depend on vertex numbering or edge order, nor on the number
 * of threads.</li>
 * </ul>
 * Random weights are continuous, so optima are unique and relabelling must give the same
 * partition, not just the same objective.
 */
abstract class SolverContractTest
{
	private static final double TOL = 1e-9;

	/** The solver under test. */
	protected abstract SolverSettings settings();

	private ClusteringResult solve(final ClusteringProblem p)
	{
		return CorrelationClustering.solve(p, settings());
	}

	/** A mix of dense small graphs and long sparse ones with many small components. */
	private static List<ClusteringProblem> problems(final long seed, final int count)
	{
		final Random r = new Random(seed);
		final List<ClusteringProblem> list = new ArrayList<>();
		for (int i = 0; i < count; i++)
			list.add(i % 3 == 2 ? RandomProblems.smallGroups(r, 40 + r.nextInt(60), 8) : RandomProblems.uniform(r, 1 + r.nextInt(12), 0.15 + 0.6 * r.nextDouble()));
		return list;
	}

	@Test
	void returnsValidCanonicalPartitionWithConsistentReports()
	{
		for (final ClusteringProblem p : problems(1, 60))
			assertValid(p, solve(p));
	}

	static void assertValid(final ClusteringProblem p, final ClusteringResult result)
	{
		final int[] clusterOf = result.clusterOf();
		assertEquals(p.size(), clusterOf.length);
		int next = 0;
		for (int v = 0; v < p.size(); v++)
		{
			assertTrue(clusterOf[v] >= 0 && clusterOf[v] <= next, "cluster ids not numbered by smallest vertex at vertex " + v);
			if (clusterOf[v] == next)
				next++;
		}
		assertEquals(next, result.clusterCount());
		assertTrue(p.respectsCannotLinks(clusterOf), "a cannot-link is inside a cluster");
		assertEquals(p.objective(clusterOf), result.objective(), 0);
		final int[] componentOf = new int[p.size()];
		Arrays.fill(componentOf, -1);
		double sum = 0;
		int proven = 0;
		for (int c = 0; c < result.components().size(); c++)
		{
			final ComponentReport report = result.components().get(c);
			final int[] vs = report.vertices();
			for (int i = 0; i < vs.length; i++)
			{
				assertTrue(i == 0 || vs[i] > vs[i - 1], "component vertices not ascending");
				assertEquals(-1, componentOf[vs[i]], "vertex " + vs[i] + " in two components");
				componentOf[vs[i]] = c;
			}
			sum += report.objective();
			proven += report.provenOptimal() ? 1 : 0;
			if (!Double.isNaN(report.upperBound()))
				assertTrue(report.upperBound() >= report.objective() - TOL, "bound below objective: " + report);
			if (report.provenOptimal())
				assertEquals(report.upperBound(), report.objective(), TOL * Math.max(1, Math.abs(report.objective())), "proven optimal but bound differs: " + report);
			assertTrue(Arrays.asList("trivial", "reduction", "enumeration", "ilp", "greedy").contains(report.method()), report.method());
			assertEquals(report.provenOptimal() ? 0 : Math.max(0, report.upperBound() - report.objective()), report.gap(), 0);
			assertEquals(vs.length == 1, report.method().equals("trivial"), report.toString());
		}
		assertEquals(proven, result.provenOptimalCount());
		assertEquals(result.objective(), sum, TOL * Math.max(1, Math.abs(sum)));
		final int[] componentOfCluster = new int[result.clusterCount()];
		int seen = 0;
		for (int v = 0; v < p.size(); v++)
		{
			assertTrue(componentOf[v] >= 0, "vertex " + v + " in no component");
			if (clusterOf[v] == seen)
				componentOfCluster[seen++] = componentOf[v];
			else
				assertEquals(componentOfCluster[clusterOf[v]], componentOf[v], "cluster " + clusterOf[v] + " spans two components");
		}
	}

	@Test
	void isDeterministic()
	{
		for (final ClusteringProblem p : problems(2, 20))
			assertSameResult(solve(p), solve(p));
	}

	@Test
	void doesNotDependOnVertexNumberingOrEdgeOrder()
	{
		final Random r = new Random(3);
		int nonTrivial = 0;
		for (final ClusteringProblem p : problems(4, 45))
		{
			final int[] perm = permutation(r, p.size());
			final ClusteringProblem q = relabel(p, perm, r);
			final int[] original = solve(p).clusterOf();
			final int[] relabelled = solve(q).clusterOf();
			final int[] mappedBack = new int[p.size()];
			for (int v = 0; v < p.size(); v++)
				mappedBack[v] = relabelled[perm[v]];
			assertArrayEquals(original, canonical(mappedBack), "partition changed under relabelling");
			if (Arrays.stream(original).distinct().count() < p.size() - 1)
				nonTrivial++;
		}
		assertTrue(nonTrivial >= 20, "too few problems with two or more merges: " + nonTrivial);
	}

	@Test
	void doesNotDependOnThreadCount()
	{
		final Random r = new Random(5);
		final ClusteringProblem p = RandomProblems.smallGroups(r, 400, 10);
		final ClusteringResult one = CorrelationClustering.solve(p, settings().withThreads(1));
		assertTrue(one.components().stream().filter(c -> c.size() > 1).count() > 20);
		for (final int threads : new int[] { 2, 4 })
			assertSameResult(one, CorrelationClustering.solve(p, settings().withThreads(threads)));
	}

	@Test
	void handlesEmptyEdgelessAndAllCannotLinkProblems()
	{
		final ClusteringResult empty = solve(new ClusteringProblem(0, new int[0], new int[0], new double[0], 1, 0.5));
		assertEquals(0, empty.clusterCount());
		assertEquals(0, empty.objective(), 0);
		assertTrue(empty.components().isEmpty());

		final ClusteringResult edgeless = solve(new ClusteringProblem(3, new int[0], new int[0], new double[0], 1, 0.5));
		assertArrayEquals(new int[] { 0, 1, 2 }, edgeless.clusterOf());
		assertEquals(3, edgeless.provenOptimalCount());

		// Every pair attracts (w > λ) but is a cannot-link (w < γ): all singletons.
		final ClusteringProblem repelling = new ClusteringProblem(4, new int[] { 0, 0, 0, 1, 1, 2 }, new int[] { 1, 2, 3, 2, 3, 3 }, new double[] { 1.5, 1.5, 1.5, 1.5, 1.5, 1.5 }, 1, 2);
		assertArrayEquals(new int[] { 0, 1, 2, 3 }, solve(repelling).clusterOf());
	}

	@Test
	void neverJoinsACannotLinkHoweverStrongTheChain()
	{
		// a–b and b–c attract enormously; a–c is a cannot-link: c must not end up with a.
		final ClusteringProblem p = new ClusteringProblem(3, new int[] { 0, 1, 0 }, new int[] { 1, 2, 2 }, new double[] { 100, 90, 0.1 }, 1, 0.5);
		final int[] clusterOf = solve(p).clusterOf();
		assertTrue(p.respectsCannotLinks(clusterOf));
		assertArrayEquals(new int[] { 0, 0, 1 }, clusterOf);
		assertNotEquals(clusterOf[0], clusterOf[2]);
		assertFalse(clusterOf[1] == clusterOf[2]);
	}

	static void assertSameResult(final ClusteringResult a, final ClusteringResult b)
	{
		assertArrayEquals(a.clusterOf(), b.clusterOf());
		assertEquals(a.objective(), b.objective(), 0);
		assertEquals(a.components().size(), b.components().size());
		for (int c = 0; c < a.components().size(); c++)
		{
			final ComponentReport x = a.components().get(c), y = b.components().get(c);
			assertArrayEquals(x.vertices(), y.vertices());
			assertEquals(x.method(), y.method());
			assertEquals(x.provenOptimal(), y.provenOptimal());
			assertEquals(x.objective(), y.objective(), 0);
		}
	}

	private static int[] permutation(final Random r, final int n)
	{
		final int[] perm = new int[n];
		for (int i = 0; i < n; i++)
			perm[i] = i;
		for (int i = n - 1; i > 0; i--)
		{
			final int j = r.nextInt(i + 1);
			final int t = perm[i];
			perm[i] = perm[j];
			perm[j] = t;
		}
		return perm;
	}

	/** Vertex v becomes perm[v]; edges are shuffled and each is given in a random orientation. */
	private static ClusteringProblem relabel(final ClusteringProblem p, final int[] perm, final Random r)
	{
		final int m = p.edgeCount();
		final int[] order = permutation(r, m);
		final int[] ei = new int[m], ej = new int[m];
		final double[] w = new double[m];
		for (int k = 0; k < m; k++)
		{
			final int e = order[k];
			final boolean flip = r.nextBoolean();
			ei[k] = perm[flip ? p.edgeJ(e) : p.edgeI(e)];
			ej[k] = perm[flip ? p.edgeI(e) : p.edgeJ(e)];
			w[k] = p.weight(e);
		}
		return new ClusteringProblem(p.size(), ei, ej, w, p.lambda(), p.gamma());
	}

	/** Renumbers labels in order of first appearance. */
	private static int[] canonical(final int[] labels)
	{
		final int[] out = new int[labels.length];
		final java.util.Map<Integer, Integer> ids = new java.util.HashMap<>();
		for (int v = 0; v < labels.length; v++)
			out[v] = ids.computeIfAbsent(labels[v], l -> ids.size());
		return out;
	}
}
