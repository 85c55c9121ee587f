package io.github.smm.volume;

import java.util.List;

import io.github.smm.fuse.InstanceKind;
import io.github.smm.index.CandidatePairs;

/** 3D instances with their voxel masks, for the shared {@link io.github.smm.fuse.OverlapResolution}. */
public final class VolumeKind implements InstanceKind<VolumeInstance, VolumeMask>
{
	/** The one instance. */
	public static final VolumeKind INSTANCE = new VolumeKind();

	private VolumeKind()
	{}

	@Override
	public VolumeMask mask(final VolumeInstance instance)
	{
		return instance.mask();
	}

	@Override
	public double score(final VolumeInstance instance)
	{
		return instance.score();
	}

	@Override
	public long size(final VolumeMask mask)
	{
		return mask.volume();
	}

	@Override
	public boolean isEmpty(final VolumeMask mask)
	{
		return mask.isEmpty();
	}

	@Override
	public VolumeMask subtract(final VolumeMask a, final VolumeMask b)
	{
		return VolumeMasks.subtract(a, b);
	}

	@Override
	public long shared(final VolumeMask a, final VolumeMask b)
	{
		return VolumeMasks.intersectionVolume(a, b);
	}

	@Override
	public boolean boxesIntersect(final VolumeInstance a, final VolumeInstance b)
	{
		return a.box().intersects(b.box());
	}

	@Override
	public CandidatePairs overlapCandidates(final List<VolumeInstance> instances, final int threads)
	{
		return VolumeCandidates.find(instances, 0, true, VoxelSize.ISOTROPIC, threads);
	}

	@Override
	public VolumeInstance withMask(final VolumeInstance instance, final VolumeMask mask)
	{
		return instance.withMask(mask);
	}
}
