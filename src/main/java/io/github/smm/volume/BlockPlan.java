package io.github.smm.volume;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Overlapping blocks over a volume of {@code width × height × depth} voxels, SAHI-style: blocks
 * of {@code size} voxels along each axis, consecutive blocks {@code size − overlap} apart, the
 * last one shifted inward to end on the border (one block of the full extent when the volume is
 * not larger than a block). Blocks are listed slab by slab: z origin, then y, then x.
 */
public final class BlockPlan
{
	private final long width, height, depth;
	private final long[] xs, ys, zs;
	private final int sizeX, sizeY, sizeZ;
	private final int[] size, overlap, halo;
	private final List<Box3> blocks;

	private BlockPlan(final long width, final long height, final long depth, final int[] size, final int[] overlap, final int[] halo)
	{
		this.size = size.clone();
		this.overlap = overlap.clone();
		this.halo = halo.clone();
		this.width = width;
		this.height = height;
		this.depth = depth;
		sizeX = (int) Math.min(size[0], width);
		sizeY = (int) Math.min(size[1], height);
		sizeZ = (int) Math.min(size[2], depth);
		xs = origins("x", width, size[0], overlap[0]);
		ys = origins("y", height, size[1], overlap[1]);
		zs = origins("z", depth, size[2], overlap[2]);
		final List<Box3> b = new ArrayList<>(xs.length * ys.length * zs.length);
		for (final long z : zs)
			for (final long y : ys)
				for (final long x : xs)
					b.add(Box3.ofSize(x, y, z, sizeX, sizeY, sizeZ));
		blocks = Collections.unmodifiableList(b);
	}

	/**
	 * @param size block size along x, y, z (each ≥ 1)
	 * @param overlap overlap along x, y, z in voxels ({@code 0 ≤ overlap < size})
	 * @throws IllegalArgumentException naming the axis of a bad value
	 */
	public static BlockPlan of(final long width, final long height, final long depth, final int[] size, final int[] overlap)
	{
		if (size.length != 3 || overlap.length != 3)
			throw new IllegalArgumentException("block size and overlap need three values (x, y, z)");
		return new BlockPlan(width, height, depth, size, overlap, new int[3]);
	}

	/**
	 * The halo used unless one is given: a quarter of the overlap along each axis (what the disk
	 * bench measured: cut pieces join inside it, and neighbours' valid parts still overlap by half
	 * the overlap).
	 */
	public static int defaultHalo(final int overlap)
	{
		return overlap / 4;
	}

	/**
	 * The same blocks, each trusted only in its {@linkplain #validPart valid part}: {@code halo}
	 * voxels along x, y, z on every face a block shares with a neighbour are context (the
	 * segmenter sees them, objects keep no voxel there).
	 *
	 * @param halo along x, y, z; each ≥ 0 and, where blocks overlap, less than half the overlap, so
	 *            that neighbouring valid parts still share a region for window IoU
	 * @throws IllegalArgumentException naming the axis of a bad value
	 */
	public BlockPlan withHalo(final int[] halo)
	{
		if (halo.length != 3)
			throw new IllegalArgumentException("the block halo needs three values (x, y, z)");
		final String[] axes = { "x", "y", "z" };
		for (int a = 0; a < 3; a++)
			if (halo[a] < 0 || halo[a] > 0 && 2 * halo[a] >= overlap[a])
				throw new IllegalArgumentException("block halo along " + axes[a] + " must be 0 or in [1, " + (overlap[a] - 1) / 2 + "] (under half the overlap of " + overlap[a]
						+ "), got " + halo[a]);
		return new BlockPlan(width, height, depth, size, overlap, halo);
	}

	/**
	 * The part of {@code block} its predictions are trusted in: the block less the halo on every
	 * face inside the volume (faces on the volume's border keep their voxels). The valid parts of
	 * all blocks cover the volume, and neighbours' valid parts overlap by the overlap less twice
	 * the halo.
	 */
	public Box3 validPart(final Box3 block)
	{
		return new Box3(block.minX > 0 ? block.minX + halo[0] : 0, block.minY > 0 ? block.minY + halo[1] : 0, block.minZ > 0 ? block.minZ + halo[2] : 0,
				block.maxX < width ? block.maxX - halo[0] : width, block.maxY < height ? block.maxY - halo[1] : height, block.maxZ < depth ? block.maxZ - halo[2] : depth);
	}

	/** The halo along x, y, z (0 when every block is trusted whole). */
	public int[] halo()
	{
		return halo.clone();
	}

	private static long[] origins(final String axis, final long extent, final int size, final int overlap)
	{
		if (extent < 1)
			throw new IllegalArgumentException("volume extent along " + axis + " must be >= 1, got " + extent);
		if (size < 1)
			throw new IllegalArgumentException("block size along " + axis + " must be >= 1, got " + size);
		if (overlap < 0 || overlap >= size)
			throw new IllegalArgumentException("block overlap along " + axis + " must be in [0, " + size + "), got " + overlap);
		if (extent <= size)
			return new long[] { 0 };
		final long stride = size - overlap;
		final long count = 1 + (extent - size + stride - 1) / stride;
		final long[] o = new long[(int) count];
		for (int i = 0; i < o.length; i++)
			o[i] = i * stride;
		o[o.length - 1] = extent - size;
		return o;
	}

	/** Every block, slab by slab (z, then y, then x). */
	public List<Box3> blocks()
	{
		return blocks;
	}

	/** Number of slabs (distinct z origins). */
	public int slabCount()
	{
		return zs.length;
	}

	/** Number of blocks per slab. */
	public int blocksPerSlab()
	{
		return xs.length * ys.length;
	}

	/** The whole volume. */
	public Box3 extent()
	{
		return new Box3(0, 0, 0, width, height, depth);
	}

	@Override
	public String toString()
	{
		final String h = halo[0] == 0 && halo[1] == 0 && halo[2] == 0 ? "" : ", halo " + halo[0] + " x " + halo[1] + " x " + halo[2];
		return blocks.size() + " blocks (" + xs.length + " x " + ys.length + " x " + zs.length + ") of " + sizeX + " x " + sizeY + " x " + sizeZ + h;
	}
}
