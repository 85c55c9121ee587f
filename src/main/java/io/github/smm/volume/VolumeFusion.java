package io.github.smm.volume;

import java.util.ArrayList;
import java.util.List;

import io.github.smm.fuse.Fusion;
import io.github.smm.fuse.ScoreAggregation;

/**
 * Fusion of a cluster of 3D instances into one, by the rules of the 2D
 * {@link io.github.smm.fuse.Fusion}: voxel union of the masks, the score aggregated as chosen
 * (max, mean, volume-weighted mean), the class by score-weighted vote (ties to the smaller class
 * id) and the union of the source windows.
 */
public final class VolumeFusion
{
	private VolumeFusion()
	{}

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
