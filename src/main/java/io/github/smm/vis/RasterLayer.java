package io.github.smm.vis;

import java.util.Arrays;

import ij.gui.Overlay;

/**
 * Instances painted into images covering a {@code width × height} canvas: one plane for
 * fills and one for outlines, each cut in {@value #BLOCK}-pixel square blocks allocated only
 * where something is painted. Pixels beyond the canvas are not painted (nothing there is
 * visible). A later instance paints over an earlier one.
 * <p>
 * Each block becomes a {@link RasterRoi} with the plane's opacity (painted pixels opaque, the
 * rest clear): ImageJ's "zero transparent" form of image overlay, the one that stays
 * transparent when ImageJ duplicates the image or saves and reopens it as TIFF (a per-pixel
 * alpha image does not: it comes back opaque black). Painted colours must therefore not be
 * black.
 * </p>
 */
final class RasterLayer
{
	/** Block side in pixels. */
	static final int BLOCK = 1024;

	private final int width, height, columns;
	private final int[][] fills, lines;
	private final Spans interior = new Spans(), other = new Spans(), scratch = new Spans(), boundary = new Spans();

	RasterLayer(final int width, final int height)
	{
		if (width <= 0 || height <= 0)
			throw new IllegalArgumentException("canvas " + width + "x" + height + " is empty");
		this.width = width;
		this.height = height;
		columns = (width + BLOCK - 1) / BLOCK;
		final int blocks = columns * ((height + BLOCK - 1) / BLOCK);
		fills = new int[blocks][];
		lines = new int[blocks][];
	}

	/** Paints every pixel of a mask in {@code rgb} on the fill plane. */
	void fill(final MaskRows rows, final int rgb)
	{
		for (int r = 0; r < rows.height; r++)
			for (int k = rows.first(r); k < rows.last(r); k++)
				span(fills, rows.y0 + r, rows.x0 + rows.start[k], rows.x0 + rows.end[k], rgb);
	}

	/**
	 * Paints the boundary pixels of a mask (those with a pixel outside the mask within
	 * chessboard distance {@code thickness}) in {@code rgb} on the outline plane.
	 */
	void outline(final MaskRows rows, final int rgb, final int thickness)
	{
		for (int r = 0; r < rows.height; r++)
		{
			interior.setEroded(rows, r, thickness);
			for (int d = 1; d <= thickness && interior.size > 0; d++)
				for (int side = -1; side <= 1; side += 2)
				{
					other.setEroded(rows, r + side * d, thickness);
					interior.intersect(other, scratch);
					interior.copyFrom(scratch);
				}
			for (int k = rows.first(r); k < rows.last(r); k++)
			{
				interior.subtractFrom(rows.start[k], rows.end[k], boundary);
				for (int b = 0; b < boundary.size; b++)
					span(lines, rows.y0 + r, rows.x0 + boundary.start[b], rows.x0 + boundary.end[b], rgb);
			}
		}
	}

	/** Sets columns {@code [xs, xe)} of row {@code y} of a plane, clipped to the canvas. */
	private void span(final int[][] plane, final long y, final long xs, final long xe, final int rgb)
	{
		final int s = (int) Math.max(0, xs), e = (int) Math.min(width, xe);
		if (y < 0 || y >= height || e <= s)
			return;
		final int by = (int) (y / BLOCK), row = (int) (y % BLOCK);
		for (int bx = s / BLOCK; bx <= (e - 1) / BLOCK; bx++)
		{
			final int i = by * columns + bx;
			if (plane[i] == null)
				plane[i] = new int[blockWidth(bx) * blockHeight(by)];
			final int from = Math.max(s, bx * BLOCK) - bx * BLOCK, to = Math.min(e, (bx + 1) * BLOCK) - bx * BLOCK;
			Arrays.fill(plane[i], row * blockWidth(bx) + from, row * blockWidth(bx) + to, 0xff000000 | rgb);
		}
	}

	private int blockWidth(final int bx)
	{
		return Math.min(BLOCK, width - bx * BLOCK);
	}

	private int blockHeight(final int by)
	{
		return Math.min(BLOCK, height - by * BLOCK);
	}

	/**
	 * Adds one {@code ImageRoi} per painted block: fills named {@code <prefix>-fill-<column>-<row>}
	 * with opacity {@code fillOpacity}, then outlines named {@code <prefix>-<column>-<row>} with
	 * opacity {@code lineOpacity}.
	 */
	void addTo(final Overlay overlay, final String prefix, final double fillOpacity, final double lineOpacity)
	{
		add(overlay, fills, prefix + "-fill", fillOpacity);
		add(overlay, lines, prefix, lineOpacity);
	}

	private void add(final Overlay overlay, final int[][] plane, final String prefix, final double opacity)
	{
		for (int i = 0; i < plane.length; i++)
			if (plane[i] != null)
			{
				final int bx = i % columns, by = i / columns;
				final RasterRoi roi = new RasterRoi(bx * BLOCK, by * BLOCK, blockWidth(bx), blockHeight(by), plane[i]);
				roi.setOpacity(opacity);
				roi.setName(prefix + "-" + bx + "-" + by);
				overlay.add(roi);
			}
	}

	/** Number of allocated blocks, both planes. */
	int blockCount()
	{
		int n = 0;
		for (int i = 0; i < fills.length; i++)
			n += (fills[i] != null ? 1 : 0) + (lines[i] != null ? 1 : 0);
		return n;
	}
}
