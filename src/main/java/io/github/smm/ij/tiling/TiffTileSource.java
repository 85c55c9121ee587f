package io.github.smm.ij.tiling;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.github.smm.model.Box;
import io.github.smm.tile.TileSource;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * A TIFF on disk read region by region with the JDK's TIFF reader (javax.imageio, part of
 * Java 11+): only the strips or tiles a window touches are decoded, so an image larger than the
 * memory budget is never loaded whole. First image of the file; several samples per pixel are
 * averaged to gray, like ImageJ's RGB to 8-bit conversion.
 */
public final class TiffTileSource implements TileSource<FloatType>, Closeable
{
	/** Largest number of pixels read for the whole-image histogram (by subsampling). */
	private static final long HISTOGRAM_PIXELS = 4_000_000;

	private final Path file;
	private final ImageInputStream stream;
	private final ImageReader reader;
	private final int width, height;

	public TiffTileSource(final Path file) throws IOException
	{
		this.file = file;
		stream = ImageIO.createImageInputStream(file.toFile());
		if (stream == null)
			throw new IOException(file + ": cannot be opened");
		final Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
		if (!readers.hasNext())
		{
			stream.close();
			throw new IOException(file + ": not a TIFF (or any image format Java reads)");
		}
		reader = readers.next();
		reader.setInput(stream, true, true);
		width = reader.getWidth(0);
		height = reader.getHeight(0);
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
		final ImageReadParam param = reader.getDefaultReadParam();
		param.setSourceRegion(new Rectangle((int) window.minX, (int) window.minY, (int) window.width(), (int) window.height()));
		final float[] gray = gray(decode(param).getRaster());
		return Views.translate(ArrayImgs.floats(gray, window.width(), window.height()), window.minX, window.minY);
	}

	/**
	 * Otsu's level of the whole image, from a subsampled read of at most a few million pixels
	 * (values are assumed 8-bit or 16-bit integers; the level is on the image's own scale).
	 */
	public synchronized double otsuLevel()
	{
		final int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / HISTOGRAM_PIXELS)));
		final ImageReadParam param = reader.getDefaultReadParam();
		param.setSourceSubsampling(step, step, 0, 0);
		return GrayLevels.otsu(gray(decode(param).getRaster()));
	}

	private BufferedImage decode(final ImageReadParam param)
	{
		try
		{
			return reader.read(0, param);
		}
		catch (final IOException e)
		{
			throw new IllegalStateException(file + ": cannot read region: " + e.getMessage(), e);
		}
	}

	/** One float per pixel: the sample, or the mean of the samples. */
	private static float[] gray(final Raster r)
	{
		final int w = r.getWidth(), h = r.getHeight(), bands = r.getNumBands();
		final float[] out = new float[w * h];
		final float[] row = new float[w];
		for (int b = 0; b < bands; b++)
			for (int y = 0; y < h; y++)
			{
				r.getSamples(r.getMinX(), r.getMinY() + y, w, 1, b, row);
				for (int x = 0; x < w; x++)
					out[y * w + x] += row[x] / bands;
			}
		return out;
	}

	@Override
	public void close() throws IOException
	{
		reader.dispose();
		stream.close();
	}
}
