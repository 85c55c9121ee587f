package io.github.smm.tile;

import java.util.Locale;

import io.github.smm.InvalidOptionException;
import io.github.smm.model.Box;

/**
 * How a large image is cut into overlapping tiles and in which order they are read, computed
 * before any pixel is read. Tiles are visited band by band: a band is a row of tiles
 * ({@link SweepOrder#ROWS}) or a column of tiles ({@link SweepOrder#COLUMNS}); inside a band
 * from left to right (or top to bottom). Every tile is read exactly once, at step
 * {@code k = tile index}, and released at the end of that step.
 * <p>
 * Finality: the tiles after band {@code b} all start at or beyond the leading edge of band
 * {@code b + 1} (the <em>final limit</em> of band {@code b}). So once band {@code b} is done,
 * the output before that limit is final, and an instance is final once its box plus the merge
 * radius ρ stays before it ({@link #isFinalAfterBand(Box, int, double)}).
 * </p>
 *
 * <pre>
 * TilePlan plan = TilePlan.of(40_000, 40_000, 256, Overlap.pixels(32));
 * System.out.println(plan.describe());
 * </pre>
 */
public final class TilePlan
{
	private final long width, height;
	private final int tileWidth, tileHeight;
	private final Overlap overlap;
	private final EdgePolicy edgePolicy;
	private final SweepOrder requestedOrder, order;
	private final TileAxis xAxis, yAxis;

	private TilePlan(final long width, final long height, final int tileWidth, final int tileHeight, final Overlap overlap, final EdgePolicy edgePolicy, final SweepOrder requestedOrder)
	{
		if (width < 1 || height < 1)
			throw new InvalidOptionException("image_size", "must be at least 1 x 1 pixels, got " + width + " x " + height);
		if (tileWidth < 1 || tileHeight < 1)
			throw new InvalidOptionException("tile_size", "must be at least 1 x 1 pixels, got " + tileWidth + " x " + tileHeight);
		this.width = width;
		this.height = height;
		this.tileWidth = tileWidth;
		this.tileHeight = tileHeight;
		this.overlap = require("overlap", overlap);
		this.edgePolicy = require("edge_policy", edgePolicy);
		this.requestedOrder = require("sweep_order", requestedOrder);
		this.order = requestedOrder.resolve(width, height);
		this.xAxis = TileAxis.of(width, tileWidth, overlapPixels(tileWidth), edgePolicy);
		this.yAxis = TileAxis.of(height, tileHeight, overlapPixels(tileHeight), edgePolicy);
		if ((long) xAxis.count() * yAxis.count() > Integer.MAX_VALUE)
			throw new InvalidOptionException("tile_size", "a " + width + " x " + height + " image needs more than " + Integer.MAX_VALUE + " tiles of " + tileWidth + " x " + tileHeight);
	}

	/** Square tiles of {@code tileSize}, {@link EdgePolicy#SHIFT}, {@link SweepOrder#AUTO}. */
	public static TilePlan of(final long width, final long height, final int tileSize, final Overlap overlap)
	{
		return new TilePlan(width, height, tileSize, tileSize, overlap, EdgePolicy.SHIFT, SweepOrder.AUTO);
	}

	public TilePlan withTileSize(final int tileWidth, final int tileHeight)
	{
		return new TilePlan(width, height, tileWidth, tileHeight, overlap, edgePolicy, requestedOrder);
	}

	public TilePlan withOverlap(final Overlap o)
	{
		return new TilePlan(width, height, tileWidth, tileHeight, o, edgePolicy, requestedOrder);
	}

	public TilePlan withEdgePolicy(final EdgePolicy p)
	{
		return new TilePlan(width, height, tileWidth, tileHeight, overlap, p, requestedOrder);
	}

	public TilePlan withSweepOrder(final SweepOrder o)
	{
		return new TilePlan(width, height, tileWidth, tileHeight, overlap, edgePolicy, o);
	}

	private int overlapPixels(final int tileSize)
	{
		final int px = overlap.pixelsFor(tileSize);
		if (px >= tileSize)
			throw new InvalidOptionException("overlap", "must be smaller than the tile size " + tileSize + ", got " + px + " px");
		return px;
	}

	private static <T> T require(final String key, final T v)
	{
		if (v == null)
			throw new InvalidOptionException(key, "must not be empty");
		return v;
	}

	public long imageWidth()
	{
		return width;
	}

	public long imageHeight()
	{
		return height;
	}

	/** The image as a box at the origin. */
	public Box image()
	{
		return new Box(0, 0, width, height);
	}

	/** The width of every tile region (smaller than requested only for a narrow image under SHIFT). */
	public int tileWidth()
	{
		return xAxis.size;
	}

	/** The height of every tile region (smaller than requested only for a low image under SHIFT). */
	public int tileHeight()
	{
		return yAxis.size;
	}

	/** Horizontal overlap of regular neighbours, in pixels. */
	public int overlapX()
	{
		return xAxis.overlap;
	}

	/** Vertical overlap of regular neighbours, in pixels. */
	public int overlapY()
	{
		return yAxis.overlap;
	}

	public Overlap overlap()
	{
		return overlap;
	}

	public EdgePolicy edgePolicy()
	{
		return edgePolicy;
	}

	/** The order actually used: {@link SweepOrder#ROWS} or {@link SweepOrder#COLUMNS}. */
	public SweepOrder sweepOrder()
	{
		return order;
	}

	/** Number of tile columns. */
	public int columns()
	{
		return xAxis.count();
	}

	/** Number of tile rows. */
	public int rows()
	{
		return yAxis.count();
	}

	public int tileCount()
	{
		return columns() * rows();
	}

	public int bandCount()
	{
		return sweepAxis().count();
	}

	public int tilesPerBand()
	{
		return crossAxis().count();
	}

	/** Tile {@code k} of the sweep, {@code 0 ≤ k < tileCount()}. */
	public Tile tile(final int k)
	{
		if (k < 0 || k >= tileCount())
			throw new IndexOutOfBoundsException("tile " + k + " of a plan with " + tileCount() + " tiles");
		final int band = k / tilesPerBand(), position = k % tilesPerBand();
		final int xi = order == SweepOrder.ROWS ? position : band;
		final int yi = order == SweepOrder.ROWS ? band : position;
		final Box region = new Box(xAxis.origin(xi), yAxis.origin(yi), xAxis.end(xi), yAxis.end(yi));
		final Box window = new Box(region.minX, region.minY, xAxis.windowEnd(xi), yAxis.windowEnd(yi));
		return new Tile(k, band, position, region, window);
	}

	/** The column of tiles (index along x) a tile of this plan is in. */
	int columnOf(final Tile t)
	{
		return order == SweepOrder.ROWS ? t.position() : t.band();
	}

	/** The row of tiles (index along y) a tile of this plan is in. */
	int rowOf(final Tile t)
	{
		return order == SweepOrder.ROWS ? t.band() : t.position();
	}

	/** Step {@code k} of the schedule. */
	public TileStep step(final int k)
	{
		final Tile t = tile(k);
		final boolean endsBand = t.position() == tilesPerBand() - 1;
		return new TileStep(t, endsBand ? finalRegion(t.band()) : new Box(0, 0, 0, 0));
	}

	/**
	 * The sweep coordinate (y for rows, x for columns) before which no tile after band
	 * {@code b} reads anything: the leading edge of band {@code b + 1}, or the image end.
	 */
	public long finalLimit(final int band)
	{
		return band + 1 < bandCount() ? sweepAxis().origin(band + 1) : sweepAxis().extent;
	}

	/** The image pixels that become final when band {@code b} is done. */
	public Box finalRegion(final int band)
	{
		final long from = band == 0 ? 0 : finalLimit(band - 1), to = finalLimit(band);
		return order == SweepOrder.ROWS ? new Box(0, from, width, to) : new Box(from, 0, to, height);
	}

	/**
	 * True when an instance with this box can have no candidate partner (box gap ≤ ρ) among
	 * the instances of the tiles after band {@code b}: those lie at or beyond
	 * {@link #finalLimit(int)}, so the box gap to them is at least
	 * {@code finalLimit − (trailing edge − 1)}; final when that exceeds ρ. After the last band
	 * everything is final.
	 */
	public boolean isFinalAfterBand(final Box box, final int band, final double rho)
	{
		if (band >= bandCount() - 1)
			return true;
		return trailingEdge(box) - 1 + rho < finalLimit(band);
	}

	/** The end of a box along the sweep axis (maxY for rows, maxX for columns). */
	long trailingEdge(final Box box)
	{
		return order == SweepOrder.ROWS ? box.maxY : box.maxX;
	}

	TileAxis sweepAxis()
	{
		return order == SweepOrder.ROWS ? yAxis : xAxis;
	}

	TileAxis crossAxis()
	{
		return order == SweepOrder.ROWS ? xAxis : yAxis;
	}

	TileAxis xAxis()
	{
		return xAxis;
	}

	TileAxis yAxis()
	{
		return yAxis;
	}

	/**
	 * The largest object (in pixels along x and along y) that can never be seen by two tiles
	 * sharing no pixel. Fragments of a larger object may come from tiles with no common window,
	 * where window IoU has nothing to compare: they can only join through fragments from the
	 * tiles in between, which overlap both. Mind it around the last, shifted tile of
	 * {@link EdgePolicy#SHIFT}, whose predecessor's predecessor may end just before it starts,
	 * and without overlap (then it is 1 and no fragment pair ever shares a view).
	 */
	public long safeObjectSize()
	{
		return Math.min(xAxis.safeObjectSpan(), yAxis.safeObjectSpan());
	}

	/** Reads of the schedule: every tile exactly once. */
	public long tileReads()
	{
		return tileCount();
	}

	/** Pixels of one tile region (padding included). */
	public long tilePixels()
	{
		return (long) tileWidth() * tileHeight();
	}

	/** Pixels of one band's tiles, counted per tile (overlaps counted twice). */
	public long bandPixels()
	{
		return tilesPerBand() * tilePixels();
	}

	/**
	 * The blender's strip: the rows (or columns) of one band thickness across the whole
	 * covered width (or height), holding sums of the pixels that are not final yet.
	 */
	public long stripPixels()
	{
		return (long) sweepAxis().size * crossAxis().coveredEnd();
	}

	/**
	 * The most pixels this schedule holds at once: one tile (each is released before the next
	 * is read) plus the blender's {@link #stripPixels() strip}. The instance runner holds only
	 * the tile; its sparse live instances are counted separately.
	 */
	public long peakResidentPixels()
	{
		return tilePixels() + stripPixels();
	}

	/** The budget the runners must stay within: two bands of tiles plus one tile. */
	public long residentBudget()
	{
		return 2 * bandPixels() + tilePixels();
	}

	/** One line: sizes, overlap, policy, order and counts. */
	@Override
	public String toString()
	{
		return String.format(Locale.ROOT, "TilePlan %d x %d px, tiles %d x %d, overlap %d x %d px, %s, %s: %d x %d = %d tiles",
				width, height, tileWidth(), tileHeight(), overlapX(), overlapY(), edgePolicy, order, columns(), rows(), tileCount());
	}

	/** Several lines: the tile positions, bands, what becomes final when, and memory. */
	public String describe()
	{
		return PlanDescription.of(this);
	}
}
