package io.github.smm.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeMap;

import io.github.smm.concurrent.Parallel;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VolumeMask;
import io.github.smm.volume.VolumeMaskBuilder;
import io.github.smm.volume.VoxelSize;

/**
 * A generated 3D truth of touching cells: the Voronoi cells of seeds on a jittered grid of
 * {@code spacing} (physical units, e.g. 15 µm cells at 0.5 µm voxels), labels {@code 1..}. It is
 * computed once, row by row, as runs along x (the lower envelope of the seeds' distance parabolas
 * along each row), so a 512³ volume needs tens of megabytes, not one int per voxel; blocks are
 * filled from these runs, and every block sees exactly the same labels.
 */
public final class VoronoiVolume
{
	/** Seed displacement from its grid cell's centre, as a fraction of the spacing (±). */
	static final double JITTER = 0.3;
	/** Grid cells searched on each side of a row's cell: exact for {@link #JITTER} 0.3 (2.5 − 0.3 &gt; √3 · 0.8). */
	private static final int REACH = 2;

	private final int width, height, depth;
	private final VoxelSize voxel;
	private final double spacing;
	private final int gx, gy, gz;
	private final double[] seedX, seedY, seedZ;
	/** Row r = z · height + y holds runs rowStart[r] .. rowStart[r+1]-1: x ends (exclusive) and labels. */
	private final int[] rowStart, ends, labels;

	private VoronoiVolume(final int width, final int height, final int depth, final VoxelSize voxel, final double spacing, final long seed, final int threads)
	{
		this.width = width;
		this.height = height;
		this.depth = depth;
		this.voxel = voxel;
		this.spacing = spacing;
		gx = (int) Math.ceil(width * voxel.x() / spacing);
		gy = (int) Math.ceil(height * voxel.y() / spacing);
		gz = (int) Math.ceil(depth * voxel.z() / spacing);
		final int seeds = gx * gy * gz;
		seedX = new double[seeds];
		seedY = new double[seeds];
		seedZ = new double[seeds];
		for (int cz = 0; cz < gz; cz++)
			for (int cy = 0; cy < gy; cy++)
				for (int cx = 0; cx < gx; cx++)
				{
					final int i = (cz * gy + cy) * gx + cx;
					final SplittableRandom r = Seeds.random(seed, 3, cx, cy, cz);
					seedX[i] = (cx + 0.5 + JITTER * (2 * r.nextDouble() - 1)) * spacing;
					seedY[i] = (cy + 0.5 + JITTER * (2 * r.nextDouble() - 1)) * spacing;
					seedZ[i] = (cz + 0.5 + JITTER * (2 * r.nextDouble() - 1)) * spacing;
				}
		final int[][] sliceEnds = new int[depth][], sliceLabels = new int[depth][];
		final int[][] sliceRows = new int[depth][];
		Parallel.forEach(depth, threads, z -> slice(z, sliceRows, sliceEnds, sliceLabels));
		rowStart = new int[depth * height + 1];
		int total = 0;
		for (int z = 0; z < depth; z++)
			total += sliceEnds[z].length;
		ends = new int[total];
		labels = new int[total];
		int k = 0;
		for (int z = 0; z < depth; z++)
		{
			for (int y = 0; y < height; y++)
				rowStart[z * height + y + 1] = k + sliceRows[z][y + 1];
			System.arraycopy(sliceEnds[z], 0, ends, k, sliceEnds[z].length);
			System.arraycopy(sliceLabels[z], 0, labels, k, sliceLabels[z].length);
			k += sliceEnds[z].length;
		}
	}

	/**
	 * @param spacing seed grid spacing in the voxel size's unit
	 * @param threads the result does not depend on it
	 */
	public static VoronoiVolume generate(final int width, final int height, final int depth, final VoxelSize voxel, final double spacing, final long seed, final int threads)
	{
		if (width < 1 || height < 1 || depth < 1)
			throw new IllegalArgumentException("volume size must be >= 1 along each axis, got " + width + " x " + height + " x " + depth);
		if (!(spacing > 0))
			throw new IllegalArgumentException("cell spacing must be > 0, got " + spacing);
		return new VoronoiVolume(width, height, depth, voxel, spacing, seed, threads);
	}

	/** The runs of every row of slice {@code z}. */
	private void slice(final int z, final int[][] rows, final int[][] endsOut, final int[][] labelsOut)
	{
		final int[] rowOffsets = new int[height + 1];
		int[] e = new int[height * 8], l = new int[height * 8];
		int n = 0;
		final Envelope env = new Envelope(gx * (2 * REACH + 1) * (2 * REACH + 1));
		for (int y = 0; y < height; y++)
		{
			env.build(y, z);
			int piece = 0;
			for (int x = 0; x < width;)
			{
				while (piece + 1 < env.count && env.from[piece + 1] <= x)
					piece++;
				final int end = piece + 1 < env.count ? (int) Math.min(width, Math.max(x + 1, Math.ceil(env.from[piece + 1]))) : width;
				if (n == e.length)
				{
					e = Arrays.copyOf(e, 2 * n);
					l = Arrays.copyOf(l, 2 * n);
				}
				e[n] = end;
				l[n++] = env.seed[piece] + 1;
				x = end;
			}
			rowOffsets[y + 1] = n;
		}
		rows[z] = rowOffsets;
		endsOut[z] = Arrays.copyOf(e, n);
		labelsOut[z] = Arrays.copyOf(l, n);
	}

	/** The lower envelope along x of the squared distances to the candidate seeds of one row. */
	private final class Envelope
	{
		final int[] candidates, seed;
		final double[] s, c, from;
		int count;

		Envelope(final int capacity)
		{
			candidates = new int[capacity];
			seed = new int[capacity];
			s = new double[capacity];
			c = new double[capacity];
			from = new double[capacity + 1];
		}

		void build(final int y, final int z)
		{
			final double py = y * voxel.y(), pz = z * voxel.z(), vx = voxel.x();
			final int cy = (int) (py / spacing), cz = (int) (pz / spacing);
			int n = 0;
			for (int cx = 0; cx < gx; cx++)
			{
				final int groupStart = n;
				for (int zz = Math.max(0, cz - REACH); zz <= Math.min(gz - 1, cz + REACH); zz++)
					for (int yy = Math.max(0, cy - REACH); yy <= Math.min(gy - 1, cy + REACH); yy++)
					{
						final int i = (zz * gy + yy) * gx + cx;
						// insertion by x position within the grid column (columns never interleave)
						int at = n++;
						while (at > groupStart && seedX[candidates[at - 1]] > seedX[i])
						{
							candidates[at] = candidates[at - 1];
							at--;
						}
						candidates[at] = i;
					}
			}
			count = 0;
			for (int k = 0; k < n; k++)
			{
				final int i = candidates[k];
				final double si = seedX[i] / vx, dy = py - seedY[i], dz = pz - seedZ[i];
				add(i, si, (dy * dy + dz * dz) / (vx * vx));
			}
		}

		/** Adds parabola (x − si)² + ci, si not below any added before. */
		private void add(final int i, final double si, final double ci)
		{
			while (count > 0)
			{
				final int top = count - 1;
				if (si == s[top])
				{
					if (ci >= c[top])
						return;
					count--;
					continue;
				}
				final double cross = (ci + si * si - c[top] - s[top] * s[top]) / (2 * (si - s[top]));
				if (top > 0 && cross <= from[top])
				{
					count--;
					continue;
				}
				from[count] = cross;
				break;
			}
			if (count == 0)
				from[0] = Double.NEGATIVE_INFINITY;
			seed[count] = i;
			s[count] = si;
			c[count] = ci;
			count++;
		}
	}

	/** Fills {@code out} (x fastest, then y, then z) with the labels inside {@code block}. */
	public void fill(final Box3 block, final int[] out)
	{
		final int w = (int) block.width(), h = (int) block.height();
		for (long z = block.minZ; z < block.maxZ; z++)
			for (long y = block.minY; y < block.maxY; y++)
			{
				final int r = (int) (z * height + y);
				final int base = (int) (((z - block.minZ) * h + (y - block.minY)) * w - block.minX);
				int start = 0;
				for (int k = rowStart[r]; k < rowStart[r + 1]; k++)
				{
					final int from = (int) Math.max(start, block.minX), to = (int) Math.min(ends[k], block.maxX);
					if (to > from)
						Arrays.fill(out, base + from, base + to, labels[k]);
					start = ends[k];
				}
			}
	}

	/** The label of a voxel. */
	public int label(final int x, final int y, final int z)
	{
		final int r = z * height + y;
		for (int k = rowStart[r]; k < rowStart[r + 1]; k++)
			if (x < ends[k])
				return labels[k];
		throw new IndexOutOfBoundsException("x " + x + " outside the volume");
	}

	/** Every cell (label → mask), in label order. */
	public TreeMap<Integer, VolumeMask> cells()
	{
		final TreeMap<Integer, VolumeMaskBuilder> b = new TreeMap<>();
		for (int r = 0; r < depth * height; r++)
		{
			int start = 0;
			for (int k = rowStart[r]; k < rowStart[r + 1]; k++)
			{
				b.computeIfAbsent(labels[k], key -> new VolumeMaskBuilder()).addRun(r / height, r % height, start, ends[k]);
				start = ends[k];
			}
		}
		final TreeMap<Integer, VolumeMask> out = new TreeMap<>();
		b.forEach((k, v) -> out.put(k, v.build()));
		return out;
	}

	/** Squared physical distance from voxel (x, y, z) to the seed of {@code label}. */
	double distanceSquared(final int x, final int y, final int z, final int label)
	{
		final int i = label - 1;
		final double dx = x * voxel.x() - seedX[i], dy = y * voxel.y() - seedY[i], dz = z * voxel.z() - seedZ[i];
		return dx * dx + dy * dy + dz * dz;
	}

	/** Number of seeds (labels 1..seedCount). */
	int seedCount()
	{
		return seedX.length;
	}

	/** Number of stored runs. */
	public long runCount()
	{
		return ends.length;
	}

	public Box3 extent()
	{
		return new Box3(0, 0, 0, width, height, depth);
	}

	public VoxelSize voxel()
	{
		return voxel;
	}
}
