package io.github.smm.bench;

import java.util.SplittableRandom;

import io.github.smm.model.Box;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;

/**
 * Plausible segmentation errors on a tile prediction: a one-pixel layer added to or removed from
 * arcs of the object border. The tile edge is not an object border: pixels cut by the window
 * are never eroded and nothing grows beyond the window. Works on a small bitmap of the mask's
 * box plus one pixel, never on the image.
 */
final class BoundaryJitter
{
	/** Largest number of arcs changed per prediction. */
	static final int MAX_ARCS = 2;

	private final Box frame;
	private final int w, h;
	private final boolean[] bits;
	private final Box window;

	private BoundaryJitter(final RleMask mask, final Box window)
	{
		final Box b = mask.box();
		this.window = window;
		frame = new Box(b.minX - 1, b.minY - 1, b.maxX + 1, b.maxY + 1).intersect(window);
		w = (int) frame.width();
		h = (int) frame.height();
		bits = new boolean[w * h];
		mask.forEachRun((y, s, e) -> {
			for (long x = s; x < e; x++)
				bits[(int) ((y - frame.minY) * w + x - frame.minX)] = true;
		});
	}

	/**
	 * {@code 0..MAX_ARCS} arcs of the border (each a random direction ± 22–60°) grown or shrunk
	 * by one pixel; the mask itself when the change would keep less than half of it.
	 */
	static RleMask jitter(final RleMask mask, final Box window, final SplittableRandom random)
	{
		final int arcs = random.nextInt(MAX_ARCS + 1);
		if (arcs == 0)
			return mask;
		final BoundaryJitter j = new BoundaryJitter(mask, window);
		final boolean[] inner = j.layer(true), outer = j.layer(false);
		final Box b = mask.box();
		final double cx = (b.minX + b.maxX) / 2.0, cy = (b.minY + b.maxY) / 2.0;
		for (int a = 0; a < arcs; a++)
		{
			final double angle = random.nextDouble(2 * Math.PI);
			final double halfWidth = random.nextDouble(Math.PI / 8, Math.PI / 3);
			final boolean grow = random.nextBoolean();
			j.flipArc(grow ? outer : inner, grow, cx, cy, angle, halfWidth);
		}
		return j.result(mask);
	}

	/** The mask without its whole border layer; the mask itself when that keeps less than half. */
	static RleMask erode(final RleMask mask, final Box window)
	{
		final BoundaryJitter j = new BoundaryJitter(mask, window);
		final boolean[] inner = j.layer(true);
		for (int i = 0; i < inner.length; i++)
			if (inner[i])
				j.bits[i] = false;
		return j.result(mask);
	}

	/**
	 * Inner layer: mask pixels with a 4-neighbour in the window that is background. Outer layer:
	 * background pixels with a 4-neighbour in the mask.
	 */
	private boolean[] layer(final boolean inner)
	{
		final boolean[] layer = new boolean[bits.length];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if (bits[y * w + x] == inner)
					layer[y * w + x] = neighbour(x - 1, y, inner) || neighbour(x + 1, y, inner) || neighbour(x, y - 1, inner) || neighbour(x, y + 1, inner);
		return layer;
	}

	/** Whether the neighbour at frame position (x, y) makes a pixel of the given kind a layer pixel. */
	private boolean neighbour(final int x, final int y, final boolean inner)
	{
		if (x >= 0 && x < w && y >= 0 && y < h)
			return bits[y * w + x] != inner;
		// outside the frame: background inside the window, unknown (never a border) outside it
		return inner && window.contains(frame.minX + x, frame.minY + y);
	}

	private void flipArc(final boolean[] layer, final boolean value, final double cx, final double cy, final double angle, final double halfWidth)
	{
		final double ux = Math.cos(angle), uy = Math.sin(angle), minCos = Math.cos(halfWidth);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
			{
				if (!layer[y * w + x])
					continue;
				final double dx = frame.minX + x + 0.5 - cx, dy = frame.minY + y + 0.5 - cy;
				if (dx * ux + dy * uy >= Math.hypot(dx, dy) * minCos)
					bits[y * w + x] = value;
			}
	}

	/** The changed mask, or the original when the change kept less than half of it. */
	private RleMask result(final RleMask original)
	{
		final RleMask m = RleMask.fromBitmap(bits, w, h, frame.minX, frame.minY);
		return 2 * Masks.intersectionArea(m, original) < original.area() ? original : m;
	}
}
