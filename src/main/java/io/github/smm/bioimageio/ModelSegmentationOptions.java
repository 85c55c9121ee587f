package io.github.smm.bioimageio;

import java.util.Locale;

import io.github.smm.InvalidOptionException;
import io.github.smm.tile.Overlap;
import io.github.smm.tile.Taper;

/** Validated options of {@link ModelSegmentation}; start from {@link #defaults()}. */
public final class ModelSegmentationOptions implements Cloneable
{
	/** How tile outputs become instances. */
	public enum Instances
	{
		/** Blend the tiles' maps, then threshold + components over the whole image (exact across seams). */
		BLENDED,
		/** Instances inside every tile, merged across seams by SMM. */
		PER_TILE;

		public static Instances parse(final String s)
		{
			return parseEnum(Instances.class, "instances", s);
		}
	}

	/** Where the statistics of the model's normalisation come from. */
	public enum Normalization
	{
		/** Each tile's own (what the package's per-sample processing says). */
		PER_TILE,
		/** A subsample of the whole image, the same for every tile. */
		WHOLE_IMAGE;

		public static Normalization parse(final String s)
		{
			return parseEnum(Normalization.class, "normalization", s);
		}
	}

	private int tileSize = 512;
	private Overlap overlap = Overlap.ratio(0.2);
	private Instances instances = Instances.PER_TILE;
	private Normalization normalization = Normalization.PER_TILE;
	private double threshold = 0.5;
	private long minArea = 15;
	private int[] channels;
	private int outputChannel;
	private Taper taper = Taper.COSINE;
	private long statisticsPixels = 4_000_000;
	private int batchSize = 4;

	private ModelSegmentationOptions()
	{}

	public static ModelSegmentationOptions defaults()
	{
		return new ModelSegmentationOptions();
	}

	public ModelSegmentationOptions withTileSize(final int v)
	{
		if (v < 1)
			throw new InvalidOptionException("tile_size", "must be >= 1, got " + v);
		final ModelSegmentationOptions o = copy();
		o.tileSize = v;
		return o;
	}

	public ModelSegmentationOptions withOverlap(final Overlap v)
	{
		final ModelSegmentationOptions o = copy();
		o.overlap = v;
		return o;
	}

	public ModelSegmentationOptions withInstances(final Instances v)
	{
		final ModelSegmentationOptions o = copy();
		o.instances = v;
		return o;
	}

	public ModelSegmentationOptions withNormalization(final Normalization v)
	{
		final ModelSegmentationOptions o = copy();
		o.normalization = v;
		return o;
	}

	/** Foreground above this value of the output channel. */
	public ModelSegmentationOptions withThreshold(final double v)
	{
		if (!Double.isFinite(v))
			throw new InvalidOptionException("threshold", "must be a finite number, got " + v);
		final ModelSegmentationOptions o = copy();
		o.threshold = v;
		return o;
	}

	/** Smallest object kept, in pixels. */
	public ModelSegmentationOptions withMinArea(final long v)
	{
		if (v < 0)
			throw new InvalidOptionException("min_area", "must be >= 0, got " + v);
		final ModelSegmentationOptions o = copy();
		o.minArea = v;
		return o;
	}

	/** The image channels fed to the model (indices of the tile's third dimension); null: the plane. */
	public ModelSegmentationOptions withChannels(final int[] v)
	{
		final ModelSegmentationOptions o = copy();
		o.channels = v == null ? null : v.clone();
		return o;
	}

	public ModelSegmentationOptions withOutputChannel(final int v)
	{
		if (v < 0)
			throw new InvalidOptionException("output_channel", "must be >= 0, got " + v);
		final ModelSegmentationOptions o = copy();
		o.outputChannel = v;
		return o;
	}

	public ModelSegmentationOptions withTaper(final Taper v)
	{
		final ModelSegmentationOptions o = copy();
		o.taper = v;
		return o;
	}

	/** Pixels of the whole-image subsample at most. */
	public ModelSegmentationOptions withStatisticsPixels(final long v)
	{
		if (v < 1)
			throw new InvalidOptionException("statistics_pixels", "must be >= 1, got " + v);
		final ModelSegmentationOptions o = copy();
		o.statisticsPixels = v;
		return o;
	}

	/** Tiles per call of the model when its batch axis is free (else one). */
	public ModelSegmentationOptions withBatchSize(final int v)
	{
		if (v < 1)
			throw new InvalidOptionException("batch_size", "must be >= 1, got " + v);
		final ModelSegmentationOptions o = copy();
		o.batchSize = v;
		return o;
	}

	public int batchSize()
	{
		return batchSize;
	}

	public int tileSize()
	{
		return tileSize;
	}

	public Overlap overlap()
	{
		return overlap;
	}

	public Instances instances()
	{
		return instances;
	}

	public Normalization normalization()
	{
		return normalization;
	}

	public double threshold()
	{
		return threshold;
	}

	public long minArea()
	{
		return minArea;
	}

	public int[] channels()
	{
		return channels == null ? null : channels.clone();
	}

	public int outputChannel()
	{
		return outputChannel;
	}

	public Taper taper()
	{
		return taper;
	}

	public long statisticsPixels()
	{
		return statisticsPixels;
	}

	@Override
	public String toString()
	{
		return String.format(Locale.ROOT, "tile_size=%d overlap=%s instances=%s normalization=%s threshold=%s min_area=%d batch_size=%d", tileSize, overlap,
				instances.name().toLowerCase(Locale.ROOT), normalization.name().toLowerCase(Locale.ROOT), threshold, minArea, batchSize);
	}

	private ModelSegmentationOptions copy()
	{
		try
		{
			return (ModelSegmentationOptions) clone();
		}
		catch (final CloneNotSupportedException e)
		{
			throw new AssertionError(e);
		}
	}

	private static <E extends Enum<E>> E parseEnum(final Class<E> type, final String key, final String s)
	{
		for (final E e : type.getEnumConstants())
			if (e.name().equalsIgnoreCase(s.trim()))
				return e;
		final StringBuilder known = new StringBuilder();
		for (final E e : type.getEnumConstants())
			known.append(known.length() == 0 ? "" : " or ").append(e.name().toLowerCase(Locale.ROOT));
		throw new InvalidOptionException(key, "'" + s + "' is not " + known);
	}
}
