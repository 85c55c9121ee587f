package io.github.smm.volume;

import java.util.Arrays;

import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * A binary voxel mask stored as runs along x, one list per (y, z) row, inside its tight bounding
 * box, in global coordinates: the 3D counterpart of {@link RleMask}. Memory follows the number of
 * runs, never the volume's size.
 * <p>
 * Row {@code r = (z − z0) · height + (y − y0)} holds the runs {@code rowOffsets[r] ..
 * rowOffsets[r+1]-1}; run {@code k} covers {@code x0 + runs[2k] .. x0 + runs[2k+1] − 1}. Runs of a
 * row are sorted, disjoint and non-adjacent. Immutable; algebra lives in {@link VolumeMasks}.
 * </p>
 */
public final class VolumeMask
{
	/** The mask with no voxels. */
	public static final VolumeMask EMPTY = new VolumeMask(0, 0, 0, 0, 0, new int[] { 0 }, new int[0], 0);

	final long x0, y0, z0;
	final int width, height;
	final int[] rowOffsets;
	final int[] runs;
	private final long volume;
	private final Box3 box;

	VolumeMask(final long x0, final long y0, final long z0, final int width, final int height, final int[] rowOffsets, final int[] runs, final long volume)
	{
		this.x0 = x0;
		this.y0 = y0;
		this.z0 = z0;
		this.width = width;
		this.height = height;
		this.rowOffsets = rowOffsets;
		this.runs = runs;
		this.volume = volume;
		final int depth = height == 0 ? 0 : (rowOffsets.length - 1) / height;
		this.box = new Box3(x0, y0, z0, x0 + width, y0 + height, z0 + depth);
	}

	/** Number of voxels. */
	public long volume()
	{
		return volume;
	}

	public boolean isEmpty()
	{
		return volume == 0;
	}

	/** The tight bounding box (empty for the empty mask). */
	public Box3 box()
	{
		return box;
	}

	public int depth()
	{
		return (int) box.depth();
	}

	/** Per slice: {minX, maxX, minY, maxY} (inclusive voxel extents), or minX &gt; maxX for an empty slice; made on first use. */
	private volatile long[] sliceBoxes;

	/** The voxel extents of every slice (see {@link #sliceBoxes}); not copied: do not modify. */
	long[] sliceBoxes()
	{
		long[] b = sliceBoxes;
		if (b != null)
			return b;
		final int d = depth();
		b = new long[4 * d];
		for (int z = 0; z < d; z++)
		{
			long minX = Long.MAX_VALUE, maxX = Long.MIN_VALUE, minY = Long.MAX_VALUE, maxY = Long.MIN_VALUE;
			for (int dy = 0; dy < height; dy++)
			{
				final int r = z * height + dy;
				if (rowOffsets[r] == rowOffsets[r + 1])
					continue;
				minX = Math.min(minX, x0 + runs[2 * rowOffsets[r]]);
				maxX = Math.max(maxX, x0 + runs[2 * rowOffsets[r + 1] - 1] - 1);
				minY = Math.min(minY, y0 + dy);
				maxY = Math.max(maxY, y0 + dy);
			}
			b[4 * z] = minX;
			b[4 * z + 1] = maxX;
			b[4 * z + 2] = minY;
			b[4 * z + 3] = maxY;
		}
		sliceBoxes = b;
		return b;
	}

	/** Number of runs. */
	public int runCount()
	{
		return runs.length / 2;
	}

	/** The row index of {@code (y, z)}, or -1 outside the box. */
	int row(final long y, final long z)
	{
		final long dy = y - y0, dz = z - z0;
		if (dy < 0 || dy >= height || dz < 0 || dz >= depth())
			return -1;
		return (int) (dz * height + dy);
	}

	public boolean contains(final long x, final long y, final long z)
	{
		final int r = row(y, z);
		if (r < 0)
			return false;
		final long c = x - x0;
		for (int k = rowOffsets[r]; k < rowOffsets[r + 1]; k++)
			if (c >= runs[2 * k] && c < runs[2 * k + 1])
				return true;
		return false;
	}

	/** Receives runs: slice {@code z}, row {@code y}, columns {@code [xStart, xEnd)}. */
	@FunctionalInterface
	public interface RunConsumer
	{
		void accept(long z, long y, long xStart, long xEnd);
	}

	/** Visits every run in (z, y, x) order. */
	public void forEachRun(final RunConsumer consumer)
	{
		for (int r = 0; r + 1 < rowOffsets.length; r++)
			for (int k = rowOffsets[r]; k < rowOffsets[r + 1]; k++)
				consumer.accept(z0 + r / height, y0 + r % height, x0 + runs[2 * k], x0 + runs[2 * k + 1]);
	}

	/** The 2D mask of slice {@code z} (empty outside the box). */
	public RleMask slice(final long z)
	{
		final long dz = z - z0;
		if (dz < 0 || dz >= depth())
			return RleMask.EMPTY;
		final RleMaskBuilder b = RleMask.builder();
		for (int dy = 0; dy < height; dy++)
		{
			final int r = (int) dz * height + dy;
			for (int k = rowOffsets[r]; k < rowOffsets[r + 1]; k++)
				b.addRun(y0 + dy, x0 + runs[2 * k], x0 + runs[2 * k + 1]);
		}
		return b.build();
	}

	/** A one-slice volume at {@code z} holding the pixels of {@code mask}. */
	public static VolumeMask ofSlice(final RleMask mask, final long z)
	{
		final VolumeMaskBuilder b = new VolumeMaskBuilder(mask.runCount());
		mask.forEachRun((y, s, e) -> b.addRun(z, y, s, e));
		return b.build();
	}

	/** The same mask moved by {@code (dx, dy, dz)}. */
	public VolumeMask translate(final long dx, final long dy, final long dz)
	{
		return new VolumeMask(x0 + dx, y0 + dy, z0 + dz, width, height, rowOffsets, runs, volume);
	}

	/** A filled box. */
	public static VolumeMask box(final Box3 box)
	{
		final VolumeMaskBuilder b = new VolumeMaskBuilder();
		for (long z = box.minZ; z < box.maxZ; z++)
			for (long y = box.minY; y < box.maxY; y++)
				b.addRun(z, y, box.minX, box.maxX);
		return b.build();
	}

	@Override
	public boolean equals(final Object obj)
	{
		if (!(obj instanceof VolumeMask))
			return false;
		final VolumeMask m = (VolumeMask) obj;
		return volume == m.volume && box.equals(m.box) && Arrays.equals(rowOffsets, m.rowOffsets) && Arrays.equals(runs, m.runs);
	}

	@Override
	public int hashCode()
	{
		return box.hashCode() * 31 + Arrays.hashCode(runs);
	}

	@Override
	public String toString()
	{
		return "VolumeMask" + box + " volume=" + volume + " runs=" + runCount();
	}
}
