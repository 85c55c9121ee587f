package io.github.smm.vis;

/**
 * How instances become overlay elements.
 * <p>
 * {@link #VECTOR} gives one ROI per instance (selectable, exact at any zoom, named
 * {@code instance-<id>}); ImageJ redraws every ROI on each repaint, which gets slow for tens
 * of thousands. {@link #RASTER} paints all instances into RGB images, one {@code ImageRoi}
 * per {@value RasterLayer#BLOCK}×{@value RasterLayer#BLOCK} block of the image that holds an
 * instance, for fills ({@code …-raster-fill-<column>-<row>}) and for outlines
 * ({@code …-raster-<column>-<row>}); display cost then no longer depends on the instance
 * count, but outlines are whole pixels along the inside of the mask (thickness rounded),
 * overlapping instances are not blended with each other, and memory is 4 bytes per pixel of
 * the touched blocks (for fills and outlines each, plus ImageJ's display copy).
 * {@link #AUTO} picks vector up to {@value #AUTO_RASTER_ABOVE} instances and raster above.
 * </p>
 */
public enum Rendering
{
	/** Vector up to {@link #AUTO_RASTER_ABOVE} instances, raster above. */
	AUTO,
	/** One ROI per instance. */
	VECTOR,
	/** All instances painted into ARGB image blocks. */
	RASTER;

	/**
	 * Above this many instances {@link #AUTO} draws a raster. Measured headless on a shared,
	 * busy 2-core machine with {@code OverlayBenchmark} (flatten = one full repaint at 100 %):
	 * vector outlines cost about 12–16 µs per instance to flatten (5,000: 0.06–0.16 s;
	 * 50,000: 0.62–0.79 s on a 6000² image whose bare flatten takes 0.04–0.08 s), a raster
	 * 0.10–0.11 s for 50,000 outlines (0.18–0.46 s with fills), built in 0.14–0.22 s. So up to
	 * this count a repaint stays around a tenth of a second and the ROIs stay selectable.
	 */
	public static final int AUTO_RASTER_ABOVE = 5000;

	/** {@link #VECTOR} or {@link #RASTER} for {@code count} instances. */
	public Rendering resolve(final int count)
	{
		if (this != AUTO)
			return this;
		return count > AUTO_RASTER_ABOVE ? RASTER : VECTOR;
	}
}
