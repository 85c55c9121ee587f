package io.github.smm.spark;

import java.awt.Rectangle;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.stream.ImageInputStream;

import io.github.smm.command.ModelChannels;
import io.github.smm.model.Box;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * {@code channels} of {@code segmenter=bioimageio} on an {@code image_file}: every channel of an
 * ImageJ hyperstack TIFF at its first slice and frame, read by region, as float pixels with the
 * channels in the third dimension (index 0 = ImageJ's channel 1) — what the command's source of
 * the same image opened in ImageJ holds ({@code ImagePlusChannelsSource} at the slice and frame
 * ImageJ opens it at). The channel count is the {@code channels=} of ImageJ's description (pages
 * in ImageJ's c, z, t order, so channel c of the first slice and frame is page c); a TIFF without
 * it is one channel, as ImageJ opens it. Pages of several samples per pixel (RGB) are refused,
 * naming the file (ImageJ's rounded RGB to 8-bit conversion is not redone here; make the image a
 * composite of gray channels first, Image &gt; Color &gt; Make Composite, and save it).
 */
final class TiffChannelsSource implements ImageSource
{
	private static final Pattern CHANNELS = Pattern.compile("(?m)^channels=(\\d+)\\s*$");

	private final Path file;
	private final ImageInputStream stream;
	private final ImageReader reader;
	private final int width, height, channels;

	/**
	 * @param picked the channels the model is fed (from 0), checked against the file's
	 * @throws IOException naming the file when it cannot be read
	 * @throws IllegalArgumentException naming the file and a channel it lacks
	 */
	TiffChannelsSource(final Path file, final int[] picked) throws IOException
	{
		this.file = file;
		stream = ImageIO.createImageInputStream(file.toFile());
		if (stream == null)
			throw new IOException(file + ": cannot be opened");
		final Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff");
		reader = readers.next();
		try
		{
			reader.setInput(stream, false, false);
			width = reader.getWidth(0);
			height = reader.getHeight(0);
			channels = channelsOf(description(reader.getImageMetadata(0)));
			if (reader.getRawImageType(0) != null && reader.getRawImageType(0).getNumBands() != 1)
				throw new IllegalArgumentException("channels: " + file.getFileName() + " has " + reader.getRawImageType(0).getNumBands()
						+ " samples per pixel (RGB); the job picks channels of gray pages: make it a composite (Image > Color > Make Composite) and save it as TIFF");
			if (channels > reader.getNumImages(true))
				throw new IOException(file + ": the description says channels=" + channels + " but the file holds " + reader.getNumImages(true) + " images");
		}
		catch (final IllegalArgumentException e)
		{
			close();
			throw e;
		}
		catch (final IOException | RuntimeException e)
		{
			close();
			if (e instanceof IOException && String.valueOf(e.getMessage()).startsWith(file.toString()))
				throw (IOException) e;
			throw new IOException(file + ": not a TIFF that can be read by channel (" + e.getMessage() + ")", e);
		}
		try
		{
			ModelChannels.requireChannels(String.valueOf(file.getFileName()), channels, picked);
		}
		catch (final IllegalArgumentException e)
		{
			close();
			throw e;
		}
	}

	/** ImageJ's {@code channels=} of a description, else 1. */
	static int channelsOf(final String description)
	{
		final Matcher m = CHANNELS.matcher(description == null ? "" : description);
		return description != null && description.startsWith("ImageJ=") && m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : 1;
	}

	private static String description(final IIOMetadata metadata) throws IOException
	{
		final TIFFDirectory d;
		try
		{
			d = TIFFDirectory.createFromMetadata(metadata);
		}
		catch (final javax.imageio.metadata.IIOInvalidTreeException e)
		{
			throw new IOException(e.getMessage(), e);
		}
		final TIFFField f = d.getTIFFField(BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION);
		return f == null ? null : f.getAsString(0);
	}

	/** The channels of the file. */
	int channels()
	{
		return channels;
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
		final float[] px = new float[w * h * channels];
		final ImageReadParam param = reader.getDefaultReadParam();
		param.setSourceRegion(new Rectangle((int) window.minX, (int) window.minY, w, h));
		for (int c = 0; c < channels; c++)
		{
			final Raster r;
			try
			{
				r = reader.read(c, param).getRaster();
			}
			catch (final IOException e)
			{
				throw new IllegalStateException(file + ": cannot read region of channel " + (c + 1) + ": " + e.getMessage(), e);
			}
			System.arraycopy(r.getSamples(r.getMinX(), r.getMinY(), w, h, 0, (float[]) null), 0, px, c * w * h, w * h);
		}
		return Views.translate(ArrayImgs.floats(px, w, h, channels), window.minX, window.minY, 0);
	}


	/** Not used by the model segmenter (it has no whole-image threshold). */
	@Override
	public double otsuLevel()
	{
		throw new UnsupportedOperationException("channels: the whole-image Otsu level is for the threshold segmenters, which read one plane");
	}

	@Override
	public void close() throws IOException
	{
		reader.dispose();
		stream.close();
	}
}
