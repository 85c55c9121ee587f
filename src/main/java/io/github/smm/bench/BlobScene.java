package io.github.smm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.github.smm.model.Box;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * Sparse separated objects: random ellipses (semi-axes {@value #MIN_RADIUS}–{@value #MAX_RADIUS}
 * px, random orientation) on background. The scene is cut into {@value #CELL} px cells; each
 * cell holds one object with probability {@value #OCCUPANCY}, placed at random but at least one
 * pixel inside its cell, so objects never overlap or touch (at least two background pixels
 * between objects). Objects are generated one by one; no full-image array is used.
 */
public final class BlobScene
{
	/** Side of the placement cells in pixels. */
	public static final int CELL = 64;
	/** Probability that a cell holds an object. */
	public static final double OCCUPANCY = 0.55;
	/** Smallest semi-axis in pixels. */
	public static final double MIN_RADIUS = 5;
	/** Largest semi-axis in pixels. */
	public static final double MAX_RADIUS = 25;
	/** Background pixels kept free inside each cell border. */
	private static final int MARGIN = 1;

	private BlobScene()
	{}

	/**
	 * The objects of a new scene, in cell order (row-major).
	 *
	 * @param size scene width and height in pixels, at least 1
	 */
	public static TruthScene generate(final int size, final long seed)
	{
		if (size < 1)
			throw new IllegalArgumentException("scene size " + size + " is not positive");
		final int cells = size / CELL;
		final List<RleMask> blobs = new ArrayList<>();
		for (int row = 0; row < cells; row++)
			for (int col = 0; col < cells; col++)
			{
				final SplittableRandom random = Seeds.random(seed, 2, row, col);
				if (random.nextDouble() < OCCUPANCY)
					blobs.add(ellipse(random, Box.ofSize((long) col * CELL, (long) row * CELL, CELL, CELL)));
			}
		return new TruthScene(new Box(0, 0, size, size), blobs);
	}

	/** A random ellipse inside {@code cell}, {@link #MARGIN} px clear of its border. */
	static RleMask ellipse(final SplittableRandom random, final Box cell)
	{
		final double a = random.nextDouble(MIN_RADIUS, MAX_RADIUS);
		final double b = random.nextDouble(MIN_RADIUS, MAX_RADIUS);
		final double angle = random.nextDouble(Math.PI);
		final double cos = Math.cos(angle), sin = Math.sin(angle);
		final double ex = Math.sqrt(a * a * cos * cos + b * b * sin * sin);
		final double ey = Math.sqrt(a * a * sin * sin + b * b * cos * cos);
		final double cx = random.nextDouble(cell.minX + MARGIN + ex, cell.maxX - MARGIN - ex);
		final double cy = random.nextDouble(cell.minY + MARGIN + ey, cell.maxY - MARGIN - ey);
		final RleMaskBuilder builder = new RleMaskBuilder();
		for (long y = (long) Math.floor(cy - ey); y <= (long) Math.ceil(cy + ey); y++)
			for (long x = (long) Math.floor(cx - ex); x <= (long) Math.ceil(cx + ex); x++)
			{
				final double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
				final double u = (dx * cos + dy * sin) / a, v = (-dx * sin + dy * cos) / b;
				if (u * u + v * v <= 1)
					builder.addRun(y, x, x + 1);
			}
		return builder.build();
	}
}
