package io.github.smm.model;

import java.util.Arrays;

/**
 * A binary pixel mask stored as row runs inside its tight bounding box, in global image
 * coordinates. Memory follows the number of runs, never the image size.
 * <p>
 * Row {@code r} of the box (image row {@code y0 + r}) holds the runs with indices
 * {@code rowOffsets[r] .. rowOffsets[r+1]-1}; run {@code k} covers columns
 * {@code x0 + runs[2k] .. x0 + runs[2k+1] - 1}. Runs of a row are sorted, disjoint and
 * non-adjacent. Instances are immutable; algebra lives in {@link Masks}.
 * </p>
 */
public final class RleMask
{
	/** The mask with no pixels. */
	public static final RleMask EMPTY = new RleMask(0, 0, 0, new int[] { 0 }, new int[0], 0);

	final long x0, y0;
	final int width;
	final int[] rowOffsets;
	final int[] runs;
	private final long area;
	private final Box box;

	RleMask(final long x0, final long y0, final int width, final int[] rowOffsets, final int[] runs, final long area)
	{
		this.box = new Box(x0, y0, x0 + width, y0 + rowOffsets.length - 1);
		this.x0 = x0;
		this.y0 = y0;
		this.width = width;
		this.rowOffsets = rowOffsets;
		this.runs = runs;
		this.area = area;
	}

	/** Number of pixels. */
	public long area()
	{
		return area;
	}

	public boolean isEmpty()
	{
		return area == 0;
	}

	/** The tight bounding box (empty for the empty mask). */
	public Box box()
	{
		return box;
	}

	public long minX()
	{
		return x0;
	}

	public long minY()
	{
		return y0;
	}

	public int width()
	{
		return width;
	}

	public int height()
	{
		return rowOffsets.length - 1;
	}

	/** Number of runs. */
	public int runCount()
	{
		return runs.length / 2;
	}

	public boolean contains(final long x, final long y)
	{
		final long r = y - y0;
		if (r < 0 || r >= height())
			return false;
		final long c = x - x0;
		for (int k = rowOffsets[(int) r]; k < rowOffsets[(int) r + 1]; k++)
			if (c >= runs[2 * k] && c < runs[2 * k + 1])
				return true;
		return false;
	}

	/** Receives runs: row {@code y}, columns {@code [xStart, xEnd)}. */
	@FunctionalInterface
	public interface RunConsumer
	{
		void accept(long y, long xStart, long xEnd);
	}

	/** Visits every run in row-major order. */
	public void forEachRun(final RunConsumer consumer)
	{
		final int h = height();
		for (int r = 0; r < h; r++)
			for (int k = rowOffsets[r]; k < rowOffsets[r + 1]; k++)
				consumer.accept(y0 + r, x0 + runs[2 * k], x0 + runs[2 * k + 1]);
	}

	/** The same mask moved by {@code (dx, dy)}. */
	public RleMask translate(final long dx, final long dy)
	{
		return new RleMask(x0 + dx, y0 + dy, width, rowOffsets, runs, area);
	}

	/** A new builder. */
	public static RleMaskBuilder builder()
	{
		return new RleMaskBuilder();
	}

	/**
	 * A mask from a row-major bitmap of {@code width × height} placed at {@code (x0, y0)}.
	 */
	public static RleMask fromBitmap(final boolean[] bits, final int width, final int height, final long x0, final long y0)
	{
		if (bits.length != (long) width * height)
			throw new IllegalArgumentException("bitmap has " + bits.length + " values, expected " + width + "x" + height);
		final RleMaskBuilder b = new RleMaskBuilder();
		for (int y = 0; y < height; y++)
		{
			int x = 0;
			while (x < width)
			{
				if (!bits[y * width + x])
				{
					x++;
					continue;
				}
				final int s = x;
				while (x < width && bits[y * width + x])
					x++;
				b.addRun(y0 + y, x0 + s, x0 + x);
			}
		}
		return b.build();
	}

	/** A filled rectangle. */
	public static RleMask rectangle(final Box box)
	{
		final RleMaskBuilder b = new RleMaskBuilder();
		for (long y = box.minY; y < box.maxY; y++)
			b.addRun(y, box.minX, box.maxX);
		return b.build();
	}

	@Override
	public boolean equals(final Object obj)
	{
		if (!(obj instanceof RleMask))
			return false;
		final RleMask m = (RleMask) obj;
		return area == m.area && x0 == m.x0 && y0 == m.y0 && width == m.width && Arrays.equals(rowOffsets, m.rowOffsets) && Arrays.equals(runs, m.runs);
	}

	@Override
	public int hashCode()
	{
		return Long.hashCode(x0) * 961 + Long.hashCode(y0) * 31 + Arrays.hashCode(runs);
	}

	@Override
	public String toString()
	{
		return "RleMask" + box() + " area=" + area + " runs=" + runCount();
	}
}
