package io.github.smm.volume;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.MergeOptions;
import io.github.smm.Method;
import io.github.smm.fuse.Fusion;
import io.github.smm.fuse.FusionRule;
import io.github.smm.fuse.Placement;
import io.github.smm.fuse.ScoreAggregation;

/**
 * Fusion of a cluster of 3D instances into one, by the rules of the 2D
 * {@link io.github.smm.fuse.Fusion}: voxel union of the masks, the score aggregated as chosen
 * (max, mean, volume-weighted mean), the class by score-weighted vote (ties to the smaller class
 * id) and the union of the source windows; {@code fusion=central} and NMS keep one member, chosen
 * as in 2D ({@link FusionRule#centralMember}, {@link Fusion#highestScore}).
 */
public final class VolumeFusion
{
	/** Where a 3D instance lies in its block: axes x, y, z. */
	public static final Placement<VolumeInstance> PLACEMENT = new Placement<>()
	{
		@Override
		public long[] window(final VolumeInstance i)
		{
			return i.window() == null ? null : bounds(i.window());
		}

		@Override
		public long[] box(final VolumeInstance i)
		{
			return bounds(i.box());
		}

		@Override
		public long size(final VolumeInstance i)
		{
			return i.volume();
		}

		private long[] bounds(final Box3 b)
		{
			return new long[] { b.minX, b.minY, b.minZ, b.maxX, b.maxY, b.maxZ };
		}
	};

	private VolumeFusion()
	{}

	/**
	 * The output of one cluster with id {@code id}, as the 2D merge makes it: NMS keeps its
	 * best-scoring member, {@code fusion=central} the member its block saw farthest from the
	 * block's cut faces (the union when every member was cut), otherwise the voxel union.
	 */
	public static VolumeInstance fuseCluster(final long id, final List<VolumeInstance> members, final MergeOptions options)
	{
		if (options.method() == Method.NMS)
			return Fusion.highestScore(members, VolumeInstance::score).withId(id);
		if (options.fusion() == FusionRule.CENTRAL)
		{
			final VolumeInstance best = FusionRule.centralMember(members, PLACEMENT);
			if (best != null)
				return best.withId(id);
		}
		return fuse(id, members, options.scoreAggregation());
	}

	/** Fuses a non-empty cluster into one instance with id {@code id}. */
	public static VolumeInstance fuse(final long id, final List<VolumeInstance> members, final ScoreAggregation aggregation)
	{
		if (members.isEmpty())
			throw new IllegalArgumentException("cannot fuse an empty cluster " + id);
		if (members.size() == 1)
			return members.get(0).withId(id);
		final List<VolumeMask> masks = new ArrayList<>(members.size());
		for (final VolumeInstance m : members)
			masks.add(m.mask());
		return new VolumeInstance(id, VolumeMasks.union(masks), aggregation.aggregate(members, VolumeInstance::score, VolumeInstance::volume),
				Fusion.votedClass(members, VolumeInstance::classId, VolumeInstance::score), windowUnion(members), VolumeInstance.NO_BLOCK);
	}

	/** The box holding every member's window, or {@code null} when some window is unknown. */
	private static Box3 windowUnion(final List<VolumeInstance> members)
	{
		Box3 w = null;
		for (final VolumeInstance m : members)
		{
			if (m.window() == null)
				return null;
			w = w == null ? m.window() : w.union(m.window());
		}
		return w;
	}
}
