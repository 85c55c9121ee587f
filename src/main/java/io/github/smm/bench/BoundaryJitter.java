package io.github.smm.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

import io.github.smm.model.Box;
import io.github.smm.model.Masks;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

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

	private static final byte BACKGROUND = 0, MASK = 1, OUTSIDE = 2;

	/** The mask's box plus one pixel, inside the window. */
	private final Box frame;
	private final int w, h;
	/**
	 * The frame with a one-pixel pad, row length {@code w + 2}: {@link #MASK}, {@link #BACKGROUND},
	 * or {@link #OUTSIDE} (beyond the window: unknown to the tile, never a border).
	 */
	private final byte[] grid;

	private BoundaryJitter(final RleMask mask, final Box window)
	{
		final Box b = mask.box();
		frame = new Box(b.minX - 1, b.minY - 1, b.maxX + 1, b.maxY + 1).intersect(window);
		w = (int) frame.width();
		h = (int) frame.height();
		grid = new byte[(w + 2) * (h + 2)];
		// only the pad can lie beyond the window
		for (int y = -1; y <= h; y++)
			for (int x = -1; x <= w; x += y < 0 || y == h ? 1 : w + 1)
				if (!window.contains(frame.minX + x, frame.minY + y))
					grid[at(x, y)] = OUTSIDE;
		mask.forEachRun((y, s, e) -> {
			for (long x = s; x < e; x++)
				grid[at((int) (x - frame.minX), (int) (y - frame.minY))] = MASK;
		});
	}

	/** Grid index of frame position (x, y), −1 ≤ x ≤ w, −1 ≤ y ≤ h. */
	private int at(final int x, final int y)
	{
		return (y + 1) * (w + 2) + x + 1;
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
		final int[] inner = j.layer(true), outer = j.layer(false);
		final Box b = mask.box();
		final double cx = (b.minX + b.maxX) / 2.0, cy = (b.minY + b.maxY) / 2.0;
		for (int a = 0; a < arcs; a++)
		{
			final double angle = random.nextDouble(2 * Math.PI);
			final double halfWidth = random.nextDouble(Math.PI / 8, Math.PI / 3);
			final boolean grow = random.nextBoolean();
			j.flipArc(grow ? outer : inner, grow ? MASK : BACKGROUND, cx, cy, angle, halfWidth);
		}
		return j.result(mask);
	}

	/** The mask without its whole border layer; the mask itself when that keeps less than half. */
	static RleMask erode(final RleMask mask, final Box window)
	{
		final BoundaryJitter j = new BoundaryJitter(mask, window);
		for (final int i : j.layer(true))
			j.grid[i] = BACKGROUND;
		return j.result(mask);
	}

	/**
	 * Grid indices of the inner layer (mask pixels with a background 4-neighbour) or the outer
	 * layer (background pixels with a mask 4-neighbour).
	 */
	private int[] layer(final boolean inner)
	{
		final byte self = inner ? MASK : BACKGROUND, other = inner ? BACKGROUND : MASK;
		final int stride = w + 2;
		int[] layer = new int[64];
		int n = 0;
		for (int y = 0; y < h; y++)
			for (int i = at(0, y), end = i + w; i < end; i++)
				if (grid[i] == self && (grid[i - 1] == other || grid[i + 1] == other || grid[i - stride] == other || grid[i + stride] == other))
				{
					if (n == layer.length)
						layer = Arrays.copyOf(layer, 2 * n);
					layer[n++] = i;
				}
		return Arrays.copyOf(layer, n);
	}

	private void flipArc(final int[] layer, final byte value, final double cx, final double cy, final double angle, final double halfWidth)
	{
		final double ux = Math.cos(angle), uy = Math.sin(angle), minCos = Math.cos(halfWidth);
		for (final int i : layer)
		{
			final double dx = frame.minX + i % (w + 2) - 1 + 0.5 - cx, dy = frame.minY + i / (w + 2) - 1 + 0.5 - cy;
			if (dx * ux + dy * uy >= Math.sqrt(dx * dx + dy * dy) * minCos)
				grid[i] = value;
		}
	}

	/** The changed mask, or the original when the change kept less than half of it. */
	private RleMask result(final RleMask original)
	{
		final RleMaskBuilder b = RleMask.builder();
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if (grid[at(x, y)] == MASK)
				{
					final int start = x;
					while (x < w && grid[at(x, y)] == MASK)
						x++;
					b.addRun(frame.minY + y, frame.minX + start, frame.minX + x);
				}
		final RleMask m = b.build();
		return 2 * Masks.intersectionArea(m, original) < original.area() ? original : m;
	}
}
