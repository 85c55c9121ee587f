package io.github.smm.vis;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

import ij.gui.ImageRoi;
import ij.gui.Overlay;

/**
 * Instances painted into ARGB images covering a {@code width × height} canvas, cut in
 * {@value #BLOCK}-pixel square blocks allocated only where something is painted. Pixels
 * beyond the canvas are not painted (nothing there is visible). A later instance paints over
 * an earlier one.
 */
final class RasterLayer
{
	/** Block side in pixels. */
	static final int BLOCK = 1024;

	private final int width, height, columns;
	private final BufferedImage[] images;
	private final int[][] pixels;
	private final Spans interior = new Spans(), other = new Spans(), scratch = new Spans(), boundary = new Spans();

	RasterLayer(final int width, final int height)
	{
		if (width <= 0 || height <= 0)
			throw new IllegalArgumentException("canvas " + width + "x" + height + " is empty");
		this.width = width;
		this.height = height;
		columns = (width + BLOCK - 1) / BLOCK;
		final int rowsOfBlocks = (height + BLOCK - 1) / BLOCK;
		images = new BufferedImage[columns * rowsOfBlocks];
		pixels = new int[images.length][];
	}

	/**
	 * Paints a mask: every pixel in {@code fill} (ARGB, skipped when alpha is 0), then its
	 * boundary pixels (those with a pixel outside the mask within chessboard distance
	 * {@code thickness}) in {@code line} (skipped when alpha is 0).
	 */
	void paint(final MaskRows rows, final int fill, final int line, final int thickness)
	{
		for (int r = 0; r < rows.height; r++)
		{
			final long y = rows.y0 + r;
			if (y < 0 || y >= height)
				continue;
			if (fill >>> 24 != 0)
				for (int k = rows.first(r); k < rows.last(r); k++)
					span(y, rows.x0 + rows.start[k], rows.x0 + rows.end[k], fill);
			if (line >>> 24 != 0)
				boundary(rows, r, thickness, y, line);
		}
	}

	private void boundary(final MaskRows rows, final int r, final int t, final long y, final int line)
	{
		interior.setEroded(rows, r, t);
		for (int d = 1; d <= t && interior.size > 0; d++)
			for (int side = -1; side <= 1; side += 2)
			{
				other.setEroded(rows, r + side * d, t);
				interior.intersect(other, scratch);
				copy(scratch, interior);
			}
		for (int k = rows.first(r); k < rows.last(r); k++)
		{
			interior.subtractFrom(rows.start[k], rows.end[k], boundary);
			for (int b = 0; b < boundary.size; b++)
				span(y, rows.x0 + boundary.start[b], rows.x0 + boundary.end[b], line);
		}
	}

	private static void copy(final Spans from, final Spans to)
	{
		to.clear();
		for (int i = 0; i < from.size; i++)
			to.add(from.start[i], from.end[i]);
	}

	/** Sets columns {@code [xs, xe)} of row {@code y} (inside the canvas) to {@code argb}. */
	private void span(final long y, final long xs, final long xe, final int argb)
	{
		final int s = (int) Math.max(0, xs), e = (int) Math.min(width, xe);
		if (e <= s)
			return;
		final int by = (int) (y / BLOCK), row = (int) (y % BLOCK);
		for (int bx = s / BLOCK; bx <= (e - 1) / BLOCK; bx++)
		{
			final int[] p = block(bx, by);
			final int bw = images[by * columns + bx].getWidth();
			final int from = Math.max(s, bx * BLOCK) - bx * BLOCK, to = Math.min(e, (bx + 1) * BLOCK) - bx * BLOCK;
			Arrays.fill(p, row * bw + from, row * bw + to, argb);
		}
	}

	private int[] block(final int bx, final int by)
	{
		final int i = by * columns + bx;
		if (pixels[i] == null)
		{
			final int w = Math.min(BLOCK, width - bx * BLOCK), h = Math.min(BLOCK, height - by * BLOCK);
			images[i] = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
			pixels[i] = ((DataBufferInt) images[i].getRaster().getDataBuffer()).getData();
		}
		return pixels[i];
	}

	/** Adds one {@code ImageRoi} per painted block, named {@code <prefix>-<column>-<row>}. */
	void addTo(final Overlay overlay, final String prefix)
	{
		for (int i = 0; i < images.length; i++)
			if (images[i] != null)
			{
				final int bx = i % columns, by = i / columns;
				final ImageRoi roi = new ImageRoi(bx * BLOCK, by * BLOCK, images[i]);
				roi.setName(prefix + "-" + bx + "-" + by);
				overlay.add(roi);
			}
	}

	/** Number of allocated blocks. */
	int blockCount()
	{
		int n = 0;
		for (final int[] p : pixels)
			if (p != null)
				n++;
		return n;
	}
}
