package io.github.smm.volume.tiled;

import io.github.smm.tile.SeededFlood;
import io.github.smm.volume.Box3;
import io.github.smm.volume.VoxelSize;

/**
 * The classical 3D segmenter with a seeded watershed: voxels brighter than a fixed level (or
 * darker, for dark objects) are foreground; the exact Euclidean distance of every foreground voxel
 * to the nearest background voxel is taken with the voxel size (in units of one x step, so a
 * z step of 2 µm at 0.5 µm in x counts 4); every maximum of that distance rising at least
 * {@code splitDepth} above the saddle joining it to a higher one seeds an object, and the
 * foreground is flooded from the highest distance down through the 6 face neighbours (ties by
 * voxel index) — the 2D {@code split_depth} rule of {@link io.github.smm.tile.DistanceSplit} in
 * 3D, through the same {@link SeededFlood}. Parts with fewer than {@code minVolume} voxels are
 * dropped; labels 1, 2, … go by decreasing seed height.
 * <p>
 * The block's faces count as background, except along an axis the block is one voxel thick: a
 * one-slice block is a 2D image and gives {@code DistanceSplit}'s parts.
 * </p>
 *
 * <pre>
 *  two balls touching along x      labels
 *   .##..##.                       .11..22.
 *   ########   (one component)     11112222
 *   .##..##.                       .11..22.
 * </pre>
 */
public final class WatershedBlockSegmenter implements BlockSegmenter
{
	private final double level, splitDepth;
	private final boolean dark;
	private final long minVolume;
	private final VoxelSize voxelSize;

	/**
	 * @param level foreground is above it ({@code dark}: below it)
	 * @param minVolume the smallest object kept, in voxels (≥ 0)
	 * @param splitDepth how far (in x voxels of distance) a maximum must rise above its saddle to seed an object (&gt; 0)
	 * @param voxelSize the voxel's size, for the distance
	 */
	public WatershedBlockSegmenter(final double level, final boolean dark, final long minVolume, final double splitDepth, final VoxelSize voxelSize)
	{
		if (Double.isNaN(level))
			throw new IllegalArgumentException("threshold level must be a number");
		if (minVolume < 0)
			throw new IllegalArgumentException("min_volume must be >= 0, got " + minVolume);
		if (!(splitDepth > 0) || Double.isInfinite(splitDepth))
			throw new IllegalArgumentException("split_depth must be a positive number of voxels, got " + splitDepth);
		this.level = level;
		this.dark = dark;
		this.minVolume = minVolume;
		this.splitDepth = splitDepth;
		this.voxelSize = voxelSize;
	}

	@Override
	public int[] labels(final Box3 block, final float[] voxels)
	{
		final int w = (int) block.width(), h = (int) block.height(), d = (int) block.depth();
		if (voxels.length != (long) w * h * d)
			throw new IllegalArgumentException("block " + block + " needs " + (long) w * h * d + " voxels, got " + voxels.length);
		final int pw = pad(w), ph = pad(h), pd = pad(d);
		final int ox = pw > 1 ? 1 : 0, oy = ph > 1 ? 1 : 0, oz = pd > 1 ? 1 : 0;
		final boolean[] in = new boolean[pw * ph * pd];
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
				for (int x = 0, i = (z * h + y) * w, p = ((z + oz) * ph + y + oy) * pw + ox; x < w; x++)
					in[p++] = dark ? voxels[i++] < level : voxels[i++] > level;
		final double[] squared = SeededFlood.squaredDistance(in, new int[] { pw, ph, pd }, new double[] { voxelSize.scaleX(), voxelSize.scaleY(), voxelSize.scaleZ() });
		final int[] part = SeededFlood.parts(in, squared, neighbours(pw, ph, pd), splitDepth);
		return paint(part, w, h, d, pw, ph, ox, oy, oz);
	}

	private static int pad(final int n)
	{
		return n > 1 ? n + 2 : 1;
	}

	/** Offsets of the face neighbours along the axes longer than one voxel. */
	private static int[] neighbours(final int pw, final int ph, final int pd)
	{
		final int[] all = { -1, 1, -pw, pw, -pw * ph, pw * ph };
		final boolean[] use = { pw > 1, pw > 1, ph > 1, ph > 1, pd > 1, pd > 1 };
		int n = 0;
		for (final boolean u : use)
			n += u ? 1 : 0;
		final int[] out = new int[n];
		for (int k = 0, j = 0; k < all.length; k++)
			if (use[k])
				out[j++] = all[k];
		return out;
	}

	/** The block's labels: part k + 1, parts below {@code minVolume} dropped and the rest renumbered in order. */
	private int[] paint(final int[] part, final int w, final int h, final int d, final int pw, final int ph, final int ox, final int oy, final int oz)
	{
		int parts = 0;
		for (final int p : part)
			parts = Math.max(parts, p + 1);
		final long[] volume = new long[parts];
		for (final int p : part)
			if (p >= 0)
				volume[p]++;
		final int[] label = new int[parts];
		for (int k = 0, next = 0; k < parts; k++)
			label[k] = volume[k] >= minVolume ? ++next : 0;
		final int[] out = new int[w * h * d];
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
				for (int x = 0, i = (z * h + y) * w, p = ((z + oz) * ph + y + oy) * pw + ox; x < w; x++, p++)
					out[i++] = part[p] >= 0 ? label[part[p]] : 0;
		return out;
	}
}
