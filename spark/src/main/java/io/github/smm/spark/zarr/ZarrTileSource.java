package io.github.smm.spark.zarr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import ij.process.FloatProcessor;
import io.github.smm.ij.tiling.ImagePlusTileSource;
import io.github.smm.model.Box;
import io.github.smm.spark.ImageSource;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * A 2-D image in a Zarr array (or the first level of an OME-Zarr image), read window by
 * window: only the chunks a window touches are read (a few recent ones kept). The last two
 * dimensions are y and x; any before them must have size 1 (e.g. OME-Zarr's t, c, z of one
 * plane).
 */
public final class ZarrTileSource implements ImageSource
{
	/** Largest number of pixels read for the whole-image histogram (as the TIFF source). */
	private static final long HISTOGRAM_PIXELS = 4_000_000;

	private static final int CACHED_CHUNKS = 32;

	private final ZarrArray array;
	private final int rank;
	private final long width, height;
	private final int chunkW, chunkH;
	private final Map<Long, double[]> cache = new LinkedHashMap<Long, double[]>(16, 0.75f, true)
	{
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(final Map.Entry<Long, double[]> eldest)
		{
			return size() > CACHED_CHUNKS;
		}
	};

	public ZarrTileSource(final Path dir) throws IOException
	{
		array = ZarrArray.open(dir);
		rank = array.shape.length;
		if (rank < 2)
			throw new IOException(array + ": an image needs at least 2 dimensions (y, x)");
		for (int d = 0; d < rank - 2; d++)
			if (array.shape[d] != 1)
				throw new IOException(array + ": dimension " + d + " has size " + array.shape[d] + "; give one 2-D plane (leading dimensions of size 1)");
		height = array.shape[rank - 2];
		width = array.shape[rank - 1];
		chunkH = array.chunks[rank - 2];
		chunkW = array.chunks[rank - 1];
	}

	@Override
	public long width()
	{
		return width;
	}

	@Override
	public long height()
	{
		return height;
	}

	@Override
	public synchronized RandomAccessibleInterval<FloatType> read(final Box window)
	{
		final int w = (int) window.width(), h = (int) window.height();
		final float[] out = new float[w * h];
		for (long cy = window.minY / chunkH; cy * chunkH < window.maxY; cy++)
			for (long cx = window.minX / chunkW; cx * chunkW < window.maxX; cx++)
			{
				final double[] chunk = chunk(cy, cx);
				final long y0 = Math.max(window.minY, cy * chunkH), y1 = Math.min(window.maxY, (cy + 1) * chunkH);
				final long x0 = Math.max(window.minX, cx * chunkW), x1 = Math.min(window.maxX, (cx + 1) * chunkW);
				for (long y = y0; y < y1; y++)
					for (long x = x0; x < x1; x++)
						out[(int) ((y - window.minY) * w + x - window.minX)] = (float) chunk[(int) ((y - cy * chunkH) * chunkW + x - cx * chunkW)];
			}
		return Views.translate(ArrayImgs.floats(out, w, h), window.minX, window.minY);
	}

	/** Otsu's level of the whole image from the same subsampled pixels the TIFF source reads (every step-th pixel from 0). */
	@Override
	public synchronized double otsuLevel()
	{
		final int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / HISTOGRAM_PIXELS)));
		final int sw = (int) ((width + step - 1) / step), sh = (int) ((height + step - 1) / step);
		final float[] values = new float[sw * sh];
		for (int j = 0; j < sh; j++)
		{
			final long y = (long) j * step;
			final RandomAccessibleInterval<FloatType> row = read(new Box(0, y, width, y + 1));
			final net.imglib2.RandomAccess<FloatType> ra = row.randomAccess();
			for (int i = 0; i < sw; i++)
			{
				ra.setPosition(new long[] { (long) i * step, y });
				values[j * sw + i] = ra.get().get();
			}
		}
		return new ImagePlusTileSource(new FloatProcessor(sw, sh, values)).otsuLevel();
	}

	private double[] chunk(final long cy, final long cx)
	{
		final long key = cy * (1L << 31) + cx;
		return cache.computeIfAbsent(key, k -> {
			final long[] index = new long[rank];
			index[rank - 2] = cy;
			index[rank - 1] = cx;
			try
			{
				return array.readChunk(index);
			}
			catch (final IOException e)
			{
				throw new UncheckedIOException(e.getMessage(), e);
			}
		});
	}

	@Override
	public void close()
	{
		cache.clear();
	}
}
