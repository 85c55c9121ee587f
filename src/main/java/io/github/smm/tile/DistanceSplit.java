package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;
import io.github.smm.model.RleMaskBuilder;

/**
 * Splits touching objects: a seeded watershed on the Euclidean distance transform of one
 * object's mask. Every maximum of the distance that rises at least {@code depth} pixels above
 * the saddle joining it to a higher one seeds a part; the object's pixels are flooded from the
 * highest distance down (ties by position), each joining the part of its neighbours with the
 * highest seed. The distance is to the nearest pixel outside the object, so the parts depend
 * on the object's mask alone — the same for a component found in one call on the whole image,
 * in the blended map or inside a tile. Every pixel of the object ends in exactly one part. The
 * distance transform and the flooding are {@link SeededFlood}'s, shared with the 3D watershed.
 */
public final class DistanceSplit
{
	private static final double[] UNIT = { 1, 1 };

	private final double depth;

	/** @param depth how far (pixels of distance) a maximum must rise above its saddle to seed a part; > 0 */
	public DistanceSplit(final double depth)
	{
		if (!(depth > 0) || Double.isInfinite(depth))
			throw new IllegalArgumentException("the split depth must be a positive number of pixels, got " + depth);
		this.depth = depth;
	}

	/** The parts of {@code object} (itself alone when nothing splits it); each keeps its score, class, window and tile, ids from {@code object}'s. */
	public List<Instance> split(final Instance object)
	{
		final RleMask m = object.mask();
		final int w = m.width() + 2, h = m.height() + 2;
		final boolean[] in = new boolean[w * h];
		m.forEachRun((y, xs, xe) -> Arrays.fill(in, (int) (y - m.minY() + 1) * w + (int) (xs - m.minX() + 1), (int) (y - m.minY() + 1) * w + (int) (xe - m.minX() + 1), true));
		final double[] d2 = squaredDistance(in, w, h);
		final int[] part = SeededFlood.parts(in, d2, new int[] { -1, 1, -w, w }, depth);
		int parts = 0;
		for (final int p : part)
			parts = Math.max(parts, p + 1);
		if (parts <= 1)
			return List.of(object);
		final RleMask[] masks = masks(part, parts, w, h, m.minX() - 1, m.minY() - 1);
		final List<Instance> out = new ArrayList<>(parts);
		for (final RleMask mask : masks)
			out.add(new Instance(object.id(), mask, object.score(), object.classId(), object.window(), object.tile()));
		return out;
	}

	/** The mask of every part, from one row-major pass over the part numbers (each run of one part is one run of its mask). */
	private static RleMask[] masks(final int[] part, final int parts, final int w, final int h, final long x0, final long y0)
	{
		final RleMaskBuilder[] b = new RleMaskBuilder[parts];
		for (int k = 0; k < parts; k++)
			b[k] = new RleMaskBuilder();
		for (int y = 0; y < h; y++)
			for (int x = 0, row = y * w; x < w;)
			{
				final int k = part[row + x], s = x;
				while (x < w && part[row + x] == k)
					x++;
				if (k >= 0)
					b[k].addRun(y0 + y, x0 + s, x0 + x);
			}
		final RleMask[] out = new RleMask[parts];
		for (int k = 0; k < parts; k++)
			out[k] = b[k].build();
		return out;
	}

	/**
	 * A consumer that splits every object (unless {@code split} is null), keeps the parts of at
	 * least {@code minArea} pixels and hands them on numbered 1, 2, … in arrival order.
	 */
	public static Consumer<Instance> splitting(final DistanceSplit split, final long minArea, final Consumer<Instance> out)
	{
		final long[] next = { 1 };
		return o -> {
			for (final Instance part : split == null ? List.of(o) : split.split(o))
				if (part.area() >= minArea)
					out.accept(part.withId(next[0]++));
		};
	}

	/** The objects through {@link #splitting}, as a list. */
	public static List<Instance> splitAll(final List<Instance> objects, final DistanceSplit split, final long minArea)
	{
		final List<Instance> out = new ArrayList<>();
		final Consumer<Instance> c = splitting(split, minArea, out::add);
		for (final Instance o : objects)
			c.accept(o);
		return out;
	}

	/** Euclidean distance of every pixel to the nearest pixel outside the mask (exact). */
	static double[] distance(final boolean[] in, final int w, final int h)
	{
		return SeededFlood.distance(in, new int[] { w, h }, UNIT);
	}

	/** The squared Euclidean distance of every pixel to the nearest pixel outside the mask: whole numbers, exact in doubles. */
	static double[] squaredDistance(final boolean[] in, final int w, final int h)
	{
		return SeededFlood.squaredDistance(in, new int[] { w, h }, UNIT);
	}
}
