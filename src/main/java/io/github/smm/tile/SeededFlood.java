package io.github.smm.tile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The n-dimensional seeded watershed behind {@link DistanceSplit} (2D) and the 3D block
 * watershed: an exact Euclidean distance transform with a spacing per axis, and a flooding of the
 * foreground from the highest distance down in which every maximum that rises at least
 * {@code depth} above the saddle joining it to a higher one keeps its own part (an h-maxima rule).
 * Arrays are dense, axis 0 fastest; the caller pads them with a layer of background wherever a
 * neighbour offset could leave the array. Ties in height are broken by voxel index, so the parts
 * do not depend on anything but the arrays.
 */
public final class SeededFlood
{
	private SeededFlood()
	{}

	/**
	 * Euclidean distance of every element to the nearest element that is not {@code in}, in units of
	 * {@code spacing} (the length of one step along each axis); exact, one pass of lower envelopes
	 * per axis (Felzenszwalb and Huttenlocher), the last axis first.
	 */
	public static double[] distance(final boolean[] in, final int[] dims, final double[] spacing)
	{
		double extent = 0;
		int longest = 1;
		for (int a = 0; a < dims.length; a++)
		{
			extent += dims[a] * spacing[a];
			longest = Math.max(longest, dims[a]);
		}
		final double inf = extent * extent;
		final double[] g = new double[in.length];
		for (int i = 0; i < g.length; i++)
			g[i] = in[i] ? inf : 0;
		final double[] line = new double[longest], out = new double[longest];
		for (int a = dims.length - 1; a >= 0; a--)
		{
			int stride = 1;
			for (int b = 0; b < a; b++)
				stride *= dims[b];
			final int n = dims[a], block = stride * n;
			for (int start = 0; start < g.length; start++)
			{
				if (start % block >= stride)
				{
					start += block - stride - 1;
					continue;
				}
				for (int q = 0; q < n; q++)
					line[q] = g[start + q * stride];
				envelope(line, n, spacing[a], out);
				for (int q = 0; q < n; q++)
					g[start + q * stride] = a == 0 ? Math.sqrt(out[q]) : out[q];
			}
		}
		return g;
	}

	/** Squared distance transform of a sampled function along one line of step {@code s}. */
	private static void envelope(final double[] f, final int n, final double s, final double[] d)
	{
		final int[] v = new int[n];
		final double[] z = new double[n + 1];
		int k = 0;
		z[0] = Double.NEGATIVE_INFINITY;
		z[1] = Double.POSITIVE_INFINITY;
		for (int q = 1; q < n; q++)
		{
			final double qs = q * s;
			double vs = v[k] * s;
			double cut = ((f[q] + qs * qs) - (f[v[k]] + vs * vs)) / (2.0 * qs - 2.0 * vs);
			while (cut <= z[k])
			{
				k--;
				vs = v[k] * s;
				cut = ((f[q] + qs * qs) - (f[v[k]] + vs * vs)) / (2.0 * qs - 2.0 * vs);
			}
			k++;
			v[k] = q;
			z[k] = cut;
			z[k + 1] = Double.POSITIVE_INFINITY;
		}
		k = 0;
		for (int q = 0; q < n; q++)
		{
			final double qs = q * s;
			while (z[k + 1] < qs)
				k++;
			final double step = qs - v[k] * s;
			d[q] = step * step + f[v[k]];
		}
	}

	/**
	 * Part numbers (0, 1, … by decreasing seed height, ties by index) of the {@code in} elements;
	 * -1 elsewhere. {@code neighbours} are the index offsets of an element's neighbours (e.g.
	 * {-1, 1, -w, w} in 2D); every neighbour of an {@code in} element must lie in the array.
	 */
	public static int[] parts(final boolean[] in, final double[] height, final int[] neighbours, final double depth)
	{
		final int[] basin = new int[in.length], parent = new int[in.length], first = new int[in.length];
		final double[] peak = new double[in.length];
		Arrays.fill(basin, -1);
		for (final int p : order(in, height))
		{
			int best = -1;
			for (final int o : neighbours)
				if (basin[p + o] >= 0)
				{
					final int r = root(parent, basin[p + o]);
					if (best < 0)
						best = r;
					else if (r != best)
						best = joinAtSaddle(parent, peak, first, best, r, height[p], depth);
				}
			if (best < 0)
			{
				parent[p] = p;
				peak[p] = height[p];
				first[p] = p;
				best = p;
			}
			basin[p] = best;
		}
		return number(in, basin, parent, peak, first);
	}

	/** The {@code in} indices by decreasing height, ties by increasing index (ranks of the distinct heights, then a stable counting sort). */
	static int[] order(final boolean[] in, final double[] height)
	{
		int n = 0;
		for (final boolean b : in)
			if (b)
				n++;
		final double[] levels = new double[n];
		n = 0;
		for (int i = 0; i < in.length; i++)
			if (in[i])
				levels[n++] = height[i];
		Arrays.sort(levels);
		int distinct = 0;
		for (int i = 0; i < n; i++)
			if (i == 0 || levels[i] != levels[distinct - 1])
				levels[distinct++] = levels[i];
		final int[] start = new int[distinct + 1];
		final int[] rank = new int[n];
		n = 0;
		for (int i = 0; i < in.length; i++)
			if (in[i])
			{
				rank[n] = distinct - 1 - Arrays.binarySearch(levels, 0, distinct, height[i]);
				start[rank[n++] + 1]++;
			}
		for (int r = 0; r < distinct; r++)
			start[r + 1] += start[r];
		final int[] order = new int[n];
		n = 0;
		for (int i = 0; i < in.length; i++)
			if (in[i])
				order[start[rank[n++]]++] = i;
		return order;
	}

	/** At a saddle of height {@code level}: a basin whose peak rises less than the depth above it joins the other; the root that leads on. */
	private static int joinAtSaddle(final int[] parent, final double[] peak, final int[] first, final int a, final int b, final double level, final double depth)
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
		for (int i = 0; i < in.length; i++)
			if (in[i] && basin[i] == i && root(parent, i) == i)
				roots.add(i);
		roots.sort((a, b) -> higher(peak, first, a, b) ? -1 : higher(peak, first, b, a) ? 1 : 0);
		final int[] index = new int[in.length];
		for (int k = 0; k < roots.size(); k++)
			index[roots.get(k)] = k;
		final int[] part = new int[in.length];
		Arrays.fill(part, -1);
		for (int i = 0; i < in.length; i++)
			if (in[i])
				part[i] = index[root(parent, basin[i])];
		return part;
	}
}
