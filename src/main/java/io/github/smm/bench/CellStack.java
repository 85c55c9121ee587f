package io.github.smm.bench;

import java.io.IOException;
import java.nio.file.Path;

import io.github.smm.volume.Box3;
import io.github.smm.volume.tiled.CompressedTiffStackWriter;
import io.github.smm.volume.tiled.CompressedTiffStackWriter.Compression;
import io.github.smm.volume.tiled.TiffStackWriter;

/**
 * The image of a {@link VoronoiVolume} that a classical 3D segmenter can read: cell interiors
 * bright ({@link #INSIDE}), the voxels on a cell boundary (a face neighbour in another cell) dark
 * ({@link #BOUNDARY}). Thresholding it and taking 6-connected components gives every cell's
 * interior. Built slice by slice (three slices of labels held), so it can be streamed to disk.
 */
public final class CellStack
{
	public static final float INSIDE = 200, BOUNDARY = 40;

	private final VoronoiVolume cells;
	private final int width, height, depth;
	/** Interior voxels per label (index = label). */
	private final long[] interior;

	public CellStack(final VoronoiVolume cells)
	{
		this.cells = cells;
		final Box3 e = cells.extent();
		width = (int) e.width();
		height = (int) e.height();
		depth = (int) e.depth();
		interior = new long[cells.seedCount() + 1];
	}

	/** Writes the image as an 8-bit TIFF stack, slice by slice; counts the interior voxels of every cell on the way. */
	public void write(final Path file) throws IOException
	{
		try (TiffStackWriter w = new TiffStackWriter(file, width, height, depth, 8, cells.voxel(), "micron"))
		{
			forEachSlice(w::writeSlice);
		}
	}

	/** As {@link #write(Path)}, compressed and/or in strips of {@code rowsPerStrip} rows or tiles of {@code tileSize}² ({@link CompressedTiffStackWriter}). */
	public void write(final Path file, final Compression compression, final boolean predictor, final int rowsPerStrip, final int tileSize) throws IOException
	{
		try (CompressedTiffStackWriter w = new CompressedTiffStackWriter(file, width, height, depth, 8, cells.voxel(), "micron", compression, predictor, rowsPerStrip, tileSize))
		{
			forEachSlice(w::writeSlice);
		}
	}

	/** The whole image in memory ({@link io.github.smm.volume.tiled.VolumeSource#read} order): for small volumes. */
	public float[] toArray()
	{
		final float[] out = new float[width * height * depth];
		final int[] z = { 0 };
		try
		{
			forEachSlice(s -> System.arraycopy(s, 0, out, z[0]++ * width * height, s.length));
		}
		catch (final IOException e)
		{
			throw new IllegalStateException(e);
		}
		return out;
	}

	/** Number of interior voxels of cell {@code label} (after {@link #write} or {@link #toArray}). */
	public long interiorVolume(final int label)
	{
		return interior[label];
	}

	/** The number of labels (1..count). */
	public int labelCount()
	{
		return interior.length - 1;
	}

	private interface SliceConsumer
	{
		void accept(float[] slice) throws IOException;
	}

	private void forEachSlice(final SliceConsumer out) throws IOException
	{
		java.util.Arrays.fill(interior, 0);
		int[] below = null, here = labels(0), above = depth > 1 ? labels(1) : null;
		final float[] slice = new float[width * height];
		for (int z = 0; z < depth; z++)
		{
			for (int y = 0; y < height; y++)
				for (int x = 0; x < width; x++)
				{
					final int i = y * width + x, l = here[i];
					final boolean inside = (x == 0 || here[i - 1] == l) && (x == width - 1 || here[i + 1] == l) && (y == 0 || here[i - width] == l)
							&& (y == height - 1 || here[i + width] == l) && (below == null || below[i] == l) && (above == null || above[i] == l);
					slice[i] = inside ? INSIDE : BOUNDARY;
					if (inside)
						interior[l]++;
				}
			out.accept(slice);
			below = here;
			here = above;
			above = z + 2 < depth ? labels(z + 2) : null;
		}
	}

	private int[] labels(final int z)
	{
		final int[] out = new int[width * height];
		cells.fill(new Box3(0, 0, z, width, height, z + 1), out);
		return out;
	}
}
