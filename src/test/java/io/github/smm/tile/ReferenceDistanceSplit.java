package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.smm.model.Instance;
import io.github.smm.model.RleMask;

/**
 * The first, plain implementation of {@link DistanceSplit} (boxed sort of the pixels, one
 * bitmap per part), kept as the reference the optimised one must reproduce exactly.
 */
final class ReferenceDistanceSplit
{
	private final double depth;

	/** @param depth how far (pixels of distance) a maximum must rise above its saddle to seed a part; > 0 */
	ReferenceDistanceSplit(final double depth)
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
		final double[] d = distance(in, w, h);
		final int[] part = flood(in, d, w, h);
		int parts = 0;
		for (final int p : part)
			parts = Math.max(parts, p + 1);
		if (parts <= 1)
			return List.of(object);
		final List<Instance> out = new ArrayList<>(parts);
		for (int k = 0; k < parts; k++)
		{
			final boolean[] bits = new boolean[w * h];
			for (int i = 0; i < bits.length; i++)
				bits[i] = part[i] == k;
			out.add(new Instance(object.id(), RleMask.fromBitmap(bits, w, h, m.minX() - 1, m.minY() - 1), object.score(), object.classId(), object.window(), object.tile()));
		}
		return out;
	}

	/** Part numbers (0, 1, … by decreasing seed height, ties by position) of the mask's pixels; -1 outside. */
	private int[] flood(final boolean[] in, final double[] d, final int w, final int h)
	{
		final List<Integer> order = new ArrayList<>();
		for (int i = 0; i < in.length; i++)
			if (in[i])
				order.add(i);
		order.sort((a, b) -> d[a] != d[b] ? Double.compare(d[b], d[a]) : Integer.compare(a, b));
		final int[] basin = new int[in.length], parent = new int[in.length];
		final double[] peak = new double[in.length];
		final int[] first = new int[in.length];
		Arrays.fill(basin, -1);
		for (final int p : order)
		{
			int best = -1;
			for (final int q : new int[] { p - 1, p + 1, p - w, p + w })
				if (basin[q] >= 0)
				{
					final int r = root(parent, basin[q]);
					if (best < 0)
						best = r;
					else if (r != best)
						best = joinAtSaddle(parent, peak, first, best, r, d[p]);
				}
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
		final double inf = (double) (w + h) * (w + h);
		final double[] g = new double[w * h];
		for (int i = 0; i < g.length; i++)
			g[i] = in[i] ? inf : 0;
		final double[] line = new double[Math.max(w, h)], out = new double[Math.max(w, h)];
		for (int x = 0; x < w; x++)
		{
			for (int y = 0; y < h; y++)
				line[y] = g[y * w + x];
			envelope(line, h, out);
			for (int y = 0; y < h; y++)
				g[y * w + x] = out[y];
		}
		for (int y = 0; y < h; y++)
		{
			System.arraycopy(g, y * w, line, 0, w);
			envelope(line, w, out);
			for (int x = 0; x < w; x++)
				g[y * w + x] = Math.sqrt(out[x]);
		}
		return g;
	}

	/** Squared distance transform of a sampled function along one line (Felzenszwalb and Huttenlocher). */
	private static void envelope(final double[] f, final int n, final double[] d)
	{
		final int[] v = new int[n];
		final double[] z = new double[n + 1];
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
