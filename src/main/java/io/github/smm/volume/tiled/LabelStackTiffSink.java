package io.github.smm.volume.tiled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.smm.volume.Box3;
import io.github.smm.volume.VolumeInstance;
import io.github.smm.volume.VoxelSize;

/**
 * A {@link VolumeSink} writing the merged objects as a label stack while the sweep goes: a 32-bit
 * float multi-page TIFF ({@link TiffStackWriter}; object {@code i} has label {@code i}), written
 * slice by slice as slices become final. Objects are held sparse until every slice they touch is
 * written, so only one slice is ever dense. A voxel claimed by two objects goes to the higher
 * score (the earlier on a tie). After a cancelled run the slices not reached hold only the
 * objects given so far.
 */
public final class LabelStackTiffSink implements VolumeSink
{
	private static final int MAX_LABEL = 1 << 24;

	private final Path file;
	private final int width, depth;
	private final TiffStackWriter writer;
	private final List<VolumeInstance> pending = new ArrayList<>();
	private final float[] plane, best;
	private int nextSlice;

	/** @param unit the unit of the voxel size (e.g. {@code micron}); {@code null} or empty when uncalibrated */
	public LabelStackTiffSink(final Path file, final Box3 extent, final VoxelSize voxel, final String unit) throws IOException
	{
		if (extent.minX != 0 || extent.minY != 0 || extent.minZ != 0)
			throw new IllegalArgumentException("the label stack starts at the origin, got " + extent);
		this.file = file;
		this.width = (int) extent.width();
		this.depth = (int) extent.depth();
		writer = new TiffStackWriter(file, width, (int) extent.height(), depth, 32, voxel, unit);
		plane = new float[width * (int) extent.height()];
		best = new float[plane.length];
	}

	@Override
	public void accept(final VolumeInstance object, final long[] members)
	{
		if (object.id() >= MAX_LABEL)
			throw new IllegalArgumentException("more than " + (MAX_LABEL - 1) + " objects do not fit a float label stack");
		if (object.box().minZ < nextSlice)
			throw new IllegalStateException("object " + object.id() + " starts at slice " + object.box().minZ + ", already written up to " + nextSlice);
		pending.add(object);
	}

	@Override
	public void slicesFinal(final long z)
	{
		while (nextSlice < Math.min(z, depth))
			writeSlice();
		pending.removeIf(o -> o.box().maxZ <= nextSlice);
	}

	@Override
	public void finish(final boolean complete)
	{
		slicesFinal(depth);
		try
		{
			writer.close();
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

	private void writeSlice()
	{
		Arrays.fill(plane, 0);
		Arrays.fill(best, -1);
		final long z = nextSlice;
		for (final VolumeInstance o : pending)
			if (o.box().minZ <= z && z < o.box().maxZ)
			{
				final float label = o.id(), score = (float) o.score();
				o.mask().slice(z).forEachRun((y, s, e) -> {
					final int row = (int) y * width;
					for (int x = (int) s; x < e; x++)
						if (score > best[row + x])
						{
							best[row + x] = score;
							plane[row + x] = label;
						}
				});
			}
		try
		{
			writer.writeSlice(plane);
		}
		catch (final IOException e)
		{
			throw new UncheckedIOException("cannot write " + file, e);
		}
		nextSlice++;
	}
}
