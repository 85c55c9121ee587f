package io.github.smm.spark;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import io.github.smm.ij.tiling.TiffTileSource;
import io.github.smm.model.Box;
import io.github.smm.spark.zarr.ZarrTileSource;
import io.github.smm.tile.TileSource;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * An input image of the job, read window by window in the executors: a TIFF (or another file
 * Java reads) or a Zarr array / OME-Zarr image (a folder holding {@code zarr.json},
 * {@code .zarray} or {@code .zgroup}).
 */
public interface ImageSource extends TileSource<FloatType>, Closeable
{
	/** Otsu's level of the whole image, from a subsampled read (as the command computes it). */
	double otsuLevel();

	/**
	 * Opens the image at {@code path}.
	 *
	 * @throws IOException naming the file or store that cannot be read
	 */
	static ImageSource open(final Path path) throws IOException
	{
		return open(path, null);
	}

	/**
	 * Opens the image at {@code path} with the channels {@code segmenter=bioimageio} is fed
	 * ({@link ModelWorker#channels}): null for the plane; else every channel of a TIFF hyperstack
	 * ({@link TiffChannelsSource}).
	 *
	 * @throws IOException naming the file or store that cannot be read
	 * @throws IllegalArgumentException naming the file and a channel it lacks, or a Zarr store
	 */
	static ImageSource open(final Path path, final int[] channels) throws IOException
	{
		if (channels != null && java.nio.file.Files.isDirectory(path))
			throw new IllegalArgumentException("channels: " + path + " is a Zarr store, read as one 2-D plane; the job picks the channels of an ImageJ hyperstack TIFF"
					+ " (save the image with File > Save As > Tiff...)");
		if (channels != null)
			return new TiffChannelsSource(path, channels);
		if (java.nio.file.Files.isDirectory(path))
			return new ZarrTileSource(path);
		final TiffTileSource tiff = new TiffTileSource(path);
		return new ImageSource()
		{
			@Override
			public long width()
			{
				return tiff.width();
			}

			@Override
			public long height()
			{
				return tiff.height();
			}

			@Override
			public RandomAccessibleInterval<FloatType> read(final Box window)
			{
				return tiff.read(window);
			}

			@Override
			public void release(final Box window)
			{
				tiff.release(window);
			}

			@Override
			public double otsuLevel()
			{
				return tiff.otsuLevel();
			}

			@Override
			public void close() throws IOException
			{
				tiff.close();
			}
		};
	}
}
