package io.github.smm.tile;

import io.github.smm.model.Box;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;

/** Boxes as ImgLib2 intervals, keeping any dimensions beyond the second. */
final class BoxIntervals
{
	private BoxIntervals()
	{}

	/** The 2D interval of a box. */
	static Interval of(final Box box)
	{
		return FinalInterval.createMinMax(box.minX, box.minY, box.maxX - 1, box.maxY - 1);
	}

	/** The box in dimensions 0 and 1, the extent of {@code like} in the others. */
	static Interval of(final Box box, final Interval like)
	{
		final long[] min = like.minAsLongArray(), max = like.maxAsLongArray();
		min[0] = box.minX;
		min[1] = box.minY;
		max[0] = box.maxX - 1;
		max[1] = box.maxY - 1;
		return new FinalInterval(min, max);
	}

	/** The box of dimensions 0 and 1 of an interval. */
	static Box box(final Interval i)
	{
		return new Box(i.min(0), i.min(1), i.max(0) + 1, i.max(1) + 1);
	}
}
