package io.github.smm.volume;

import java.util.Arrays;
import java.util.List;

import io.github.smm.concurrent.Parallel;
import io.github.smm.index.CandidatePairs;

/**
 * Finds candidate pairs of 3D instances: pairs whose {@link Box3#gap box gap} is at most ρ (in x
 * pixels, with the voxel steps) and, unless class-agnostic, whose classes agree. The 3D
 * counterpart of {@link io.github.smm.index.Candidates}: the boxes are bucketed in a uniform 3D
 * grid (one pass to count, one to fill, primitive arrays only); a box is filed in every cell it
 * overlaps; a query visits the cells of the box grown by ρ, and a pair met in several cells counts
 * only in the cell holding the lowest corner of the overlap of the grown query box with the other
 * box, so each pair is found exactly once.
 */
public final class VolumeCandidates
{
	private static final int CHUNK = 4096;

	private VolumeCandidates()
	{}

	/**
	 * @param rho the largest box gap of a candidate pair, in x pixels (≥ 0)
	 * @param threads number of query threads; the result does not depend on it
	 * @return the pairs {@code (i, j)}, {@code i < j}, sorted by {@code i} then {@code j}
	 */
	public static CandidatePairs find(final List<VolumeInstance> instances, final double rho, final boolean classAgnostic, final VoxelSize voxel, final int threads)
	{
		if (!(rho >= 0))
			throw new IllegalArgumentException("rho must be >= 0, got " + rho);
		final int n = instances.size();
		if (n == 0)
			return new CandidatePairs(new int[0], new int[0]);
		final Grid3 grid = new Grid3(instances, rho, voxel);
		final int[] classes = new int[n];
		for (int i = 0; i < n; i++)
			classes[i] = instances.get(i).classId();
		final int chunks = (n + CHUNK - 1) / CHUNK;
		final long[][] found = new long[chunks][];
		Parallel.forEach(chunks, threads, c -> found[c] = grid.query(c * CHUNK, Math.min(n, (c + 1) * CHUNK), classes, classAgnostic));
		return CandidatePairs.ofSortedChunks(found);
	}

	/** The boxes and the grid of cells they are filed in (compressed: cell → box list). */
	private static final class Grid3
	{
		/** Per axis (0 x, 1 y, 2 z): voxel-centre extents {@code [lo, hi]} of each box. */
		final long[][] lo = new long[3][], hi = new long[3][];
		final Box3[] boxes;
		final double rho;
		final VoxelSize voxel;
		final long[] margin = new long[3], origin = new long[3], side = new long[3];
		final int[] cells = new int[3];
		final int[] start, items;

		Grid3(final List<VolumeInstance> instances, final double rho, final VoxelSize voxel)
		{
			final int n = instances.size();
			this.rho = rho;
			this.voxel = voxel;
			boxes = new Box3[n];
			final double[] scale = { voxel.scaleX(), voxel.scaleY(), voxel.scaleZ() };
			final long[] min = new long[3], max = new long[3];
			final double[] extent = new double[3];
			for (int a = 0; a < 3; a++)
			{
				lo[a] = new long[n];
				hi[a] = new long[n];
				margin[a] = (long) Math.ceil(rho / scale[a]);
				min[a] = Long.MAX_VALUE;
				max[a] = Long.MIN_VALUE;
			}
			for (int i = 0; i < n; i++)
			{
				final Box3 b = instances.get(i).box();
				boxes[i] = b;
				final long[] l = { b.minX, b.minY, b.minZ }, h = { b.maxX - 1, b.maxY - 1, b.maxZ - 1 };
				for (int a = 0; a < 3; a++)
				{
					lo[a][i] = l[a];
					hi[a][i] = h[a];
					min[a] = Math.min(min[a], l[a]);
					max[a] = Math.max(max[a], h[a]);
					extent[a] += h[a] - l[a] + 1;
				}
			}
			double volume = 1, cellVolume = 1;
			final double[] span = new double[3], s = new double[3];
			for (int a = 0; a < 3; a++)
			{
				origin[a] = min[a] - margin[a];
				span[a] = max[a] + margin[a] - origin[a] + 1;
				s[a] = Math.max(4, extent[a] / n + margin[a]);
				volume *= span[a];
				cellVolume *= s[a];
			}
			// at most about two cells per box (and never more than fit an int array)
			final double grow = Math.max(1, Math.cbrt(volume / cellVolume / (2.0 * n + 64)));
			long total = 1;
			for (int a = 0; a < 3; a++)
			{
				side[a] = (long) Math.ceil(s[a] * grow);
				cells[a] = (int) Math.max(1, Math.min(1 << 20, (long) Math.ceil(span[a] / side[a])));
				total *= cells[a];
			}
			if (total > Integer.MAX_VALUE / 4)
				throw new IllegalArgumentException("3D candidate grid too large: " + total + " cells");
			start = new int[(int) total + 1];
			for (int i = 0; i < n; i++)
				fileBox(i, null, null);
			for (int c = 0; c < total; c++)
				start[c + 1] += start[c];
			items = new int[start[(int) total]];
			final int[] fill = Arrays.copyOf(start, (int) total);
			for (int i = 0; i < n; i++)
				fileBox(i, fill, items);
		}

		/** Counts (fill null) or files box {@code i} in every cell it overlaps. */
		private void fileBox(final int i, final int[] fill, final int[] into)
		{
			for (int z = cell(2, lo[2][i]), z1 = cell(2, hi[2][i]); z <= z1; z++)
				for (int y = cell(1, lo[1][i]), y1 = cell(1, hi[1][i]); y <= y1; y++)
					for (int x = cell(0, lo[0][i]), x1 = cell(0, hi[0][i]); x <= x1; x++)
					{
						final int c = index(x, y, z);
						if (fill == null)
							start[c + 1]++;
						else
							into[fill[c]++] = i;
					}
		}

		private int index(final int x, final int y, final int z)
		{
			return (z * cells[1] + y) * cells[0] + x;
		}

		private int cell(final int axis, final long v)
		{
			return (int) Math.min(cells[axis] - 1, Math.max(0, Math.floorDiv(v - origin[axis], side[axis])));
		}

		/** The sorted pairs (a, b), a in {@code [from, to)}, b &gt; a. */
		long[] query(final int from, final int to, final int[] classes, final boolean classAgnostic)
		{
			long[] pairs = new long[256];
			int count = 0;
			final long[] q0 = new long[3], q1 = new long[3];
			final int[] c0 = new int[3], c1 = new int[3];
			for (int a = from; a < to; a++)
			{
				for (int x = 0; x < 3; x++)
				{
					q0[x] = lo[x][a] - margin[x];
					q1[x] = hi[x][a] + margin[x];
					c0[x] = cell(x, q0[x]);
					c1[x] = cell(x, q1[x]);
				}
				for (int z = c0[2]; z <= c1[2]; z++)
					for (int y = c0[1]; y <= c1[1]; y++)
						for (int x = c0[0]; x <= c1[0]; x++)
						{
							final int c = index(x, y, z);
							for (int p = start[c]; p < start[c + 1]; p++)
							{
								final int b = items[p];
								if (b <= a || !meets(b, q0, q1) || !corner(b, q0, x, y, z))
									continue;
								if ((classAgnostic || classes[a] == classes[b]) && boxes[a].gap(boxes[b], voxel) <= rho)
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

		private boolean meets(final int b, final long[] q0, final long[] q1)
		{
			for (int x = 0; x < 3; x++)
				if (lo[x][b] > q1[x] || hi[x][b] < q0[x])
					return false;
			return true;
		}

		/** Whether cell (x, y, z) holds the lowest corner of the overlap of the query box with box b. */
		private boolean corner(final int b, final long[] q0, final int x, final int y, final int z)
		{
			return cell(0, Math.max(q0[0], lo[0][b])) == x && cell(1, Math.max(q0[1], lo[1][b])) == y && cell(2, Math.max(q0[2], lo[2][b])) == z;
		}
	}
}
