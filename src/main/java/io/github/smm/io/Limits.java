package io.github.smm.io;

/**
 * The size limits checked before anything is allocated, so that a hostile or mistaken file
 * stops with a message instead of exhausting memory. Each can be raised with a system property
 * ({@code java -Dsmm.maxPixels=… -jar smm.jar …}, or in Fiji's {@code ImageJ.cfg}).
 */
public final class Limits
{
	/** Property for {@link #maxPixels()}. */
	public static final String MAX_PIXELS = "smm.maxPixels";

	/** Property for {@link #maxEntryBytes()}. */
	public static final String MAX_ENTRY_BYTES = "smm.maxZipEntryBytes";

	/** Property for {@link #maxVertices()}. */
	public static final String MAX_VERTICES = "smm.maxVertices";

	private Limits()
	{}

	/** Most pixels of one image plane or rasterised region: ImageJ's own array limit, 2³¹ − 1. */
	public static long maxPixels()
	{
		return Long.getLong(MAX_PIXELS, Integer.MAX_VALUE);
	}

	/** Most uncompressed bytes of one zip entry (a ROI): 64 MiB. */
	public static long maxEntryBytes()
	{
		return Long.getLong(MAX_ENTRY_BYTES, 64L << 20);
	}

	/** Most vertices of one polygon: 10 million. */
	public static long maxVertices()
	{
		return Long.getLong(MAX_VERTICES, 10_000_000L);
	}

	/**
	 * @throws FormatException naming {@code where} when {@code width × height} exceeds {@link #maxPixels()}
	 */
	public static void requirePixels(final long width, final long height, final String where)
	{
		if (width > 0 && height > 0 && (width > maxPixels() / height))
			throw new FormatException(where + ": " + width + " x " + height + " pixels exceed the limit of " + maxPixels() + " (raise it with -D" + MAX_PIXELS + "=N)");
	}
}
