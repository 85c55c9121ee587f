package io.github.smm.fuse;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * Where an instance of some kind lies in its source window (2D: {@link #PLANAR}; 3D in
 * {@code volume}), for {@link FusionRule#centralMember}. Bounds are given as
 * {@code {min_0, …, min_(d-1), max_0, …, max_(d-1)}} (max exclusive), one pair per axis.
 *
 * @param <T> the instance type
 */
public interface Placement<T>
{
	/** 2D instances: axes x, y. */
	Placement<Instance> PLANAR = new Placement<>()
	{
		@Override
		public long[] window(final Instance i)
		{
			return i.window() == null ? null : bounds(i.window());
		}

		@Override
		public long[] box(final Instance i)
		{
			return bounds(i.box());
		}

		@Override
		public long size(final Instance i)
		{
			return i.area();
		}

		private long[] bounds(final Box b)
		{
			return new long[] { b.minX, b.minY, b.maxX, b.maxY };
		}
	};

	/** The bounds of the source window, or {@code null} when unknown. */
	long[] window(T instance);

	/** The bounds of the mask's tight box. */
	long[] box(T instance);

	/** Pixels or voxels of the mask. */
	long size(T instance);
}
