package io.github.smm.index;

import java.util.Arrays;
import java.util.List;

import io.github.smm.concurrent.Parallel;
import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * Finds candidate pairs: pairs whose {@link Box#gap box gap} is at most ρ and, unless
 * class-agnostic, whose classes agree. The boxes are bucketed in a uniform grid (the spatial index
 * of choice for many similar small boxes: one pass to count, one to fill, primitive arrays only,
 * so it costs about as little on a JVM's first call as on later ones). A box is filed in every cell
 * it overlaps; a query visits the cells of the box grown by ρ, and a pair met in several cells is
 * kept only in the cell holding the corner (lowest x, lowest y) of the overlap of the grown query
 * box with the other box, so each pair is found exactly once. The cell side follows the boxes'
 * mean extent plus ρ, enlarged when the grid would have many more cells than boxes.
 */
public final class Candidates
{
	private static final int CHUNK = 4096;

	private Candidates()
	{}

	/**
	 * @param rho the largest box gap of a candidate pair, in pixels (≥ 0)
	 * @param threads number of query threads; the result does not depend on it
	 * @return the pairs {@code (i, j)}, {@code i < j}, sorted by {@code i} then {@code j}
	 */
	public static CandidatePairs find(final List<Instance> instances, final double rho, final boolean classAgnostic, final int threads)
	{
		if (!(rho >= 0))
			throw new IllegalArgumentException("rho must be >= 0, got " + rho);
		final int n = instances.size();
		if (n == 0)
			return new CandidatePairs(new int[0], new int[0]);
		final Grid grid = new Grid(instances, rho);
		final int[] classes = new int[n];
		for (int i = 0; i < n; i++)
			classes[i] = instances.get(i).classId();
		final int chunks = (n + CHUNK - 1) / CHUNK;
		final long[][] found = new long[chunks][];
		Parallel.forEach(chunks, threads, c -> found[c] = grid.query(c * CHUNK, Math.min(n, (c + 1) * CHUNK), classes, classAgnostic));
		return CandidatePairs.ofSortedChunks(found);
	}

	/** The boxes and the grid of cells they are filed in (compressed: cell → box list). */
	private static final class Grid
	{
		/** Pixel-centre extents of each box: {@code [minX, maxX − 1] × [minY, maxY − 1]}. */
		final long[] x0, x1, y0, y1;
		final Box[] boxes;
		final double rho;
		/** Grown query margin in whole pixels (ρ rounded up). */
		final long margin;
		final long originX, originY, side;
		final int columns, rows;
		final int[] start, items;

		Grid(final List<Instance> instances, final double rho)
		{
			final int n = instances.size();
			this.rho = rho;
			margin = (long) Math.ceil(rho);
			boxes = new Box[n];
			x0 = new long[n];
			x1 = new long[n];
			y0 = new long[n];
			y1 = new long[n];
			long minX = Long.MAX_VALUE, minY = Long.MAX_VALUE, maxX = Long.MIN_VALUE, maxY = Long.MIN_VALUE;
			double extent = 0;
			for (int i = 0; i < n; i++)
			{
				final Box b = instances.get(i).box();
				boxes[i] = b;
				x0[i] = b.minX;
				x1[i] = b.maxX - 1;
				y0[i] = b.minY;
				y1[i] = b.maxY - 1;
				minX = Math.min(minX, x0[i]);
				minY = Math.min(minY, y0[i]);
				maxX = Math.max(maxX, x1[i]);
				maxY = Math.max(maxY, y1[i]);
				extent += Math.max(b.width(), b.height());
			}
			originX = minX - margin;
			originY = minY - margin;
			final double spanX = maxX + margin - originX + 1, spanY = maxY + margin - originY + 1;
			double s = Math.max(8, extent / n + rho);
			// at most about two cells per box (and never more than fit an int array)
			s = Math.max(s, Math.sqrt(spanX * spanY / (2.0 * n + 64)));
			side = (long) Math.ceil(s);
			columns = (int) Math.min(Integer.MAX_VALUE / 4, (long) Math.ceil(spanX / side));
			rows = (int) Math.min(Integer.MAX_VALUE / 4 / Math.max(1, columns), (long) Math.ceil(spanY / side));
			start = new int[columns * rows + 1];
			for (int i = 0; i < n; i++)
				for (int r = row(y0[i]), r1 = row(y1[i]); r <= r1; r++)
					for (int c = column(x0[i]), c1 = column(x1[i]); c <= c1; c++)
						start[r * columns + c + 1]++;
			for (int c = 0; c < columns * rows; c++)
				start[c + 1] += start[c];
			items = new int[start[columns * rows]];
			final int[] fill = Arrays.copyOf(start, columns * rows);
			for (int i = 0; i < n; i++)
				for (int r = row(y0[i]), r1 = row(y1[i]); r <= r1; r++)
					for (int c = column(x0[i]), c1 = column(x1[i]); c <= c1; c++)
						items[fill[r * columns + c]++] = i;
		}

		private int column(final long x)
		{
			return (int) Math.min(columns - 1, Math.max(0, Math.floorDiv(x - originX, side)));
		}

		private int row(final long y)
		{
			return (int) Math.min(rows - 1, Math.max(0, Math.floorDiv(y - originY, side)));
		}

		/** The sorted pairs (a, b), a in {@code [from, to)}, b &gt; a. */
		long[] query(final int from, final int to, final int[] classes, final boolean classAgnostic)
		{
			long[] pairs = new long[256];
			int count = 0;
			for (int a = from; a < to; a++)
			{
				final long qx0 = x0[a] - margin, qx1 = x1[a] + margin, qy0 = y0[a] - margin, qy1 = y1[a] + margin;
				final int c0 = column(qx0), c1 = column(qx1), r0 = row(qy0), r1 = row(qy1);
				for (int r = r0; r <= r1; r++)
					for (int c = c0; c <= c1; c++)
					{
						final int cell = r * columns + c;
						for (int p = start[cell]; p < start[cell + 1]; p++)
						{
							final int b = items[p];
							if (b <= a || x0[b] > qx1 || x1[b] < qx0 || y0[b] > qy1 || y1[b] < qy0)
								continue;
							// the overlap's corner decides the one cell where the pair counts
							if (column(Math.max(qx0, x0[b])) != c || row(Math.max(qy0, y0[b])) != r)
								continue;
							if ((classAgnostic || classes[a] == classes[b]) && boxes[a].gap(boxes[b]) <= rho)
							{
								if (count == pairs.length)
									pairs = Arrays.copyOf(pairs, 2 * count);
								pairs[count++] = ((long) a << 32) | b;
							}
						}
					}
			}
			final long[] out = Arrays.copyOf(pairs, count);
			Arrays.sort(out);
			return out;
		}
	}
}
