package io.github.smm.bench;

import java.util.List;
import java.util.function.IntConsumer;

import io.github.smm.model.Box;

/**
 * A uniform bucket grid over boxes answering "which boxes meet this region", each hit once and in
 * a deterministic order. Stored compactly (one offsets array, one entries array).
 */
final class BoxIndex
{
	/** Upper bound on the number of buckets; the bucket side grows to respect it. */
	private static final long MAX_BUCKETS = 1L << 22;

	private final Box[] boxes;
	private final long originX, originY;
	private final long cell;
	private final int columns, rows;
	private final int[] offsets;
	private final int[] entries;

	/**
	 * @param bounds a box holding every indexed box
	 * @param cell the preferred bucket side in pixels
	 */
	BoxIndex(final Box bounds, final List<Box> boxList, final long cell)
	{
		boxes = boxList.toArray(new Box[0]);
		originX = bounds.minX;
		originY = bounds.minY;
		long side = Math.max(1, cell);
		while (ceilDiv(Math.max(1, bounds.width()), side) * ceilDiv(Math.max(1, bounds.height()), side) > MAX_BUCKETS)
			side *= 2;
		this.cell = side;
		columns = (int) ceilDiv(Math.max(1, bounds.width()), side);
		rows = (int) ceilDiv(Math.max(1, bounds.height()), side);
		offsets = new int[columns * rows + 1];
		for (final Box b : boxes)
			forEachBucket(b, bucket -> offsets[bucket + 1]++);
		for (int i = 0; i < columns * rows; i++)
			offsets[i + 1] += offsets[i];
		entries = new int[offsets[columns * rows]];
		final int[] fill = offsets.clone();
		for (int k = 0; k < boxes.length; k++)
		{
			final int id = k;
			forEachBucket(boxes[k], bucket -> entries[fill[bucket]++] = id);
		}
	}

	/** Calls {@code action} once with the index of every box that intersects {@code region}. */
	void forEachIntersecting(final Box region, final IntConsumer action)
	{
		forEachBucket(region, bucket -> {
			final int bx = bucket % columns, by = bucket / columns;
			for (int e = offsets[bucket]; e < offsets[bucket + 1]; e++)
			{
				final Box b = boxes[entries[e]];
				// report a box only from the bucket holding the top-left corner of box ∩ region
				if (b.intersects(region) && columnOf(Math.max(b.minX, region.minX)) == bx && rowOf(Math.max(b.minY, region.minY)) == by)
					action.accept(entries[e]);
			}
		});
	}

	private void forEachBucket(final Box b, final IntConsumer action)
	{
		if (b.isEmpty())
			return;
		final int c0 = columnOf(b.minX), c1 = columnOf(b.maxX - 1);
		final int r0 = rowOf(b.minY), r1 = rowOf(b.maxY - 1);
		for (int r = r0; r <= r1; r++)
			for (int c = c0; c <= c1; c++)
				action.accept(r * columns + c);
	}

	private int columnOf(final long x)
	{
		return (int) Math.max(0, Math.min(columns - 1, Math.floorDiv(x - originX, cell)));
	}

	private int rowOf(final long y)
	{
		return (int) Math.max(0, Math.min(rows - 1, Math.floorDiv(y - originY, cell)));
	}

	private static long ceilDiv(final long a, final long b)
	{
		return -Math.floorDiv(-a, b);
	}
}
