package io.github.smm.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RunsTest
{
	/** Row a: x 2..4 and 7..8 (offset 1: runs [1,4) [6,8)); row b: x 4..7 (offset 0: [4, 8)): they share x 4 and 7. */
	private static final int[] A = { 1, 4, 6, 8 }, B = { 4, 8 };

	@Test
	void handDrawnRows()
	{
		assertEquals(2, Runs.intersection(A, 1, 0, 2, B, 0, 0, 1, Long.MIN_VALUE, Long.MAX_VALUE));
		assertEquals(1, Runs.intersection(A, 1, 0, 2, B, 0, 0, 1, 0, 5), "only x 4 inside [0, 5)");
		assertEquals(5, Runs.length(A, 1, 0, 2, Long.MIN_VALUE, Long.MAX_VALUE));
		assertEquals(3, Runs.length(A, 1, 0, 2, 3, 8), "x 3, 4 and 7");
		assertArrayEquals(new long[] { 4, 5, 7, 8 }, collect(sink -> Runs.intersect(A, 1, 0, 2, B, 0, 0, 1, sink)));
		assertArrayEquals(new long[] { 2, 4, 8, 9 }, collect(sink -> Runs.subtract(A, 1, 0, 2, B, 0, 0, 1, sink)));
		assertArrayEquals(new long[] { 2, 5, 7, 9 }, collect(sink -> Runs.subtract(A, 1, 0, 2, B, 0, 0, 0, sink)), "an empty b row leaves a");
		assertEquals(0, Runs.gap(A, 1, 0, 2, B, 0, 0, 1));
		assertEquals(2, Runs.gap(A, 1, 0, 1, new int[] { 6, 7 }, 0, 0, 1), "x 4 to x 6");
		assertEquals(Long.MAX_VALUE, Runs.gap(A, 1, 0, 2, B, 0, 0, 0));
		assertArrayEquals(new long[] { 2, 5, 4, 8, 7, 9 }, collect(sink -> Runs.mergeByStart(new int[][] { A, B }, new long[] { 1, 0 }, new int[] { 0, 0 }, new int[] { 2, 1 }, sink)));
	}

	@Test
	void randomRowsMatchDenseRows()
	{
		final Random random = new Random(7);
		for (int trial = 0; trial < 2000; trial++)
		{
			final boolean[] a = randomRow(random), b = randomRow(random);
			final int[] ra = runs(a), rb = runs(b);
			final long ax = random.nextInt(5) - 2, bx = random.nextInt(5) - 2;
			final boolean[] da = shift(a, ax), db = shift(b, bx);
			final long lo = random.nextInt(30) - 5, hi = lo + random.nextInt(30);
			long inter = 0, inside = 0;
			final List<Long> both = new ArrayList<>(), onlyA = new ArrayList<>();
			for (int x = 0; x < da.length; x++)
			{
				if (da[x] && db[x] && x - 10 >= lo && x - 10 < hi)
					inter++;
				if (da[x] && x - 10 >= lo && x - 10 < hi)
					inside++;
			}
			assertEquals(inter, Runs.intersection(ra, ax, 0, ra.length / 2, rb, bx, 0, rb.length / 2, lo, hi));
			assertEquals(inside, Runs.length(ra, ax, 0, ra.length / 2, lo, hi));
			assertArrayEquals(runsOf(and(da, db, true)), collect(sink -> Runs.intersect(ra, ax, 0, ra.length / 2, rb, bx, 0, rb.length / 2, sink)));
			assertArrayEquals(runsOf(and(da, db, false)), collect(sink -> Runs.subtract(ra, ax, 0, ra.length / 2, rb, bx, 0, rb.length / 2, sink)));
			assertEquals(denseGap(da, db), Runs.gap(ra, ax, 0, ra.length / 2, rb, bx, 0, rb.length / 2));
		}
	}

	private static boolean[] randomRow(final Random random)
	{
		final boolean[] row = new boolean[20];
		for (int x = 0; x < row.length; x++)
			row[x] = random.nextInt(3) == 0;
		return row;
	}

	/** The row placed at offset 10 + shift in a 40-wide dense row (index = x + 10). */
	private static boolean[] shift(final boolean[] row, final long by)
	{
		final boolean[] out = new boolean[40];
		for (int x = 0; x < row.length; x++)
			out[(int) (x + by + 10)] = row[x];
		return out;
	}

	private static int[] runs(final boolean[] row)
	{
		final List<Integer> r = new ArrayList<>();
		for (int x = 0; x < row.length; x++)
			if (row[x] && (x == 0 || !row[x - 1]))
			{
				int e = x;
				while (e < row.length && row[e])
					e++;
				r.add(x);
				r.add(e);
			}
		return r.stream().mapToInt(Integer::intValue).toArray();
	}

	private static boolean[] and(final boolean[] a, final boolean[] b, final boolean inB)
	{
		final boolean[] out = new boolean[a.length];
		for (int x = 0; x < a.length; x++)
			out[x] = a[x] && b[x] == inB;
		return out;
	}

	/** Non-empty runs of a dense row, in x (index − 10). */
	private static long[] runsOf(final boolean[] dense)
	{
		final int[] r = runs(dense);
		final long[] out = new long[r.length];
		for (int k = 0; k < r.length; k++)
			out[k] = r[k] - 10;
		return out;
	}

	private static long denseGap(final boolean[] a, final boolean[] b)
	{
		long best = Long.MAX_VALUE;
		for (int i = 0; i < a.length; i++)
			for (int j = 0; j < b.length; j++)
				if (a[i] && b[j])
					best = Math.min(best, Math.abs(i - j));
		return best;
	}

	/** The non-empty runs a row operation emits, as start, end pairs. */
	private static long[] collect(final java.util.function.Consumer<Runs.Sink> operation)
	{
		final List<Long> out = new ArrayList<>();
		operation.accept((s, e) -> {
			if (e > s)
			{
				out.add(s);
				out.add(e);
			}
		});
		return out.stream().mapToLong(Long::longValue).toArray();
	}
}
