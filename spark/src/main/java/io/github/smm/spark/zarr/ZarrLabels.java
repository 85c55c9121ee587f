package io.github.smm.spark.zarr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.smm.model.Box;
import io.github.smm.model.Instance;

/**
 * Writes merged objects as a label image into a new Zarr array (int32, gzip, v2 or v3), chunk
 * by chunk: only one chunk of labels is in memory at a time, whatever the image size. Object
 * {@code k} (0-based, in the given order) gets label {@code k + 1}; a pixel claimed by several
 * objects goes to the higher score, then the larger area, then the earlier object.
 */
public final class ZarrLabels
{
	private ZarrLabels()
	{}

	/** Writes the labels of {@code objects} on a {@code width × height} image. */
	public static ZarrArray write(final Path dir, final int format, final int chunk, final long width, final long height, final List<Instance> objects)
			throws IOException
	{
		if (format != 2 && format != 3)
			throw new IllegalArgumentException("zarr_format must be 2 or 3, got " + format);
		final ZarrArray a = ZarrArray.create(dir, format, new long[] { height, width }, new int[] { chunk, chunk }, ZarrType.INT32);
		final long columns = (width + chunk - 1) / chunk, rows = (height + chunk - 1) / chunk;
		final List<List<Integer>> byChunk = new ArrayList<>();
		for (long k = 0; k < columns * rows; k++)
			byChunk.add(new ArrayList<>());
		for (int i = 0; i < objects.size(); i++)
		{
			final Box b = objects.get(i).box();
			for (long cy = b.minY / chunk; cy * chunk < b.maxY; cy++)
				for (long cx = b.minX / chunk; cx * chunk < b.maxX; cx++)
					byChunk.get((int) (cy * columns + cx)).add(i);
		}
		final Comparator<Integer> wins = winner(objects);
		for (long cy = 0; cy < rows; cy++)
			for (long cx = 0; cx < columns; cx++)
			{
				final List<Integer> here = byChunk.get((int) (cy * columns + cx));
				if (here.isEmpty())
					continue; // a missing chunk reads as the fill value 0
				here.sort(wins); // weakest first: the winner paints last
				a.writeChunk(new long[] { cy, cx }, paint(objects, here, cx * chunk, cy * chunk, chunk));
			}
		return a;
	}

	/** Orders objects by who keeps a shared pixel: higher score, larger area, earlier. */
	private static Comparator<Integer> winner(final List<Instance> objects)
	{
		return Comparator.<Integer> comparingDouble(i -> objects.get(i).score()).thenComparingLong(i -> objects.get(i).mask().area())
				.thenComparing(Comparator.<Integer> naturalOrder().reversed());
	}

	private static double[] paint(final List<Instance> objects, final List<Integer> order, final long x0, final long y0, final int chunk)
	{
		final double[] labels = new double[chunk * chunk];
		for (final int i : order)
			objects.get(i).mask().forEachRun((y, xs, xe) -> {
				if (y < y0 || y >= y0 + chunk)
					return;
				for (long x = Math.max(xs, x0); x < Math.min(xe, x0 + chunk); x++)
					labels[(int) ((y - y0) * chunk + x - x0)] = i + 1;
			});
		return labels;
	}
}
