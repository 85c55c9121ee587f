package io.github.smm.volume.tiled;

import java.util.List;

import io.github.smm.volume.BlockPlan;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VoxelSize;

/**
 * The slab schedule of a {@link BlockPlan}: its blocks are read slab by slab (one z origin after
 * the other), and after each slab part of the volume is final. The 3D form of the 2D plan's band
 * sweep ({@link io.github.smm.tile.TilePlan#isFinalAfterBand}), along z.
 * <p>
 * Finality: every block after slab {@code s} starts at or beyond the z origin of slab
 * {@code s + 1}, the <em>final limit</em> {@code L(s)} (the volume depth after the last slab).
 * A box whose last slice is {@code maxZ − 1} is then at least {@code L(s) − (maxZ − 1)} slices from
 * any later block's voxel, so its box gap (Euclidean over the axes, z steps scaled by the voxel
 * size, {@link Box3#gap}) to any instance of a later block is at least
 * {@code (L(s) − maxZ + 1) · scaleZ}. When that exceeds ρ, no later instance can be its candidate
 * (candidates have gap ≤ ρ): the box is final after slab {@code s}.
 * </p>
 */
public final class SlabSweep
{
	private final BlockPlan plan;
	private final double rho, scaleZ;

	/** @param rho the merge's candidate radius in x voxels; {@code voxel} scales the z steps */
	public SlabSweep(final BlockPlan plan, final double rho, final VoxelSize voxel)
	{
		this.plan = plan;
		this.rho = rho;
		this.scaleZ = voxel.scaleZ();
	}

	public BlockPlan plan()
	{
		return plan;
	}

	/** The blocks of every slab, slab after slab. */
	public List<Box3> blocks()
	{
		return plan.blocks();
	}

	/** The slab block {@code k} belongs to. */
	public int slabOf(final int k)
	{
		return k / plan.blocksPerSlab();
	}

	/** Whether block {@code k} is the last of its slab. */
	public boolean endsSlab(final int k)
	{
		return (k + 1) % plan.blocksPerSlab() == 0;
	}

	/** The z before which no block after slab {@code s} reads anything. */
	public long finalLimit(final int s)
	{
		return s + 1 < plan.slabCount() ? plan.blocks().get((s + 1) * plan.blocksPerSlab()).minZ : plan.extent().maxZ;
	}

	/** True when no instance of a block after slab {@code s} can be a candidate of a box like this one. */
	public boolean isFinalAfterSlab(final Box3 box, final int s)
	{
		if (s >= plan.slabCount() - 1)
			return true;
		return (finalLimit(s) - box.maxZ + 1) * scaleZ > rho;
	}
}
