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
 * in the blended map or inside a tile. Every pixel of the object ends in exactly one part.
 */
public final class DistanceSplit
{
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
		final int[] part = flood(in, d2, w, h);
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

	/** Part numbers (0, 1, … by decreasing seed height, ties by position) of the mask's pixels; -1 outside. */
	private int[] flood(final boolean[] in, final double[] d2, final int w, final int h)
	{
		final int[] order = byDecreasingDistance(in, d2);
		final double[] d = new double[in.length];
		for (final int p : order)
			d[p] = Math.sqrt(d2[p]);
		final int[] basin = new int[in.length], parent = new int[in.length];
		final double[] peak = new double[in.length];
		final int[] first = new int[in.length];
		Arrays.fill(basin, -1);
		for (final int p : order)
		{
			int best = join(basin, parent, peak, first, -1, p - 1, d[p]);
			best = join(basin, parent, peak, first, best, p + 1, d[p]);
			best = join(basin, parent, peak, first, best, p - w, d[p]);
			best = join(basin, parent, peak, first, best, p + w, d[p]);
			if (best < 0)
			{
				parent[p] = p;
				peak[p] = d[p];
				first[p] = p;
				best = p;
			}
			basin[p] = best;
		}
		return number(in, basin, parent, peak, first);
	}

	/** The basin that leads on after meeting neighbour {@code q} (if flooded) at level {@code level}; {@code best} so far, -1 for none. */
	private int join(final int[] basin, final int[] parent, final double[] peak, final int[] first, final int best, final int q, final double level)
	{
		if (basin[q] < 0)
			return best;
		final int r = root(parent, basin[q]);
		return best < 0 ? r : r == best ? best : joinAtSaddle(parent, peak, first, best, r, level);
	}

	/**
	 * The mask's pixels by decreasing distance, ties by increasing position: a counting sort on
	 * the squared distances, which are whole numbers (and order like the distances).
	 */
	private static int[] byDecreasingDistance(final boolean[] in, final double[] d2)
	{
		int max = 0, n = 0;
		for (int i = 0; i < in.length; i++)
			if (in[i])
			{
				max = Math.max(max, (int) d2[i]);
				n++;
			}
		final int[] start = new int[max + 2];
		for (int i = 0; i < in.length; i++)
			if (in[i])
				start[max - (int) d2[i] + 1]++;
		for (int k = 1; k < start.length; k++)
			start[k] += start[k - 1];
		final int[] order = new int[n];
		for (int i = 0; i < in.length; i++)
			if (in[i])
				order[start[max - (int) d2[i]]++] = i;
		return order;
	}

	/** At a saddle of height {@code level}: a basin whose peak rises less than the depth above it joins the other; the root that leads on. */
	private int joinAtSaddle(final int[] parent, final double[] peak, final int[] first, final int a, final int b, final double level)
	{
		final int high = higher(peak, first, a, b) ? a : b, low = high == a ? b : a;
		if (peak[low] - level < depth)
			parent[low] = high;
		return high;
	}

	private static boolean higher(final double[] peak, final int[] first, final int a, final int b)
	{
		return peak[a] != peak[b] ? peak[a] > peak[b] : first[a] < first[b];
	}

	private static int root(final int[] parent, final int x)
	{
		int r = x;
		while (parent[r] != r)
			r = parent[r];
		for (int c = x; parent[c] != r;)
		{
			final int next = parent[c];
			parent[c] = r;
			c = next;
		}
		return r;
	}

	private static int[] number(final boolean[] in, final int[] basin, final int[] parent, final double[] peak, final int[] first)
	{
		final List<Integer> roots = new ArrayList<>();
		final int[] part = new int[in.length];
		Arrays.fill(part, -1);
		for (int i = 0; i < in.length; i++)
			if (in[i] && root(parent, basin[i]) == basin[i] && basin[i] == i)
				roots.add(i);
		roots.sort((a, b) -> higher(peak, first, a, b) ? -1 : higher(peak, first, b, a) ? 1 : 0);
		final int[] index = new int[in.length];
		for (int k = 0; k < roots.size(); k++)
			index[roots.get(k)] = k;
		for (int i = 0; i < in.length; i++)
			if (in[i])
				part[i] = index[root(parent, basin[i])];
		return part;
	}

	/** Euclidean distance of every pixel to the nearest pixel outside the mask (exact; two passes of lower envelopes). */
	static double[] distance(final boolean[] in, final int w, final int h)
	{
		final double[] g = squaredDistance(in, w, h);
		for (int i = 0; i < g.length; i++)
			g[i] = Math.sqrt(g[i]);
		return g;
	}

	/**
	 * The squared Euclidean distance of every pixel to the nearest pixel outside the mask: whole
	 * numbers, exact in doubles. Along the columns of a binary mask the lower envelope is the
	 * distance to the nearest outside pixel of the column (two scans); along the rows, lower
	 * envelopes of those.
	 */
	static double[] squaredDistance(final boolean[] in, final int w, final int h)
	{
		final double[] g = columnDistances(in, w, h);
		final double[] line = new double[w], out = new double[w];
		final int[] v = new int[w];
		final double[] z = new double[w + 1];
		for (int y = 0; y < h; y++)
		{
			System.arraycopy(g, y * w, line, 0, w);
			envelope(line, w, out, v, z);
			System.arraycopy(out, 0, g, y * w, w);
		}
		return g;
	}

	/** The squared distance of every pixel to the nearest outside pixel of its column (the frame is outside, so there is one). */
	private static double[] columnDistances(final boolean[] in, final int w, final int h)
	{
		final int[] up = new int[w * h];
		final int far = w + h;
		for (int x = 0; x < w; x++)
			up[x] = in[x] ? far : 0;
		for (int i = w; i < up.length; i++)
			up[i] = in[i] ? Math.min(far, up[i - w] + 1) : 0;
		final double[] g = new double[w * h];
		final int[] down = new int[w];
		Arrays.fill(down, far);
		for (int y = h - 1; y >= 0; y--)
			for (int x = 0, i = y * w; x < w; x++, i++)
			{
				down[x] = in[i] ? Math.min(far, down[x] + 1) : 0;
				final double t = Math.min(up[i], down[x]);
				g[i] = t * t;
			}
		return g;
	}

	/** Squared distance transform of a sampled function along one line (Felzenszwalb and Huttenlocher). */
	private static void envelope(final double[] f, final int n, final double[] d, final int[] v, final double[] z)
	{
		int k = 0;
		v[0] = 0;
		z[0] = Double.NEGATIVE_INFINITY;
		z[1] = Double.POSITIVE_INFINITY;
		for (int q = 1; q < n; q++)
		{
			double s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k])) / (2.0 * q - 2.0 * v[k]);
			while (s <= z[k])
			{
				k--;
				s = ((f[q] + (double) q * q) - (f[v[k]] + (double) v[k] * v[k])) / (2.0 * q - 2.0 * v[k]);
			}
			k++;
			v[k] = q;
			z[k] = s;
			z[k + 1] = Double.POSITIVE_INFINITY;
		}
		k = 0;
		for (int q = 0; q < n; q++)
		{
			while (z[k + 1] < q)
				k++;
			d[q] = (q - v[k]) * (double) (q - v[k]) + f[v[k]];
		}
	}
}
